import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import {
  activityId, newConversationId, newToken, sameSecret, TOKEN_LIFETIME_SECONDS, userIdFor, watermarkFrom,
  type ActivityPage, type AppendedActivity, type DirectLineConversation, type DirectLineStore,
} from '../../server/directLine/conversationStore';
import type { SqliteDb } from './sqliteDatabase';

interface ConversationRow {
  id: string;
  user_id: string;
  token_hash: string;
  token_expires: number;
}

/**
 * The local Direct Line's conversations in the embedded database, so a reload or a server restart
 * (even a crash) carries on the same conversation. Tokens are stored only as hashes. A
 * conversation unused for the retention period is deleted with its activities.
 */
export class SqliteDirectLineStore implements DirectLineStore, ConversationDataOwner {
  readonly name = 'web chat conversation';
  private readonly q;
  private readonly appendInTransaction: (id: string, activity: Partial<Activity>) => AppendedActivity | undefined;

  constructor(private readonly db: SqliteDb, private readonly retentionHours: number, private readonly now: () => number = Date.now) {
    this.q = {
      insert: db.prepare<[string, string, string, number, number, number]>(
        'INSERT INTO dl_conversations (id, user_id, token_hash, token_expires, created_at, last_used) VALUES (?, ?, ?, ?, ?, ?)'),
      byId: db.prepare<[string], ConversationRow>('SELECT id, user_id, token_hash, token_expires FROM dl_conversations WHERE id = ?'),
      byToken: db.prepare<[string, number], ConversationRow>(
        'SELECT id, user_id, token_hash, token_expires FROM dl_conversations WHERE token_hash = ? AND token_expires >= ?'),
      refresh: db.prepare<[number, number, string]>('UPDATE dl_conversations SET token_expires = ?, last_used = ? WHERE id = ?'),
      nextSeq: db.prepare<[number, string], { seq: number }>(
        'UPDATE dl_conversations SET next_seq = next_seq + 1, last_used = ? WHERE id = ? RETURNING next_seq - 1 AS seq'),
      insertActivity: db.prepare<[string, number, string]>('INSERT INTO dl_activities (conversation_id, seq, activity) VALUES (?, ?, ?)'),
      since: db.prepare<[string, number], { activity: string }>('SELECT activity FROM dl_activities WHERE conversation_id = ? AND seq >= ? ORDER BY seq'),
      count: db.prepare<[string], { n: number }>('SELECT next_seq AS n FROM dl_conversations WHERE id = ?'),
      activitiesOf: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM dl_activities WHERE conversation_id = ?'),
      erase: db.prepare<[string]>('DELETE FROM dl_conversations WHERE id = ?'),
      purge: db.prepare<[number]>('DELETE FROM dl_conversations WHERE last_used < ?'),
    };
    this.appendInTransaction = this.appendTransaction();
  }

  create(userId?: string): { conversation: DirectLineConversation; token: string } {
    const token = newToken();
    const conversation = { id: newConversationId(), userId: userIdFor(userId), tokenExpires: this.now() + TOKEN_LIFETIME_SECONDS * 1000 };
    this.q.insert.run(conversation.id, conversation.userId, hashToken(token), conversation.tokenExpires, this.now(), this.now());
    return { conversation, token };
  }

  get(id: string): DirectLineConversation | undefined {
    const row = this.q.byId.get(id);
    return row && toConversation(row);
  }

  authorise(id: string, token: string | undefined): DirectLineConversation | undefined {
    if (!token) return undefined;
    const row = this.q.byId.get(id);
    if (!row || row.token_expires < this.now()) return undefined;
    return sameSecret(row.token_hash, hashToken(token)) ? toConversation(row) : undefined;
  }

  findByToken(token: string): DirectLineConversation | undefined {
    const row = this.q.byToken.get(hashToken(token), this.now());
    return row && toConversation(row);
  }

  refresh(id: string): DirectLineConversation | undefined {
    this.q.refresh.run(this.now() + TOKEN_LIFETIME_SECONDS * 1000, this.now(), id);
    return this.get(id);
  }

  append(id: string, activity: Partial<Activity>): AppendedActivity | undefined {
    return this.appendInTransaction(id, activity);
  }

  /** Numbers and stores an activity in one transaction (wrapped once: better-sqlite3 transactions are reusable). */
  private appendTransaction(): (id: string, activity: Partial<Activity>) => AppendedActivity | undefined {
    return this.db.transaction((id: string, activity: Partial<Activity>) => {
      const next = this.q.nextSeq.get(this.now(), id);
      if (!next) return undefined;
      const stored = { ...activity, id: activityId(id, next.seq), timestamp: activity.timestamp ?? new Date(this.now()) };
      // What a client receives is what a client would read back later: this same JSON.
      const json = JSON.stringify(stored);
      this.q.insertActivity.run(id, next.seq, json);
      return { id: stored.id, watermark: next.seq + 1, json };
    });
  }

  since(id: string, watermark: number): ActivityPage {
    const count = this.q.count.get(id)?.n ?? 0;
    const activities = this.q.since.all(id, watermarkFrom(watermark)).map((r) => JSON.parse(r.activity) as Partial<Activity>);
    return { activities, watermark: count };
  }

  erase(id: string): number {
    return this.db.transaction(() => {
      const activities = this.q.activitiesOf.get(id)?.n ?? 0;
      const conversations = this.q.erase.run(id).changes;
      return conversations ? conversations + activities : 0;
    })();
  }

  async eraseConversation(conversationId: string): Promise<number> {
    return this.erase(conversationId);
  }

  purgeIdle(): number {
    return this.q.purge.run(this.now() - this.retentionHours * 3_600_000).changes;
  }
}

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

function toConversation(row: ConversationRow): DirectLineConversation {
  return { id: row.id, userId: row.user_id, tokenExpires: row.token_expires };
}
