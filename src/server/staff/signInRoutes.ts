import type { Request, Response, Server } from 'restify';
import { newRandomToken, tokensMatch } from '../../domain/staff/sessionTokens';
import type { StaffAccounts } from '../../domain/staff/staffAccounts';
import type { Logger } from '../../logging/logger';
import { bodyField, cameOverHttps, clientAddress, readCookie, redirect, sendHtml, setCookie } from './httpBits';
import { STAFF_SESSION_COOKIE, staffOf, type StaffGuard } from './requireStaff';
import { plainMessagePage, signInPage } from './staffPages';

/**
 * Sign-in and sign-out: a plain HTML form (no JavaScript), protected against cross-site posts by
 * a one-off token in both a cookie and a hidden field (there is no session to bind it to yet).
 */

const SIGN_IN_COOKIE = 'sn_staff_signin';

export interface SignInRoutesOptions {
  readonly signInPath: string;
  readonly signOutPath: string;
  /** Where to go after signing in when no `next` is given. */
  readonly homePath: string;
  /** Where staff without the adviser role go instead (editors and reviewers: the KB admin). */
  readonly nonAdviserHomePath?: string;
  /** Paths a `next` may point into (anything else goes home): stops open redirects. */
  readonly allowedNextPrefixes: readonly string[];
  readonly sessionHours: number;
  readonly logger: Logger;
}

export function registerStaffSignIn(server: Server, staff: StaffAccounts, guard: StaffGuard, options: SignInRoutesOptions): void {
  const { signInPath, logger } = options;

  const safeNext = (value: string | undefined): string => {
    const next = (value ?? '').trim();
    const local = /^\/[A-Za-z0-9\-._~/?=&%]*$/.test(next) && !next.startsWith('//');
    return local && options.allowedNextPrefixes.some((p) => next === p || next.startsWith(`${p}/`) || next.startsWith(`${p}?`)) ? next : options.homePath;
  };

  /** A fresh form token, set as a cookie scoped to the sign-in path, and the form showing it. */
  const showForm = (req: Request, res: Response, status: number, state: { next: string; email?: string; error?: string; notice?: string }) => {
    const token = newRandomToken();
    setCookie(res, SIGN_IN_COOKIE, token, { path: signInPath, maxAgeSeconds: 3600, secure: cameOverHttps(req), sameSite: 'Strict' });
    sendHtml(res, status, signInPage({ action: signInPath, csrfToken: token, ...state }));
  };

  server.get(signInPath, async (req: Request, res: Response) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const notice = query['signed-out'] !== undefined ? 'You have signed out.'
      : query['session-ended'] !== undefined ? 'You have been signed out. Sign in again to carry on.' : undefined;
    showForm(req, res, 200, { next: safeNext(typeof query.next === 'string' ? query.next : undefined), notice });
  });

  server.post(signInPath, async (req: Request, res: Response) => {
    const next = safeNext(bodyField(req, 'next'));
    const email = bodyField(req, 'email');
    const formToken = readCookie(req, SIGN_IN_COOKIE);
    if (!formToken || !tokensMatch(bodyField(req, 'csrf'), formToken)) {
      logger.warn('staff.sign_in_csrf_refused', {});
      showForm(req, res, 403, { next, email, error: 'This page had been open too long, so we could not sign you in. Please try again.' });
      return;
    }
    const result = await staff.signIn(email, bodyField(req, 'password'), clientAddress(req));
    if (!result.ok && result.reason === 'rate-limited') {
      logger.warn('staff.sign_in_rate_limited', {});
      res.setHeader('Retry-After', String(result.minutesToWait * 60));
      sendHtml(res, 429, plainMessagePage('Too many attempts',
        `There have been too many sign-in attempts. Please wait ${result.minutesToWait} minute${result.minutesToWait === 1 ? '' : 's'} and try again.`,
        { href: `${signInPath}?next=${encodeURIComponent(next)}`, text: 'Back to sign in' }));
      return;
    }
    if (!result.ok) {
      logger.info('staff.sign_in_failed', {});
      showForm(req, res, 401, { next, email, error: 'The email address or password is not right, or the account has been switched off. Check them and try again.' });
      return;
    }
    const { staff: signedIn } = result;
    setCookie(res, STAFF_SESSION_COOKIE, signedIn.sessionId, { path: '/', maxAgeSeconds: options.sessionHours * 3600, secure: cameOverHttps(req), sameSite: 'Strict' });
    setCookie(res, SIGN_IN_COOKIE, '', { path: signInPath, maxAgeSeconds: 0, secure: cameOverHttps(req), sameSite: 'Strict' });
    logger.info('staff.signed_in', { staffId: signedIn.account.id.slice(0, 8) });
    const home = options.nonAdviserHomePath && !signedIn.account.roles.includes('adviser') ? options.nonAdviserHomePath : options.homePath;
    redirect(res, next === options.homePath ? home : next);
  });

  server.post(options.signOutPath, guard.requireStaff(), async (req: Request, res: Response) => {
    const signedIn = staffOf(req);
    await staff.signOut(signedIn.sessionId);
    setCookie(res, STAFF_SESSION_COOKIE, '', { path: '/', maxAgeSeconds: 0, secure: cameOverHttps(req), sameSite: 'Strict' });
    logger.info('staff.signed_out', { staffId: signedIn.account.id.slice(0, 8) });
    redirect(res, `${signInPath}?signed-out`);
  });
}
