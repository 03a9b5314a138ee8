import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Actor } from '../../domain/kb/editing/articleVersion';
import type { RefusalReason } from '../../domain/kb/editing/knowledgeEditor';
import { hasRole } from '../../domain/staff/staffAccount';
import type { Logger } from '../../logging/logger';
import { sendHtml, sendJson } from '../staff/httpBits';
import { staffOf, type StaffGuard } from '../staff/requireStaff';
import { noAccessPage } from '../staff/staffPages';
import type { Abilities } from './articlePages';
import type { PageViewer } from './adminLayout';

/**
 * Who may use the knowledge-base admin: the staff session, role and CSRF checks come from the
 * shared staff guard; this adds "editor or reviewer" for pages both may see.
 */

export interface AdminAccess {
  /** Editors and reviewers (either role). */
  readonly anyKbRole: RequestHandler[];
  readonly editor: RequestHandler[];
  readonly reviewer: RequestHandler[];
}

export function adminAccess(guard: StaffGuard, logger: Logger, signOutPath: string): AdminAccess {
  const eitherRole: RequestHandler = (req: Request, res: Response, next: Next) => {
    const me = staffOf(req);
    if (hasRole(me.account, 'editor') || hasRole(me.account, 'reviewer')) return next();
    logger.warn('staff.wrong_role', { staffId: me.account.id.slice(0, 8), role: 'editor or reviewer', path: req.getPath() });
    if (req.getPath().startsWith('/api/')) sendJson(res, 403, { error: 'Your account does not have the editor or reviewer role.' });
    else sendHtml(res, 403, noAccessPage(me.account.firstName, signOutPath, me.csrfToken));
    return next(false);
  };
  return {
    anyKbRole: [guard.requireStaff(), eitherRole],
    editor: [guard.requireStaff('editor')],
    reviewer: [guard.requireStaff('reviewer')],
  };
}

export function actorOf(req: Request): Actor {
  const { account } = staffOf(req);
  return { id: account.id, name: account.name };
}

export function abilitiesOf(req: Request): Abilities {
  const { account } = staffOf(req);
  return { canEdit: hasRole(account, 'editor'), canReview: hasRole(account, 'reviewer') };
}

export function viewerOf(req: Request, signOutPath: string): PageViewer {
  const me = staffOf(req);
  return { name: me.account.name, csrfToken: me.csrfToken, signOutPath };
}

/** The HTTP status for a refused action. */
export function statusFor(reason: RefusalReason): number {
  switch (reason) {
    case 'not-found': return 404;
    case 'own-change': return 403;
    case 'conflict': return 409;
    case 'wrong-state': return 409;
    case 'invalid': return 422;
  }
}

/** A positive whole number from a route parameter or form field, else undefined. */
export function idParam(value: unknown): number | undefined {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : undefined;
}
