import type { GapRecord } from '../domain/gaps/gapRecord';

/**
 * When the knowledge base is not sure, the bot offers the closest topics instead of guessing (a
 * clarify). Whether that clarify helped is only known from what the parent does next, so the
 * question's gap record (already scrubbed) waits here, in memory, for one more message:
 *
 * - they pick one of the offered topics: "low-confidence" (the wording did not match, but the
 *   knowledge base had something), with the topic they picked as the closest article;
 * - they write anything else (ask again, ask for a person, give feedback): "clarify-no-match";
 * - they write nothing more within the wait (30 minutes): "clarify-no-match" (they gave up);
 * - the server stops first: "low-confidence" (all we know is that nothing matched well).
 *
 * So each question gives one record, of the kind that says what happened. Only the scrubbed
 * record is held, keyed by conversation id (which never reaches the record). With several
 * server instances, a reply that lands on another instance counts as giving up.
 */

export interface OfferedTopic {
  readonly articleId: string;
  readonly title: string;
  /** The retrieval score the topic had for the question. */
  readonly score?: number;
}

interface Pending {
  readonly record: GapRecord;
  readonly offered: readonly OfferedTopic[];
  readonly shownAt: number;
}

export const DEFAULT_CLARIFY_WAIT_MINUTES = 30;
/** More waiting at once than any real service has: the oldest are written early. */
const MAX_PENDING = 10_000;

export class ClarifyFollowUps {
  private readonly pending = new Map<string, Pending>();
  private readonly waitMs: number;
  /**
   * No waiting clarify was shown before this time (a lower bound, exact after each scan): expire
   * runs on every message, and this lets it skip the scan of all waiting clarifies while none can
   * have expired.
   */
  private earliestShownAt = Infinity;

  constructor(
    private readonly write: (record: GapRecord) => Promise<void>,
    private readonly clock: () => Date,
    waitMinutes = DEFAULT_CLARIFY_WAIT_MINUTES,
  ) {
    this.waitMs = waitMinutes * 60 * 1000;
  }

  get size(): number {
    return this.pending.size;
  }

  /** The clarify was shown: hold the record until the parent's next message. */
  async shown(conversationId: string, record: GapRecord, offered: readonly OfferedTopic[]): Promise<void> {
    const earlier = this.pending.get(conversationId);
    this.pending.delete(conversationId);
    if (earlier) await this.write({ ...earlier.record, kind: 'clarify-no-match' });
    const shownAt = this.clock().getTime();
    this.pending.set(conversationId, { record, offered, shownAt });
    this.earliestShownAt = Math.min(this.earliestShownAt, shownAt);
    if (this.pending.size > MAX_PENDING) {
      const [oldestId, oldest] = this.pending.entries().next().value as [string, Pending];
      this.pending.delete(oldestId);
      await this.write(oldest.record);
    }
  }

  /** The parent's next message in that conversation settles the record's kind. */
  async nextMessage(conversationId: string, text: string): Promise<void> {
    const waiting = this.pending.get(conversationId);
    if (!waiting) return;
    this.pending.delete(conversationId);
    if (this.clock().getTime() - waiting.shownAt > this.waitMs) {
      await this.write({ ...waiting.record, kind: 'clarify-no-match' });
      return;
    }
    const said = text.trim().toLowerCase();
    const picked = waiting.offered.find((t) => t.title.toLowerCase() === said);
    if (!picked) {
      await this.write({ ...waiting.record, kind: 'clarify-no-match' });
      return;
    }
    const { closestScore: _ignored, ...rest } = waiting.record;
    await this.write({
      ...rest,
      kind: 'low-confidence',
      closestArticleId: picked.articleId,
      ...(picked.score !== undefined ? { closestScore: Math.round(picked.score * 1000) / 1000 } : {}),
    });
  }

  /** Clarifies nobody answered within the wait: the parent gave up. Returns how many. */
  async expire(): Promise<number> {
    const cutoff = this.clock().getTime() - this.waitMs;
    if (!(this.earliestShownAt < cutoff)) return 0;
    const expired: Array<[string, Pending]> = [];
    let earliest = Infinity;
    for (const entry of this.pending) {
      if (entry[1].shownAt < cutoff) expired.push(entry);
      else earliest = Math.min(earliest, entry[1].shownAt);
    }
    this.earliestShownAt = earliest;
    for (const [id, p] of expired) {
      this.pending.delete(id);
      await this.write({ ...p.record, kind: 'clarify-no-match' });
    }
    return expired.length;
  }

  /** The server is stopping: write what is waiting, as "no good match" (the outcome is unknown). */
  async flush(): Promise<number> {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) await this.write(p.record);
    return all.length;
  }
}
