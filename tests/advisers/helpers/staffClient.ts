import type { AppConfig } from '../../../src/config/config';
import type { StaffRole } from '../../../src/domain/staff/staffAccount';
import { StaffAccounts } from '../../../src/domain/staff/staffAccounts';
import { openSqliteDatabase } from '../../../src/storage/sqlite/sqliteDatabase';
import { SqliteStaffStore } from '../../../src/storage/sqlite/staffStore';

/** Cheap hashing for tests only: the server verifies with whatever parameters a hash was made with. */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 } as const;

/** Adds accounts to the server's database through a second connection, as the CLI does. */
export async function addStaff(config: AppConfig, accounts: Array<{ email: string; name: string; roles: StaffRole[]; password: string }>): Promise<void> {
  const db = openSqliteDatabase(config.dataDir);
  try {
    const staff = new StaffAccounts(new SqliteStaffStore(db), { ...config.staff, passwordParameters: TEST_PASSWORD_COST });
    for (const a of accounts) await staff.add(a);
  } finally {
    db.close();
  }
}

/** Switches an account off through a second connection (as `staff disable` would). */
export async function disableStaff(config: AppConfig, email: string): Promise<void> {
  const db = openSqliteDatabase(config.dataDir);
  try {
    await new StaffAccounts(new SqliteStaffStore(db), config.staff).disable(email);
  } finally {
    db.close();
  }
}

/**
 * A browser-like client for the staff pages: keeps cookies, never follows redirects (so tests
 * see the 303s), and knows how to sign in through the real form.
 */
export class StaffClient {
  readonly cookies = new Map<string, string>();
  csrfToken = '';
  /** Cookie attributes as last set, by name (to check HttpOnly, SameSite, Secure). */
  readonly cookieHeaders = new Map<string, string>();

  constructor(readonly base: string, private readonly extraHeaders: Record<string, string> = {}) {}

  async request(method: string, path: string, options: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...this.extraHeaders, ...options.headers };
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const res = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      this.cookieHeaders.set(name, line);
      if (/Max-Age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
    return res;
  }

  /** Loads the form (for its token) and posts it; returns the POST response. */
  async signIn(email: string, password: string, next?: string): Promise<Response> {
    const page = await this.request('GET', `/advisers/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
    const html = await page.text();
    const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const nextField = /name="next" value="([^"]*)"/.exec(html)?.[1] ?? '';
    const res = await this.request('POST', '/advisers/sign-in', { form: { csrf: token, next: nextField, email, password } });
    if (res.status === 303) await this.loadCsrfToken();
    return res;
  }

  async loadCsrfToken(): Promise<void> {
    const res = await this.request('GET', '/api/advisers/session');
    if (res.ok) this.csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  /** A POST with the CSRF header, as the hub page sends it. */
  post(path: string, json: unknown = {}): Promise<Response> {
    return this.request('POST', path, { json, headers: { 'X-CSRF-Token': this.csrfToken } });
  }

  async json<T>(path: string): Promise<T> {
    const res = await this.get(path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

export interface SseEvent { event: string; data: unknown }

/** Reads the hub's Server-Sent Events; `next(predicate)` waits for a matching event. */
export class SseReader {
  private readonly events: SseEvent[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly controller = new AbortController();
  ended = false;

  private constructor(readonly status: number) {}

  static async open(client: StaffClient): Promise<SseReader> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (client.cookies.size) headers.Cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const reader = new SseReader(0);
    const res = await fetch(`${client.base}/api/advisers/events`, { headers, signal: reader.controller.signal, redirect: 'manual' });
    (reader as { status: number }).status = res.status;
    if (res.ok && res.body) void reader.pump(res.body);
    return reader;
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) this.events.push({ event, data: JSON.parse(data) });
          this.waiters.splice(0).forEach((w) => w());
        }
      }
    } catch { /* aborted */ }
    this.ended = true;
    this.waiters.splice(0).forEach((w) => w());
  }

  async next(predicate: (e: SseEvent) => boolean, ms = 5000): Promise<SseEvent> {
    const until = Date.now() + ms;
    for (;;) {
      const i = this.events.findIndex(predicate);
      if (i >= 0) return this.events.splice(i, 1)[0];
      if (this.ended) throw new Error('the event stream ended');
      if (Date.now() > until) throw new Error(`no matching event; saw ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  close(): void {
    this.controller.abort();
  }
}
