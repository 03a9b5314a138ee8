import type { Request, Response, Server } from 'restify';
import type { ClosedOutcome, HandoffQueue, HandoffRecord } from '../../domain/handoff/handoffQueue';
import type { HandoffAuditAction, HandoffAuditLog } from '../../domain/staff/handoffAuditLog';
import type { SignedInStaff, StaffAccounts } from '../../domain/staff/staffAccounts';
import type { Logger } from '../../logging/logger';
import { bodyField, sendJson } from '../staff/httpBits';
import { staffOf, type StaffGuard } from '../staff/requireStaff';
import { handoffView, kindOf, parentPresenceOf, queueItemView, queueOrder, reachableInChat } from './handoffView';

/**
 * The hub's JSON API under /api/advisers. Every route is behind requireStaff('adviser') (so every
 * POST needs the CSRF token). Acting on a conversation (messages, notes, call-backs, closing)
 * needs the adviser to have taken it first, so two advisers never talk over each other.
 */

export interface HubApiOptions {
  readonly queue?: HandoffQueue;
  readonly staff: StaffAccounts;
  readonly audit: HandoffAuditLog;
  readonly guard: StaffGuard;
  readonly logger: Logger;
  readonly maxMessageChars: number;
  readonly clock: () => Date;
}

/** Repeat views by the same adviser within this time are one entry in the audit log. */
const VIEW_AUDIT_WINDOW_MS = 5 * 60 * 1000;
const CLOSE_OUTCOMES: readonly ClosedOutcome[] = ['closed-by-adviser', 'returned-to-bot'];

/** "14:02", London time, as the hub shows times. */
function londonTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

