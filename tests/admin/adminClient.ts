import type { ArticleForm } from '../../src/domain/kb/editing/articleForm';

/**
 * A browser-like client for the admin: keeps cookies, never follows redirects (so tests see the
 * 303s), signs in through the real sign-in form, and posts HTML forms with their CSRF field.
 */
export class AdminClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(readonly base: string) {}

  async request(method: string, path: string, options: { body?: string; contentType?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (options.contentType) headers['Content-Type'] = options.contentType;
    const res = await fetch(this.base + path, { method, headers, body: options.body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (/Max-Age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  /** Signs in through the shared staff sign-in form; returns the POST's response (303 on success). */
  async signIn(email: string, password: string, next = '/admin'): Promise<Response> {
    const page = await (await this.get(`/advisers/sign-in?next=${encodeURIComponent(next)}`)).text();
    const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const nextField = /name="next" value="([^"]*)"/.exec(page)?.[1] ?? '';
    const res = await this.request('POST', '/advisers/sign-in', {
      body: new URLSearchParams({ csrf: token, next: nextField, email, password }).toString(), contentType: 'application/x-www-form-urlencoded',
    });
    if (res.status === 303) {
      const session = await this.get('/api/admin/session');
      if (session.ok) this.csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
    }
    return res;
  }

  /** Posts an HTML form (fields may repeat, like checkboxes); adds the CSRF field unless told not to. */
  postForm(path: string, fields: Array<[string, string]>, withCsrf = true): Promise<Response> {
    const body = new URLSearchParams(withCsrf ? [['csrf', this.csrfToken], ...fields] : fields);
    return this.request('POST', path, { body: body.toString(), contentType: 'application/x-www-form-urlencoded' });
  }

  /** A JSON API call; changes carry the X-CSRF-Token header unless told not to. */
  api(method: string, path: string, json?: unknown, withCsrf = true): Promise<Response> {
    return this.request(method, path, {
      body: json === undefined ? undefined : JSON.stringify(json), contentType: json === undefined ? undefined : 'application/json',
      headers: withCsrf && method !== 'GET' ? { 'X-CSRF-Token': this.csrfToken } : {},
    });
  }
}

/** The edit form's fields as a browser posts them. */
export function formFields(form: ArticleForm, extra: Record<string, string> = {}): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(form)) {
    if (Array.isArray(value)) for (const v of value) fields.push([name, v]);
    else fields.push([name, String(value)]);
  }
  for (const [k, v] of Object.entries(extra)) fields.push([k, v]);
  return fields;
}

/** A parent's conversation through the server's local Direct Line. */
export class ParentChat {
  private constructor(private readonly base: string, private readonly id: string, private readonly token: string) {}

  static async start(base: string): Promise<ParentChat> {
    const r = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
    const c = (await r.json()) as { conversationId: string; token: string };
    return new ParentChat(base, c.conversationId, c.token);
  }

  /** Sends a message and waits for the bot's answer to it; returns its text. */
  async ask(text: string): Promise<string> {
    const headers = { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' };
    const before = await this.activities();
    const posted = await fetch(`${this.base}/v3/directline/conversations/${this.id}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, from: { id: 'parent' } }) });
    if (posted.status !== 200) throw new Error(`posting failed: ${posted.status}`);
    const until = Date.now() + 10000;
    for (;;) {
      const fresh = (await this.activities()).slice(before.length).filter((a) => a.from.role !== 'user' && a.type === 'message' && a.channelData?.sendNavigator?.kind !== 'welcome');
      if (fresh.length) return fresh.map((a) => a.text ?? '').join('\n');
      if (Date.now() > until) throw new Error('no reply');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async activities(): Promise<Array<{ type: string; text?: string; from: { role?: string }; channelData?: { sendNavigator?: { kind: string } } }>> {
    const r = await fetch(`${this.base}/v3/directline/conversations/${this.id}/activities`, { headers: { Authorization: `Bearer ${this.token}` } });
    return ((await r.json()) as { activities: Array<{ type: string; text?: string; from: { role?: string }; channelData?: { sendNavigator?: { kind: string } } }> }).activities;
  }
}
