import type { Logger } from '../../logging/logger';
import type { HandoffQueue, HandoffRecord } from './handoffQueue';

/**
 * Whether a parent who asked for a person is still there. The web chat says when a parent is in
 * the chat (its connection is open, or they wrote) and when they leave ("Start a new
 * conversation"); this turns that into the queue's record, so the hub can show who has gone and
 * a parent who has gone stops counting in other parents' places:
 *
 * - seen: the parent is here now (a parent marked as gone is back);
 * - left: "Start a new conversation": the request ends ("parent left"), unless a call-back is
 *   still to be done, which stays in the queue with the parent marked as gone;
 * - checkOnce (every 30 seconds): nobody seen for `awayMinutes` is marked as gone; and once gone
 *   for longer than they could come back to that chat (`cannotReturnAfterMinutes`: its token has
 *   expired), a request with no call-back to do ends as "parent left".
 *
 * Only channels that report presence (the local Direct Line) are ever marked: a handoff never
 * seen (Teams, Azure's Direct Line) is never shown as gone.
 */

export interface ParentPresenceOptions {
  readonly queue: HandoffQueue;
  /** HANDOFF_PARENT_AWAY_MINUTES: no connection and no message for this long, and the parent has gone. */
  readonly awayMinutes: number;
  /** After this long gone, the parent can no longer come back to that chat. */
  readonly cannotReturnAfterMinutes: number;
  readonly clock: () => Date;
  readonly logger: Logger;
}

const MINUTE_MS = 60_000;

/** A call-back the parent asked for and nobody has done yet: it outlives the parent leaving the chat. */
export function callbackStillToDo(record: HandoffRecord): boolean {
  return Boolean(record.callback && !record.callback.doneAt);
}

export class ParentPresence {
  private timer?: NodeJS.Timeout;
  private checking?: Promise<unknown>;

  constructor(private readonly options: ParentPresenceOptions) {}

  /** The parents of these conversations are in the chat now. */
  seen(conversationIds: readonly string[]): void {
    if (!conversationIds.length) return;
    void this.options.queue.markParentSeen(conversationIds)
      .catch((error: unknown) => this.options.logger.warn('handoff.presence_failed', { error: error as Error }));
  }

  /** The parent has left this conversation for good ("Start a new conversation"). */
  async left(conversationId: string): Promise<'closed' | 'callback-kept' | 'none'> {
    const { queue, logger } = this.options;
    const record = await queue.findOpenByConversation(conversationId);
    if (!record) return 'none';
    if (callbackStillToDo(record)) {
      await queue.markParentAway({ conversationId });
      logger.info('handoff.parent_left', { handoff: record.id.slice(0, 8), kept: 'callback' });
      return 'callback-kept';
    }
    await queue.close(record.id, 'parent-left');
    logger.info('handoff.parent_left', { handoff: record.id.slice(0, 8), status: record.status });
    return 'closed';
  }

  /** Marks the parents who have gone, and ends the requests they can no longer come back to; returns how many of each. */
  async checkOnce(): Promise<{ closed: number }> {
    const { queue, awayMinutes, cannotReturnAfterMinutes, clock, logger } = this.options;
    const now = clock().getTime();
    await queue.markParentAway({ seenBefore: new Date(now - awayMinutes * MINUTE_MS).toISOString() });
    const endBefore = new Date(now - Math.max(awayMinutes, cannotReturnAfterMinutes) * MINUTE_MS).toISOString();
    let closed = 0;
    for (const record of await queue.list({ statuses: ['waiting', 'with-adviser'] })) {
      if (!record.parentAwaySince || record.parentAwaySince >= endBefore || callbackStillToDo(record)) continue;
      await queue.close(record.id, 'parent-left');
      logger.info('handoff.parent_gone', { handoff: record.id.slice(0, 8), status: record.status });
      closed++;
    }
    return { closed };
  }

  start(everyMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.checking) return; // a slow database: one check at a time
      this.checking = this.checkOnce()
        .catch((error: unknown) => this.options.logger.warn('handoff.presence_check_failed', { error: error as Error }))
        .finally(() => { this.checking = undefined; });
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
  }
}
