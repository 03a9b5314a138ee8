/**
 * Counts requests per key (an address, a conversation) in fixed one-minute windows. Small and in
 * memory: limits are per instance, which is what an abuse limit needs. The table is bounded, so
 * a flood of new keys cannot use up memory.
 */
export interface RateDecision {
  readonly allowed: boolean;
  /** Whole seconds until the window resets (for the Retry-After header). */
  readonly retryAfterSeconds: number;
}

interface Window {
  start: number;
  count: number;
}

export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request for the key; says whether it is within the limit. */
  take(key: string): RateDecision {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (!w) this.makeRoom(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    const retryAfterSeconds = Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
    return { allowed: w.count <= this.limit, retryAfterSeconds };
  }

  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
    // Still full: forget the oldest windows (a Map keeps insertion order).
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
