import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity, Attachment, CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import { personal, type Logger } from '../../logging/logger';
import type { ConversationEraser } from '../../domain/privacy/conversationData';
import type { AbuseLimits } from '../security/abuseLimits';
import { isLoopbackAddress } from '../security/clientAddress';
import { sendError } from '../security/httpErrors';
import { MemoryDirectLineStore, TOKEN_LIFETIME_SECONDS, watermarkFrom, type DirectLineConversation, type DirectLineStore } from './conversationStore';
import { StreamClient } from './streamClient';

/**
 * A Direct Line 3.0-compatible endpoint on this server, so Web Chat works with no Azure account:
 *   POST   /v3/directline/conversations                     start (no credentials) -> token for it
 *   GET    /v3/directline/conversations/:id                 reconnect (token) -> stream address
 *   DELETE /v3/directline/conversations/:id                 "clear this conversation" (token): erases it everywhere
 *   POST   /v3/directline/conversations/:id/leave           "start a new conversation" (token): a request for a person ends
 *   POST   /v3/directline/conversations/:id/activities      the parent's message (token)
 *   GET    /v3/directline/conversations/:id/activities      poll after ?watermark= (token)
 *   WS     /v3/directline/conversations/:id/stream?t=token  push, with the backlog on connect
 *   POST   /v3/directline/tokens/refresh                    extend the token
 * The bot's replies during a parent's turn go straight into the conversation; replies sent outside
 * a turn (an adviser's messages) come through CloudAdapter to `serviceUrl`, which points back here:
 *   POST /v3/conversations/:id/activities[/:replyToId]    (loopback only)
 */

export const BOT_ID = 'send-navigator';
export const BOT_NAME = 'SEND Navigator';

export interface LocalDirectLineOptions {
  readonly server: Server;
  readonly adapter: CloudAdapter;
  readonly botLogic: (context: Parameters<Parameters<CloudAdapter['processActivityDirect']>[2]>[0]) => Promise<void>;
  /** Where the adapter should post replies: this server's own loopback address. */
  readonly serviceUrl: () => string;
  readonly logger: Logger;
  /** Where conversations live (the server: its database); default in memory. */
  readonly store?: DirectLineStore;
  /** Per-conversation and per-address limits; none when absent. */
  readonly limits?: AbuseLimits;
  /** Erases everything stored about a conversation in the other stores (bot state, handoffs). */
  readonly eraser?: ConversationEraser;
  /** Told when a parent is in the chat (a message, an open stream) and when they leave it; see parentPresence.ts. */
  readonly presence?: ParentPresenceHooks;
  /** How often open streams are reported as parents still here (default every minute). */
  readonly presenceEveryMs?: number;
}

/** Whether parents are still in their chat, for the handoff queue (src/domain/handoff/parentPresence.ts). */
export interface ParentPresenceHooks {
  seen(conversationIds: readonly string[]): void;
  left(conversationId: string): Promise<unknown>;
}

