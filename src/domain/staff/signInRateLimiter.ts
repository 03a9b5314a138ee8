/**
 * Slows password guessing: after `limit` failed sign-ins for one account, or from one address,
 * within a 15-minute window, further attempts are refused until the oldest failure ages out.
 * Kept in memory: a restart clears it, which is acceptable for a single small server.
 */

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const MAX_KEYS = 10_000;

export class SignInRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limit: number, private readonly clock: () => Date = () => new Date()) {}

  /** Whether an attempt for this account from this address may go ahead. */
  allows(accountKey: string, address: string): boolean {
    return this.recent(`account:${accountKey}`).length < this.limit && this.recent(`address:${address}`).length < this.limit;
  }

  /** Minutes until `allows` can be true again (at least 1). */
  minutesToWait(accountKey: string, address: string): number {
    const now = this.clock().getTime();
    const oldest = [this.recent(`account:${accountKey}`), this.recent(`address:${address}`)]
      .filter((times) => times.length >= this.limit)
      .map((times) => times[times.length - this.limit]);
    if (!oldest.length) return 0;
    return Math.max(1, Math.ceil((Math.max(...oldest) + SIGN_IN_WINDOW_MS - now) / 60000));
  }

  recordFailure(accountKey: string, address: string): void {
    const now = this.clock().getTime();
    for (const key of [`account:${accountKey}`, `address:${address}`]) this.failures.set(key, [...this.recent(key), now]);
    // Many made-up emails from many addresses must not grow the map without end.
    if (this.failures.size > MAX_KEYS) for (const key of [...this.failures.keys()]) this.recent(key);
  }

  /** A correct password clears the account's failures (not the address's: it may be shared by an attacker). */
  recordSuccess(accountKey: string): void {
    this.failures.delete(`account:${accountKey}`);
  }

  private recent(key: string): number[] {
    const since = this.clock().getTime() - SIGN_IN_WINDOW_MS;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }
}