export function registerHubApi(server: Server, options: HubApiOptions): void {
  const { staff, audit, guard, logger, clock } = options;
  const adviserOnly = guard.requireStaff('adviser');
  const lastViewed = new Map<string, number>();
  const shortId = (id: string) => id.slice(0, 8);

  const record = (who: SignedInStaff, handoffId: string, action: HandoffAuditAction) =>
    audit.record({ at: clock().toISOString(), staffId: who.account.id, handoffId, action });

  /** Route body with the queue, or a 503 when this server has no handoff queue. */
  const withQueue = (handler: (req: Request, res: Response, queue: HandoffQueue, me: SignedInStaff) => Promise<void>) =>
    async (req: Request, res: Response) => {
      if (!options.queue) {
        sendJson(res, 503, { error: 'Handoffs are not switched on for this server, so there is no queue.' });
        return;
      }
      await handler(req, res, options.queue, staffOf(req));
    };

  /** The handoff this adviser holds, or a reply saying why not (and undefined). `doing`: a message says it was not sent. */
  const heldByMe = async (res: Response, queue: HandoffQueue, me: SignedInStaff, id: string, doing?: 'message'): Promise<HandoffRecord | undefined> => {
    const found = await queue.get(id);
    const notSent = doing === 'message' ? ', so your message was not sent' : '';
    if (!found) {
      sendJson(res, 404, { error: doing === 'message'
        ? 'This conversation is no longer here (the parent deleted it, or it was past the time conversations are kept), so your message was not sent.'
        : 'That conversation is no longer in the queue.', gone: true });
    } else if (found.status === 'closed' && found.closedOutcome === 'parent-left') {
      sendJson(res, 409, { error: `The parent has left the chat${notSent}. This conversation has ended.`, parentLeft: true });
    } else if (found.status === 'closed') sendJson(res, 409, { error: `This conversation has ended${notSent}.` });
    else if (found.status !== 'with-adviser' || !found.adviser) sendJson(res, 409, { error: 'Take this conversation first.' });
    else if (found.adviser.id !== me.account.id) sendJson(res, 409, { error: `${found.adviser.firstName} is looking after this conversation.` });
    else return found;
    return undefined;
  };

  const viewOf = async (found: HandoffRecord, me: SignedInStaff) => {
    const ids = new Set([...found.notes.map((n) => n.adviserId), ...(found.callback?.doneBy ? [found.callback.doneBy] : [])]);
    const names = new Map<string, string>();
    for (const id of ids) names.set(id, (await staff.findById(id))?.firstName ?? 'An adviser');
    return handoffView(found, me.account, (id) => names.get(id) ?? 'An adviser');
  };

  const param = (req: Request) => String(req.params.id ?? '');

  server.get('/api/advisers/session', adviserOnly, async (req: Request, res: Response) => {
    const me = staffOf(req);
    sendJson(res, 200, { firstName: me.account.firstName, name: me.account.name, roles: me.account.roles, csrfToken: me.csrfToken, expiresAt: me.expiresAt, queue: Boolean(options.queue) });
  });

  server.get('/api/advisers/queue', adviserOnly, withQueue(async (_req, res, queue, me) => {
    const open = await queue.list();
    sendJson(res, 200, { now: clock().toISOString(), items: queueOrder(open.map((r) => queueItemView(r, me.account))) });
  }));

  server.get('/api/advisers/handoffs/:id', adviserOnly, withQueue(async (req, res, queue, me) => {
    const found = await queue.get(param(req));
    if (!found) {
      sendJson(res, 404, { error: 'That conversation is no longer in the queue.' });
      return;
    }
    const key = `${me.account.id}:${found.id}`;
    const now = clock().getTime();
    if ((lastViewed.get(key) ?? 0) + VIEW_AUDIT_WINDOW_MS <= now) {
      await record(me, found.id, 'viewed');
      lastViewed.set(key, now);
      if (lastViewed.size > 5000) lastViewed.clear();
    }
    sendJson(res, 200, await viewOf(found, me));
  }));

  server.post('/api/advisers/handoffs/:id/take', adviserOnly, withQueue(async (req, res, queue, me) => {
    const id = param(req);
    const result = await queue.take(id, { id: me.account.id, firstName: me.account.firstName });
    if (result.ok) {
      await record(me, id, 'took');
      logger.info('adviser.took', { handoff: shortId(id), staffId: shortId(me.account.id) });
      sendJson(res, 200, await viewOf(result.record, me));
      return;
    }
    const current = await queue.get(id);
    if (result.reason === 'already-taken' && current?.adviser?.id === me.account.id && current.status === 'with-adviser') {
      sendJson(res, 200, await viewOf(current, me)); // already mine: taking twice is harmless
      return;
    }
    if (result.reason === 'already-taken') {
      sendJson(res, 409, { error: `Already taken by ${current?.adviser?.firstName ?? 'another adviser'}.`, takenBy: current?.adviser?.firstName });
    } else if (result.reason === 'closed') {
      sendJson(res, 409, { error: 'This conversation has ended.' });
    } else {
      sendJson(res, 404, { error: 'That conversation is no longer in the queue.' });
    }
  }));

  server.post('/api/advisers/handoffs/:id/messages', adviserOnly, withQueue(async (req, res, queue, me) => {
    const text = bodyField(req, 'text').trim();
    if (!text) return void sendJson(res, 400, { error: 'Type a message first.' });
    if (text.length > options.maxMessageChars) return void sendJson(res, 400, { error: `Messages can be up to ${options.maxMessageChars} characters.` });
    const held = await heldByMe(res, queue, me, param(req), 'message');
    if (!held) return;
    // Nobody would read it: say so plainly, and keep the adviser's words in their box.
    if (kindOf(held) === 'callback' && !reachableInChat(held)) {
      const how = held.callback?.method === 'email' ? 'email them' : 'phone them';
      return void sendJson(res, 409, { error: `This is a call-back request: the parent is not in the chat, so your message was not sent. Please ${how} instead (the details are under "Call-back request").`, callback: true });
    }
    if (parentPresenceOf(held) === 'gone') {
      return void sendJson(res, 409, {
        error: `The parent has left the chat (not connected since ${londonTime(held.parentAwaySince!)}), so your message was not sent. If they come back, this page will show it.`,
        parentGone: true,
      });
    }
    const entry = { from: 'adviser' as const, text, at: clock().toISOString(), adviserName: me.account.firstName };
    await queue.appendMessage(held.id, entry);
    sendJson(res, 201, { entry });
  }));

  server.post('/api/advisers/handoffs/:id/notes', adviserOnly, withQueue(async (req, res, queue, me) => {
    const text = bodyField(req, 'text').trim();
    if (!text) return void sendJson(res, 400, { error: 'Type a note first.' });
    if (text.length > options.maxMessageChars) return void sendJson(res, 400, { error: `Notes can be up to ${options.maxMessageChars} characters.` });
    const held = await heldByMe(res, queue, me, param(req));
    if (!held) return;
    await queue.addNote(held.id, me.account.id, text);
    await record(me, held.id, 'note-added');
    sendJson(res, 201, { ok: true });
  }));

  server.post('/api/advisers/handoffs/:id/callback-done', adviserOnly, withQueue(async (req, res, queue, me) => {
    const held = await heldByMe(res, queue, me, param(req));
    if (!held) return;
    if (!held.callback) return void sendJson(res, 409, { error: 'This parent did not ask for a call-back.' });
    await queue.markCallbackDone(held.id, me.account.id);
    await record(me, held.id, 'callback-done');
    sendJson(res, 200, { ok: true });
  }));

  server.post('/api/advisers/handoffs/:id/close', adviserOnly, withQueue(async (req, res, queue, me) => {
    const outcome = bodyField(req, 'outcome') as ClosedOutcome;
    if (!CLOSE_OUTCOMES.includes(outcome)) return void sendJson(res, 400, { error: 'Say how to finish: close it, or hand the parent back to the bot.' });
    const held = await heldByMe(res, queue, me, param(req));
    if (!held) return;
    await queue.close(held.id, outcome);
    await record(me, held.id, outcome === 'returned-to-bot' ? 'returned-to-bot' : 'closed');
    logger.info('adviser.closed', { handoff: shortId(held.id), staffId: shortId(me.account.id), outcome });
    sendJson(res, 200, { ok: true, outcome });
  }));
}