export class LocalDirectLine {
  readonly store: DirectLineStore;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly pending = new Map<string, Set<Promise<unknown>>>();
  /** Open streams, per conversation. */
  private readonly streams = new Map<string, Set<StreamClient>>();
  private readonly stopHearingOthers: () => void;
  private readonly presenceTimer?: NodeJS.Timeout;
  private closing = false;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.store = options.store ?? new MemoryDirectLineStore();
    this.registerRoutes(options.server);
    options.server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.onUpgrade(req, socket, head));
    // Several instances sharing one store: show what another instance stored to streams open here.
    this.stopHearingOthers = this.store.onAppendedElsewhere?.((conversationId, watermark) => {
      for (const stream of this.streams.get(conversationId) ?? []) stream.notify(watermark);
    }) ?? (() => undefined);
    // A parent with the chat open is still there, even if they write nothing.
    const presence = options.presence;
    if (presence) {
      this.presenceTimer = setInterval(() => presence.seen([...this.streams.keys()]), options.presenceEveryMs ?? 60_000);
      this.presenceTimer.unref();
    }
  }

  /** Bot turns still running. */
  get pendingTurns(): number {
    let n = 0;
    for (const set of this.pending.values()) n += set.size;
    return n;
  }

  /** Waits for bot turns still running (graceful shutdown, tests). */
  async drain(conversationId?: string): Promise<void> {
    for (;;) {
      const turns = conversationId ? [...(this.pending.get(conversationId) ?? [])] : [...this.pending.values()].flatMap((s) => [...s]);
      if (!turns.length) return;
      await Promise.allSettled(turns);
    }
  }

  close(): void {
    this.closing = true;
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.stopHearingOthers();
    for (const client of this.wss.clients) client.close(1001, 'server shutting down');
    this.wss.close();
  }

  private registerRoutes(server: Server): void {
    const base = '/v3/directline';
    server.post(`${base}/conversations`, async (req: Request, res: Response) => {
      const body = req.body as { user?: { id?: unknown } } | undefined;
      const requestedUser = isObject(body) && isObject(body.user) && typeof body.user.id === 'string' ? body.user.id : undefined;
      const { conversation, token } = await this.store.create(requestedUser);
      this.options.logger.info('directline.conversation_started', { conversation: shortId(conversation.id) });
      // The bot says hello when the parent joins (the welcome waits in the backlog until the page connects).
      void this.deliverToBot(conversation, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT_ID, name: BOT_NAME }, { id: conversation.userId, name: 'You' }],
      });
      res.send(201, this.describe(req, conversation, token));
    });

    server.get(`${base}/conversations/:id`, async (req: Request, res: Response) => {
      const c = await this.authorised(req, res);
      if (!c) return;
      this.options.presence?.seen([c.id]);
      res.send(200, this.describe(req, c, bearer(req)!, watermarkFrom(query(req).watermark)));
    });

    // "Start a new conversation": this one is over for the parent, so a request for a person ends
    // (or, with a call-back still to do, stays with the parent marked as gone). Nothing is deleted.
    server.post(`${base}/conversations/:id/leave`, async (req: Request, res: Response) => {
      const c = await this.authorised(req, res);
      if (!c) return;
      // A turn still running (the "Yes" that queued them) finishes first.
      await this.drain(c.id);
      await this.options.presence?.left(c.id);
      for (const stream of this.streams.get(c.id) ?? []) stream.close(1000, 'conversation left');
      this.options.logger.info('directline.conversation_left', { conversation: shortId(c.id) });
      res.send(200, { left: true });
    });

    server.del(`${base}/conversations/:id`, async (req: Request, res: Response) => {
      const c = await this.authorised(req, res);
      if (!c) return;
      // Let a turn still running finish first, so it cannot write anything back afterwards.
      await this.drain(c.id);
      const counts = { ...(await this.options.eraser?.erase(c.id)) };
      await this.store.erase(c.id);
      for (const stream of this.streams.get(c.id) ?? []) stream.close(1000, 'conversation cleared');
      this.streams.delete(c.id);
      this.options.logger.info('directline.conversation_erased', { conversation: shortId(c.id), records: counts });
      res.send(200, { erased: true });
    });

    server.post(`${base}/conversations/:id/activities`, async (req: Request, res: Response) => {
      const c = await this.authorised(req, res);
      if (!c) return;
      if (this.options.limits && !this.options.limits.admitConversationMessage(`directline:${c.id}`, res)) return;
      const incoming = req.body as Record<string, unknown> | undefined;
      if (!isObject(incoming) || typeof incoming.type !== 'string' || !incoming.type || incoming.type.length > 64) {
        sendError(res, 400, 'BadArgument', 'The body must be an activity with a type.');
        return;
      }
      if (incoming.text !== undefined && incoming.text !== null && typeof incoming.text !== 'string') {
        sendError(res, 400, 'BadArgument', 'text must be a string.');
        return;
      }
      const from = isObject(incoming.from) ? incoming.from : {};
      const activity: Partial<Activity> = {
        type: incoming.type,
        text: typeof incoming.text === 'string' ? incoming.text : undefined,
        value: incoming.value,
        locale: typeof incoming.locale === 'string' && incoming.locale.length <= 20 ? incoming.locale : 'en-GB',
        attachments: Array.isArray(incoming.attachments) ? incoming.attachments.filter(isAttachment) : undefined,
        channelData: isObject(incoming.channelData) ? incoming.channelData : undefined,
        from: { id: c.userId, name: typeof from.name === 'string' ? from.name.slice(0, 100) : 'You', role: 'user' },
      };
      const appended = await this.append(c.id, { ...activity, channelId: 'directline', conversation: { id: c.id, isGroup: false, conversationType: 'personal', name: '' } });
      if (!appended) {
        sendError(res, 404, 'NotFound', 'This conversation has ended. Please start a new one.');
        return;
      }
      this.options.logger.debug('directline.message_received', { conversation: shortId(c.id), type: activity.type, chars: activity.text?.length ?? 0, text: personal(activity.text) });
      await this.deliverToBot(c, { ...activity, id: appended });
      // After the turn: a request for a person it made is marked too.
      this.options.presence?.seen([c.id]);
      res.send(200, { id: appended });
    });

    server.get(`${base}/conversations/:id/activities`, async (req: Request, res: Response) => {
      const c = await this.authorised(req, res);
      if (!c) return;
      const page = await this.store.since(c.id, watermarkFrom(query(req).watermark));
      res.send(200, { activities: page.activities, watermark: String(page.watermark) });
    });

    server.post(`${base}/tokens/refresh`, async (req: Request, res: Response) => {
      const token = bearer(req);
      const found = token ? await this.store.findByToken(token) : undefined;
      const c = found && await this.store.refresh(found.id);
      if (!c || !token) {
        sendError(res, 403, 'TokenExpired', 'The token is not valid. Start a new conversation.');
        return;
      }
      this.options.presence?.seen([c.id]);
      res.send(200, { conversationId: c.id, token, expires_in: TOKEN_LIFETIME_SECONDS });
    });

    // The connector routes CloudAdapter posts the bot's replies to (outside a parent's turn).
    const fromBot = async (req: Request, res: Response) => {
      if (!isLoopbackAddress(req.socket.remoteAddress ?? '')) {
        sendError(res, 403, 'Forbidden', 'Only the bot on this server may post replies.');
        return;
      }
      const c = await this.store.get(String(req.params.id));
      const activity = req.body as Partial<Activity> | undefined;
      if (!c || !isObject(activity)) {
        sendError(res, 404, 'NotFound', 'No such conversation.');
        return;
      }
      const id = await this.acceptFromBot(c.id, activity);
      if (!id) {
        sendError(res, 404, 'NotFound', 'No such conversation.');
        return;
      }
      res.send(200, { id });
    };
    server.post('/v3/conversations/:id/activities', fromBot);
    server.post('/v3/conversations/:id/activities/:replyToId', fromBot);
  }

  /** What the bot sent: stored and shown to whoever is connected; returns its id. */
  private async acceptFromBot(conversationId: string, activity: Partial<Activity>): Promise<string | undefined> {
    const reply: Partial<Activity> = { ...activity, from: { id: BOT_ID, name: BOT_NAME, role: 'bot' } };
    if (reply.type === 'typing') {
      // "Typing…" matters only now: shown to whoever is connected, never stored.
      const id = `${conversationId}|typing`;
      for (const stream of this.streams.get(conversationId) ?? []) stream.showNow({ ...reply, id, timestamp: new Date() });
      return id;
    }
    return this.append(conversationId, reply);
  }

  /**
   * Replies sent during a parent's turn go straight into the conversation instead of over HTTP
   * to this same server (for a bare bot, that round trip was half the work of a turn). The
   * connector routes above still take replies sent outside a turn (an adviser's messages).
   */
  private withLocalReplies(context: TurnContext): void {
    const key = this.options.adapter.ConnectorClientKey;
    const http = context.turnState.get(key) as { conversations: object } | undefined;
    if (!http) return;
    const deliver = async (conversationId: string, activity: Partial<Activity>) => {
      // A copy (the store turns it into the same plain JSON the HTTP route would have received).
      const id = await this.acceptFromBot(conversationId, { ...activity });
      if (!id) throw new Error('No such conversation.');
      return { id };
    };
    const conversations: object = Object.create(http.conversations, {
      sendToConversation: { value: (conversationId: string, activity: Partial<Activity>) => deliver(conversationId, activity) },
      replyToActivity: { value: (conversationId: string, _replyToId: string, activity: Partial<Activity>) => deliver(conversationId, activity) },
    });
    context.turnState.set(key, Object.create(http, { conversations: { value: conversations } }));
  }

  /** Stores an activity and shows it to whoever is connected; returns its id. */
  private async append(conversationId: string, activity: Partial<Activity>): Promise<string | undefined> {
    const appended = await this.store.append(conversationId, activity);
    if (appended) for (const stream of this.streams.get(conversationId) ?? []) stream.push(appended.json, appended.watermark);
    return appended?.id;
  }

  private deliverToBot(c: DirectLineConversation, activity: Partial<Activity>): Promise<void> {
    const full: Partial<Activity> = {
      ...activity,
      channelId: 'directline',
      serviceUrl: this.options.serviceUrl(),
      conversation: { id: c.id, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { id: BOT_ID, name: BOT_NAME, role: 'bot' },
      from: activity.from ?? { id: c.userId, role: 'user', name: '' },
      timestamp: new Date(),
      localTimestamp: new Date(),
    };
    const turn = this.options.adapter
      .processActivityDirect('', full as Activity, async (context) => {
        this.withLocalReplies(context);
        // With no network hop left, a turn could run start to end in one go; starting it on the
        // event loop's next pass keeps it visible in flight (graceful shutdown waits for it).
        await new Promise((resolve) => setImmediate(resolve));
        return this.options.botLogic(context);
      })
      .catch((err: unknown) => this.options.logger.error('directline.turn_failed', { conversation: shortId(c.id), error: err as Error }));
    let set = this.pending.get(c.id);
    if (!set) this.pending.set(c.id, (set = new Set()));
    set.add(turn);
    void turn.finally(() => {
      set.delete(turn);
      if (!set.size) this.pending.delete(c.id);
    });
    return turn;
  }

  private describe(req: Request, c: DirectLineConversation, token: string, watermark = 0) {
    const host = req.headers.host ?? 'localhost';
    const secure = (req.headers['x-forwarded-proto'] ?? '') === 'https' || (req.socket as { encrypted?: boolean }).encrypted;
    const resumeFrom = watermark ? `&watermark=${watermark}` : '';
    return {
      conversationId: c.id,
      token,
      expires_in: Math.max(0, Math.round((c.tokenExpires - Date.now()) / 1000)),
      streamUrl: `${secure ? 'wss' : 'ws'}://${host}/v3/directline/conversations/${c.id}/stream?t=${encodeURIComponent(token)}${resumeFrom}`,
      userId: c.userId,
    };
  }

  private async authorised(req: Request, res: Response): Promise<DirectLineConversation | undefined> {
    const c = await this.store.authorise(String(req.params.id), bearer(req));
    if (!c) {
      sendError(res, 403, 'BadArgument', 'This conversation needs its own valid token.');
      return undefined;
    }
    return c;
  }

  private async onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return refuseUpgrade(socket, '400 Bad Request');
    }
    const m = url.pathname.match(/^\/v3\/directline\/conversations\/([^/]+)\/stream$/);
    // No other part of the server takes WebSockets: anything else is refused, never left hanging.
    if (!m) return refuseUpgrade(socket, '404 Not Found');
    if (this.closing) return refuseUpgrade(socket, '503 Service Unavailable');
    const admitted = this.options.limits?.admitAddress(req);
    if (admitted && !admitted.allowed) return refuseUpgrade(socket, '429 Too Many Requests', `Retry-After: ${admitted.retryAfterSeconds}\r\n`);
    let c: DirectLineConversation | undefined;
    try {
      c = await this.store.authorise(decodeURIComponentSafe(m[1]), url.searchParams.get('t') ?? undefined);
    } catch (error) {
      this.options.logger.error('directline.stream_failed', { error: error as Error });
      return refuseUpgrade(socket, '503 Service Unavailable');
    }
    if (!c) return refuseUpgrade(socket, '403 Forbidden');
    const conversation = c;
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      // Listen first, then send what the client missed (the welcome!): nothing falls in between.
      const stream = new StreamClient(ws, watermarkFrom(url.searchParams.get('watermark')), (from) => this.store.since(conversation.id, from));
      let streams = this.streams.get(conversation.id);
      if (!streams) this.streams.set(conversation.id, (streams = new Set()));
      streams.add(stream);
      stream.catchUp();
      this.options.presence?.seen([conversation.id]);
      const forget = () => {
        const open = this.streams.get(conversation.id);
        open?.delete(stream);
        if (open && !open.size) this.streams.delete(conversation.id);
      };
      ws.on('close', forget);
      ws.on('error', forget);
    });
  }
}

export function refuseUpgrade(socket: Duplex, status: string, extraHeaders = ''): void {
  socket.write(`HTTP/1.1 ${status}\r\n${extraHeaders}Connection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7).trim() || undefined : undefined;
}

function query(req: Request): Record<string, unknown> {
  return isObject(req.query) ? req.query : {};
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isAttachment(v: unknown): v is Attachment {
  return isObject(v) && typeof v.contentType === 'string';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Enough of an id to follow one conversation through the logs, not enough to use it. */
function shortId(id: string): string {
  return id.slice(0, 6);
}
