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
/** Half the one-minute report: fine enough for an "away" counted in whole minutes (at least 2). */
const SEEN_RESOLUTION_MS = 30_000;
/** Conversations remembered at once; beyond this, those marked longer ago are forgotten. */
const MAX_REMEMBERED = 20_000;

/** A call-back the parent asked for and nobody has done yet: it outlives the parent leaving the chat. */
export function callbackStillToDo(record: HandoffRecord): boolean {
  return Boolean(record.callback && !record.callback.doneAt);
}

export class ParentPresence {
  private timer?: NodeJS.Timeout;
  private checking?: Promise<unknown>;
  /** When each conversation was last marked seen (ms), to write it at most once a SEEN_RESOLUTION_MS. */
  private readonly lastMarked = new Map<string, number>();

  private readonly unsubscribe: () => void;

  constructor(private readonly options: ParentPresenceOptions) {
    // A request just made, or a parent just marked gone or back: the next sign of them is written at once.
    this.unsubscribe = options.queue.subscribe((event) => {
      if (event.type === 'created' || event.type === 'updated') this.lastMarked.delete(event.conversationId);
    });
  }

  /**
   * The parents of these conversations are in the chat now. Said on every message, so it is
   * written at most once a SEEN_RESOLUTION_MS per conversation: "away" is counted in minutes, and
   * a database write on every turn of every parent would cost the whole service for nothing.
   */
  seen(conversationIds: readonly string[]): void {
    const now = this.options.clock().getTime();
    const due = conversationIds.filter((id) => (this.lastMarked.get(id) ?? Number.NEGATIVE_INFINITY) <= now - SEEN_RESOLUTION_MS);
    if (!due.length) return;
    if (this.lastMarked.size + due.length > MAX_REMEMBERED) {
      for (const [id, at] of this.lastMarked) if (at <= now - SEEN_RESOLUTION_MS) this.lastMarked.delete(id);
      if (this.lastMarked.size + due.length > MAX_REMEMBERED) this.lastMarked.clear();
    }
    for (const id of due) this.lastMarked.set(id, now);
    void this.options.queue.markParentSeen(due)
      .catch((error: unknown) => this.options.logger.warn('handoff.presence_failed', { error: error as Error }));
  }

  /** The parent has left this conversation for good ("Start a new conversation"). */
  async left(conversationId: string): Promise<'closed' | 'callback-kept' | 'none'> {
    const { queue, logger } = this.options;
    this.lastMarked.delete(conversationId);
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
    this.unsubscribe();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
  }
}
