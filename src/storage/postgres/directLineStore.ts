import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import {
  activityId, newConversationId, newToken, sameSecret, TOKEN_LIFETIME_SECONDS, userIdFor, watermarkFrom,
  type ActivityPage, type AppendedActivity, type DirectLineConversation, type DirectLineStore,
} from '../../server/directLine/conversationStore';
import type { PostgresEventBus } from './eventBus';
import type { PostgresDatabase } from './postgresDatabase';

interface ConversationRow {
  id: string;
  user_id: string;
  token_hash: string;
  token_expires: string;
}

const CONVERSATION_COLUMNS = 'id, user_id, token_hash, token_expires';

/**
 * The local Direct Line's conversations in the shared PostgreSQL database: a page can post to
 * one instance and poll or stream from another. Tokens are stored only as hashes. Each new
 * activity is announced to the other instances (conversation id and watermark only), so a
 * WebSocket open on another instance shows it at once.
 */
export class PostgresDirectLineStore implements DirectLineStore, ConversationDataOwner {
  readonly name = 'web chat conversation';
  private readonly appendListeners = new Set<(conversationId: string, watermark: number) => void>();
  private readonly stopListening: () => void;

  constructor(
    private readonly db: PostgresDatabase,
    private readonly retentionHours: number,
    private readonly bus?: PostgresEventBus,
    private readonly now: () => number = Date.now,
  ) {
    this.stopListening = bus?.subscribe('directline', (body) => {
      for (const listener of [...this.appendListeners]) listener(String(body.c), Number(body.w));
    }) ?? (() => undefined);
  }

  async create(userId?: string): Promise<{ conversation: DirectLineConversation; token: string }> {
    const token = newToken();
    const conversation = { id: newConversationId(), userId: userIdFor(userId), tokenExpires: this.now() + TOKEN_LIFETIME_SECONDS * 1000 };
    await this.db.query('INSERT INTO dl_conversations (id, user_id, token_hash, token_expires, created_at, last_used) VALUES ($1, $2, $3, $4, $5, $5)',
      [conversation.id, conversation.userId, hashToken(token), conversation.tokenExpires, this.now()]);
    return { conversation, token };
  }

  async get(id: string): Promise<DirectLineConversation | undefined> {
    const { rows } = await this.db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM dl_conversations WHERE id = $1`, [id]);
    return rows[0] && toConversation(rows[0]);
  }

  async authorise(id: string, token: string | undefined): Promise<DirectLineConversation | undefined> {
    if (!token) return undefined;
    const { rows } = await this.db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM dl_conversations WHERE id = $1`, [id]);
    const row = rows[0];
    if (!row || Number(row.token_expires) < this.now()) return undefined;
    return sameSecret(row.token_hash, hashToken(token)) ? toConversation(row) : undefined;
  }

  async findByToken(token: string): Promise<DirectLineConversation | undefined> {
    const { rows } = await this.db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM dl_conversations WHERE token_hash = $1 AND token_expires >= $2`,
      [hashToken(token), this.now()]);
    return rows[0] && toConversation(rows[0]);
  }

  async refresh(id: string): Promise<DirectLineConversation | undefined> {
    const { rows } = await this.db.query<ConversationRow>(`UPDATE dl_conversations SET token_expires = $1, last_used = $2 WHERE id = $3
      RETURNING ${CONVERSATION_COLUMNS}`, [this.now() + TOKEN_LIFETIME_SECONDS * 1000, this.now(), id]);
    return rows[0] && toConversation(rows[0]);
  }

  async append(id: string, activity: Partial<Activity>): Promise<AppendedActivity | undefined> {
    return this.db.transaction(async (client) => {
      // The row lock taken here holds until commit: activities are numbered in the order they commit,
      // so a reader never sees number 6 while 5 is still on its way.
      const { rows } = await client.query<{ seq: number }>(
        'UPDATE dl_conversations SET next_seq = next_seq + 1, last_used = $1 WHERE id = $2 RETURNING next_seq - 1 AS seq', [this.now(), id]);
      if (!rows[0]) return undefined;
      const seq = rows[0].seq;
      const stored = { ...activity, id: activityId(id, seq), timestamp: activity.timestamp ?? new Date(this.now()) };
      // What a client receives is what a client would read back later: plain JSON.
      const json = JSON.stringify(stored);
      await client.query('INSERT INTO dl_activities (conversation_id, seq, activity) VALUES ($1, $2, $3)', [id, seq, json]);
      await this.bus?.publish('directline', { c: id, w: seq + 1 }, client);
      return { id: stored.id, watermark: seq + 1, json };
    });
  }

  async since(id: string, watermark: number): Promise<ActivityPage> {
    // One statement, one snapshot: the count and the activities agree.
    const { rows } = await this.db.query<{ next_seq: number; activity: Partial<Activity> | null }>(`SELECT c.next_seq, a.activity
      FROM dl_conversations c LEFT JOIN dl_activities a ON a.conversation_id = c.id AND a.seq >= $2
      WHERE c.id = $1 ORDER BY a.seq`, [id, watermarkFrom(watermark)]);
    if (!rows.length) return { activities: [], watermark: 0 };
    return { activities: rows.flatMap((r) => (r.activity ? [r.activity] : [])), watermark: rows[0].next_seq };
  }

  async erase(id: string): Promise<number> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM dl_activities WHERE conversation_id = $1', [id]);
      const conversations = (await client.query('DELETE FROM dl_conversations WHERE id = $1', [id])).rowCount ?? 0;
      return conversations ? conversations + (rows[0]?.n ?? 0) : 0;
    });
  }

  async eraseConversation(conversationId: string): Promise<number> {
    return this.erase(conversationId);
  }

  async purgeIdle(): Promise<number> {
    return (await this.db.query('DELETE FROM dl_conversations WHERE last_used < $1', [this.now() - this.retentionHours * 3_600_000])).rowCount ?? 0;
  }

  /** Activities stored by another instance: (conversation id, its new watermark). Returns the unsubscribe function. */
  onAppendedElsewhere(listener: (conversationId: string, watermark: number) => void): () => void {
    this.appendListeners.add(listener);
    return () => { this.appendListeners.delete(listener); };
  }

  /** Stops hearing the other instances. */
  detach(): void {
    this.stopListening();
  }
}

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

function toConversation(row: ConversationRow): DirectLineConversation {
  return { id: row.id, userId: row.user_id, tokenExpires: Number(row.token_expires) };
}
