import http from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * A Direct Line 3.0 client as Web Chat uses it, cut down to what the benchmark needs: start a
 * conversation, listen on its WebSocket stream, post messages. Plain node:http with keep-alive
 * (not fetch), so the load generator spends as little CPU as it can on its own side.
 */

export interface StreamedActivity {
  readonly type: string;
  readonly id?: string;
  readonly replyToId?: string;
  readonly text?: string;
  readonly from?: { readonly id?: string; readonly role?: string };
  readonly channelData?: { readonly sendNavigator?: { readonly kind?: string } };
  readonly suggestedActions?: { readonly actions?: ReadonlyArray<{ readonly title?: string; readonly value?: unknown }> };
  readonly attachments?: ReadonlyArray<{ readonly content?: unknown }>;
}

/** A bot activity and when (performance.now()) the stream delivered it. */
export interface Received {
  readonly activity: StreamedActivity;
  readonly at: number;
}

export class HttpError extends Error {
  constructor(readonly status: number, what: string) {
    super(`${what}: HTTP ${status}`);
    this.name = 'HttpError';
  }
}

export class DirectLineClient {
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(baseUrl: string, maxSockets: number) {
    this.base = new URL(baseUrl);
    // FIFO: every kept-alive socket is reused in turn, so none sits idle until the server closes it under a request.
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' });
  }

  close(): void {
    this.agent.destroy();
  }

  /** Starts a conversation and connects its stream (the welcome comes down the stream). */
  async start(timeoutMs: number): Promise<DirectLineConversation> {
    const { status, body } = await this.request('POST', '/v3/directline/conversations', undefined, {}, timeoutMs);
    if (status !== 201) throw new HttpError(status, 'start conversation');
    const started = body as { conversationId: string; token: string; streamUrl: string };
    const conversation = new DirectLineConversation(this, started.conversationId, started.token);
    await conversation.connect(started.streamUrl, timeoutMs);
    return conversation;
  }

  request(method: 'GET' | 'POST', path: string, token: string | undefined, payload: unknown, timeoutMs: number): Promise<{ status: number; body: unknown }> {
    const data = payload === undefined ? undefined : Buffer.from(JSON.stringify(payload));
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.base.hostname,
        port: this.base.port,
        method,
        path,
        agent: this.agent,
        headers: {
          ...(data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {}),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try { body = text ? JSON.parse(text) : undefined; } catch { /* not JSON: keep the text */ }
          resolve({ status: res.statusCode ?? 0, body });
        });
        res.on('error', reject);
      });
      const what = `${method} ${path.replace(/\/conversations\/[^/?]+/, '/conversations/:id').split('?')[0]}`;
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      req.on('error', (err) => reject(new Error(`${what}: ${err.message}`)));
      req.end(data);
    });
  }
}

export class DirectLineConversation {
  private socket?: WebSocket;
  /** Bot activities as they arrive, keyed by the activity they answer. */
  private readonly replies = new Map<string, Received[]>();
  private readonly waiters = new Set<() => void>();
  private welcomed = false;

  constructor(private readonly client: DirectLineClient, readonly id: string, private readonly token: string) {}

  connect(streamUrl: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(streamUrl, { perMessageDeflate: false });
      this.socket = ws;
      const timer = setTimeout(() => { ws.terminate(); reject(new Error('stream did not open in time')); }, timeoutMs);
      ws.once('open', () => { clearTimeout(timer); resolve(); });
      ws.once('error', (err) => { clearTimeout(timer); reject(err); });
      ws.on('message', (data) => this.onFrame(String(data)));
      ws.on('close', () => { for (const wake of [...this.waiters]) wake(); });
    });
  }

  private onFrame(frame: string): void {
    const at = performance.now();
    let parsed: { activities?: StreamedActivity[] };
    try { parsed = JSON.parse(frame) as { activities?: StreamedActivity[] }; } catch { return; }
    for (const activity of parsed.activities ?? []) {
      if (activity.from?.role === 'user' || activity.type !== 'message') continue;
      if (!activity.replyToId) { this.welcomed = true; continue; }
      const list = this.replies.get(activity.replyToId) ?? [];
      list.push({ activity, at });
      this.replies.set(activity.replyToId, list);
    }
    for (const wake of [...this.waiters]) wake();
  }

  /** Waits for the bot's first unprompted message (its welcome). */
  async welcome(timeoutMs: number): Promise<void> {
    await this.waitUntil(() => this.welcomed, timeoutMs, 'no welcome');
  }

  /** Posts a message; resolves with its activity id once the bot's turn has ended (the local Direct Line answers then). */
  async post(text: string, timeoutMs: number): Promise<string> {
    const { status, body } = await this.client.request('POST', `/v3/directline/conversations/${encodeURIComponent(this.id)}/activities`, this.token,
      { type: 'message', text, from: { id: 'bench-parent' }, locale: 'en-GB' }, timeoutMs);
    if (status !== 200) throw new HttpError(status, 'post message');
    const id = (body as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') throw new Error('post message: no activity id in the answer');
    return id;
  }

  /**
   * The bot's replies to one message. The turn is over when `post` resolves, and every reply was
   * written to the stream before that answer; one tick lets frames read in the same poll land.
   */
  async repliesTo(activityId: string, timeoutMs: number): Promise<Received[]> {
    await new Promise((resolve) => setImmediate(resolve));
    await this.waitUntil(() => (this.replies.get(activityId)?.length ?? 0) > 0, timeoutMs, 'no reply');
    const list = this.replies.get(activityId)!;
    this.replies.delete(activityId);
    return list;
  }

  close(): void {
    this.socket?.close();
    for (const wake of [...this.waiters]) wake();
  }

  private waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (done()) { finish(); resolve(); } else if (this.socket?.readyState !== WebSocket.OPEN) { finish(); reject(new Error(`${what}: the stream closed`)); }
      };
      const timer = setTimeout(() => { finish(); reject(new Error(`${what} within ${timeoutMs} ms`)); }, timeoutMs);
      const finish = () => { clearTimeout(timer); this.waiters.delete(check); };
      this.waiters.add(check);
    });
  }
}
