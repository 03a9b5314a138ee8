import type { Next, Request, RequestHandler, Response } from 'restify';
import { hasRole, type StaffRole } from '../../domain/staff/staffAccount';
import type { SignedInStaff, StaffAccounts } from '../../domain/staff/staffAccounts';
import { tokensMatch } from '../../domain/staff/sessionTokens';
import type { Logger } from '../../logging/logger';
import { bodyField, readCookie, redirect, sendHtml, sendJson } from './httpBits';
import { noAccessPage, plainMessagePage } from './staffPages';

/** The session cookie: sent to every path, so the hub and the KB admin share one sign-in. */
export const STAFF_SESSION_COOKIE = 'sn_staff_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const signedInByRequest = new WeakMap<Request, SignedInStaff>();

/** The staff member `requireStaff` let through (throws if the route forgot the guard). */
export function staffOf(req: Request): SignedInStaff {
  const signedIn = signedInByRequest.get(req);
  if (!signedIn) throw new Error('staffOf: this route is not behind requireStaff');
  return signedIn;
}

export interface StaffGuardOptions {
  readonly signInPath: string;
  readonly signOutPath: string;
  readonly logger: Logger;
}

export interface StaffGuard {
  /**
   * Middleware: lets the request through only with a current session whose account holds the
   * role (any role when none is given), and, for anything but GET/HEAD, the session's CSRF token
   * (form field "csrf" or X-CSRF-Token header). Pages are sent to sign-in (303); the API (paths
   * under /api/) answers 401 JSON. Wrong role: 403. Missing CSRF token: 403.
   */
  requireStaff(role?: StaffRole): RequestHandler;
  /** The signed-in staff member for a request, if any (no refusal). */
  current(req: Request): Promise<SignedInStaff | undefined>;
}

export function createStaffGuard(staff: StaffAccounts, options: StaffGuardOptions): StaffGuard {
  const current = (req: Request) => staff.authenticate(readCookie(req, STAFF_SESSION_COOKIE));

  const requireStaff = (role?: StaffRole): RequestHandler => (req: Request, res: Response, next: Next) => {
    const isApi = req.getPath().startsWith('/api/');
    current(req).then((signedIn) => {
      if (!signedIn) {
        // A session cookie that no longer works: the session ended (expired, signed out elsewhere, account switched off).
        const ended = Boolean(readCookie(req, STAFF_SESSION_COOKIE));
        if (isApi) {
          sendJson(res, 401, { error: ended ? 'You have been signed out. Sign in again to carry on.' : 'You are not signed in. Please sign in.', signedOut: true });
        } else {
          // Only a page can be returned to after signing in (with its query, e.g. the conversation open); a form post cannot be replayed.
          const flag = ended ? 'session-ended&' : '';
          redirect(res, req.method === 'GET' ? `${options.signInPath}?${flag}next=${encodeURIComponent(req.url ?? req.getPath())}` : `${options.signInPath}${ended ? '?session-ended' : ''}`);
        }
        return next(false);
      }
      if (role && !hasRole(signedIn.account, role)) {
        options.logger.warn('staff.wrong_role', { staffId: signedIn.account.id.slice(0, 8), role, path: req.getPath() });
        if (isApi) sendJson(res, 403, { error: `Your account does not have the ${role} role.` });
        else sendHtml(res, 403, noAccessPage(signedIn.account.firstName, options.signOutPath, signedIn.csrfToken));
        return next(false);
      }
      if (!SAFE_METHODS.has(req.method ?? '')) {
        const given = req.header('x-csrf-token') || bodyField(req, 'csrf');
        if (!tokensMatch(given, signedIn.csrfToken)) {
          options.logger.warn('staff.csrf_refused', { staffId: signedIn.account.id.slice(0, 8), path: req.getPath() });
          const message = 'This page is out of date, so that did not work. Reload the page and try again.';
          if (isApi) sendJson(res, 403, { error: message });
          else sendHtml(res, 403, plainMessagePage('This page is out of date', message));
          return next(false);
        }
      }
      signedInByRequest.set(req, signedIn);
      return next();
    }, (error: unknown) => next(error as Error));
  };

  return { requireStaff, current };
}
