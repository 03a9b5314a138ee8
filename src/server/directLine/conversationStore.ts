import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Conversations of the local Direct Line: their activities (numbered, so a client can ask for
 * "everything after watermark N") and the token that guards each one. Kept in memory; a
 * conversation unused for `idleMinutes` is forgotten (retention).
 */
export interface LocalConversation {
  readonly id: string;
  readonly userId: string;
  token: string;
  tokenExpires: number;
  readonly activities: Partial<Activity>[];
  lastUsed: number;
}

export type ActivityListener = (activity: Partial<Activity>, watermark: number) => void;

export const TOKEN_LIFETIME_SECONDS = 30 * 60;

export class ConversationStore {
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly listeners = new Map<string, Set<ActivityListener>>();

  constructor(private readonly idleMinutes = 24 * 60, private readonly now: () => number = Date.now) {}

  create(userId?: string): LocalConversation {
    const id = crypto.randomBytes(16).toString('base64url');
    const conversation: LocalConversation = {
      id,
      userId: userId && /^[A-Za-z0-9_:-]{1,64}$/.test(userId) ? userId : `dl_${crypto.randomBytes(9).toString('base64url')}`,
      token: newToken(),
      tokenExpires: this.now() + TOKEN_LIFETIME_SECONDS * 1000,
      activities: [],
      lastUsed: this.now(),
    };
    this.conversations.set(id, conversation);
    return conversation;
  }

  get(id: string): LocalConversation | undefined {
    return this.conversations.get(id);
  }

  /** The conversation if the token is its own and still valid. */
  authorise(id: string, token: string | undefined): LocalConversation | undefined {
    const c = this.conversations.get(id);
    if (!c || !token || c.tokenExpires < this.now()) return undefined;
    const a = Buffer.from(c.token);
    const b = Buffer.from(token);
    return a.length === b.length && crypto.timingSafeEqual(a, b) ? c : undefined;
  }

  /** Finds the conversation a token belongs to (token refresh carries no conversation id). */
  findByToken(token: string): LocalConversation | undefined {
    for (const c of this.conversations.values()) if (this.authorise(c.id, token)) return c;
    return undefined;
  }

  refresh(c: LocalConversation): void {
    c.tokenExpires = this.now() + TOKEN_LIFETIME_SECONDS * 1000;
  }

  /** Stores an activity, gives it an id, tells every listener; returns its id. */
  append(c: LocalConversation, activity: Partial<Activity>): string {
    const watermark = c.activities.length;
    const id = `${c.id}|${String(watermark).padStart(7, '0')}`;
    const stored = { ...activity, id, timestamp: activity.timestamp ?? new Date(this.now()) };
    c.activities.push(stored);
    c.lastUsed = this.now();
    for (const listener of this.listeners.get(c.id) ?? []) listener(stored, watermark + 1);
    return id;
  }

  /** Activities after the watermark (a count of activities already seen). */
  since(c: LocalConversation, watermark: number): { activities: Partial<Activity>[]; watermark: number } {
    const from = Number.isInteger(watermark) && watermark > 0 ? watermark : 0;
    return { activities: c.activities.slice(from), watermark: c.activities.length };
  }

  subscribe(id: string, listener: ActivityListener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set!.delete(listener);
  }

  /** Forgets conversations idle for longer than the retention period. */
  purgeIdle(): number {
    const cutoff = this.now() - this.idleMinutes * 60_000;
    let removed = 0;
    for (const [id, c] of this.conversations) {
      if (c.lastUsed < cutoff) { this.conversations.delete(id); this.listeners.delete(id); removed++; }
    }
    return removed;
  }

  get size(): number {
    return this.conversations.size;
  }
}

function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}
