import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Where the local Direct Line keeps its conversations: their activities (numbered, so a client
 * can ask for "everything after watermark N") and the token that guards each one. The server uses
 * the embedded database (src/storage/sqlite/directLineStore.ts) so conversations survive a
 * restart; the in-memory store below serves the benchmark's bare echo bot.
 */
export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** When the token stops working (ms since the epoch). */
  readonly tokenExpires: number;
}

export interface AppendedActivity {
  readonly id: string;
  /** The conversation's count of activities, this one included. */
  readonly watermark: number;
  /** The stored activity as JSON text. */
  readonly json: string;
}

export interface ActivityPage {
  readonly activities: Partial<Activity>[];
  /** How many activities the conversation has: the watermark to ask from next time. */
  readonly watermark: number;
}

/** A store may answer at once (SQLite, memory) or later (a network database). */
export type Awaitable<T> = T | Promise<T>;

export interface DirectLineStore {
  /** A new conversation and its token (the only time the token is handed out). */
  create(userId?: string): Awaitable<{ conversation: DirectLineConversation; token: string }>;
  get(id: string): Awaitable<DirectLineConversation | undefined>;
  /** The conversation if the token is its own and still valid. */
  authorise(id: string, token: string | undefined): Awaitable<DirectLineConversation | undefined>;
  /** The conversation a valid token belongs to (token refresh carries no conversation id). */
  findByToken(token: string): Awaitable<DirectLineConversation | undefined>;
  /** Extends the token's life. */
  refresh(id: string): Awaitable<DirectLineConversation | undefined>;
  /**
   * Stores an activity and gives it an id; undefined if the conversation is gone. `json` is the
   * activity as stored (and as a client will read it back): streams send it as it is.
   */
  append(id: string, activity: Partial<Activity>): Awaitable<AppendedActivity | undefined>;
  /** Activities after the watermark (a count of activities already seen). */
  since(id: string, watermark: number): Awaitable<ActivityPage>;
  /** Deletes the conversation and its activities; returns how many records went. */
  erase(id: string): Awaitable<number>;
  /** Deletes conversations unused for longer than the retention period; returns how many went. */
  purgeIdle(): Awaitable<number>;
  /**
   * Several instances sharing one store: tells the listener when another instance stored an
   * activity (conversation id, new watermark), so a stream open here can show it. Returns the
   * unsubscribe function. One instance: absent.
   */
  onAppendedElsewhere?(listener: (conversationId: string, watermark: number) => void): () => void;
}

export const TOKEN_LIFETIME_SECONDS = 30 * 60;

export function newConversationId(): string {
  return crypto.randomBytes(16).toString('base64url');
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** A client may name its user (Web Chat does); anything odd gets an id of our own. */
export function userIdFor(requested: string | undefined): string {
  return requested && /^[A-Za-z0-9_:-]{1,64}$/.test(requested) ? requested : `dl_${crypto.randomBytes(9).toString('base64url')}`;
}

export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Watermarks come from clients: anything but a whole, non-negative number means "from the start". */
export function watermarkFrom(value: unknown): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

interface MemoryConversation extends DirectLineConversation {
  token: string;
  tokenExpires: number;
  readonly activities: Partial<Activity>[];
  lastUsed: number;
}

/** The in-memory store: gone on restart. */
export class MemoryDirectLineStore implements DirectLineStore {
  private readonly conversations = new Map<string, MemoryConversation>();

  constructor(private readonly retentionHours = 24, private readonly now: () => number = Date.now) {}

  create(userId?: string) {
    const token = newToken();
    const conversation: MemoryConversation = {
      id: newConversationId(),
      userId: userIdFor(userId),
      token,
      tokenExpires: this.now() + TOKEN_LIFETIME_SECONDS * 1000,
      activities: [],
      lastUsed: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
    return { conversation, token };
  }

  get(id: string) {
    return this.conversations.get(id);
  }

  authorise(id: string, token: string | undefined) {
    const c = this.conversations.get(id);
    if (!c || !token || c.tokenExpires < this.now()) return undefined;
    return sameSecret(c.token, token) ? c : undefined;
  }

  findByToken(token: string) {
    for (const c of this.conversations.values()) if (this.authorise(c.id, token)) return c;
    return undefined;
  }

  refresh(id: string) {
    const c = this.conversations.get(id);
    if (c) c.tokenExpires = this.now() + TOKEN_LIFETIME_SECONDS * 1000;
    return c;
  }

  append(id: string, activity: Partial<Activity>) {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    const seq = c.activities.length;
    const stored = { ...activity, id: activityId(id, seq), timestamp: activity.timestamp ?? new Date(this.now()) };
    c.activities.push(stored);
    c.lastUsed = this.now();
    return { id: stored.id, watermark: seq + 1, json: JSON.stringify(stored) };
  }

  since(id: string, watermark: number): ActivityPage {
    const c = this.conversations.get(id);
    if (!c) return { activities: [], watermark: 0 };
    return { activities: c.activities.slice(watermarkFrom(watermark)), watermark: c.activities.length };
  }

  erase(id: string): number {
    const c = this.conversations.get(id);
    if (!c) return 0;
    this.conversations.delete(id);
    return 1 + c.activities.length;
  }

  purgeIdle(): number {
    const cutoff = this.now() - this.retentionHours * 3_600_000;
    let removed = 0;
    for (const [id, c] of this.conversations) {
      if (c.lastUsed < cutoff) { this.conversations.delete(id); removed++; }
    }
    return removed;
  }
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
