import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity, CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../logging/logger';
import { ConversationStore, TOKEN_LIFETIME_SECONDS, type LocalConversation } from './conversationStore';

/**
 * A Direct Line 3.0-compatible endpoint on this server, so Web Chat works with no Azure account:
 *   POST /v3/directline/conversations                     start (no credentials) -> token for it
 *   GET  /v3/directline/conversations/:id                 reconnect (token) -> stream address
 *   POST /v3/directline/conversations/:id/activities      the parent's message (token)
 *   GET  /v3/directline/conversations/:id/activities      poll after ?watermark= (token)
 *   WS   /v3/directline/conversations/:id/stream?t=token  push, with the backlog on connect
 *   POST /v3/directline/tokens/refresh                    extend the token
 * The bot replies through CloudAdapter to `serviceUrl`, which points back here:
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
  readonly store?: ConversationStore;
}

export class LocalDirectLine {
  readonly store: ConversationStore;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: LocalDirectLineOptions) {
    this.store = options.store ?? new ConversationStore();
    this.registerRoutes(options.server);
    options.server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(req, socket, head));
  }

  /** Waits for bot turns still running (graceful shutdown, tests). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  close(): void {
    for (const client of this.wss.clients) client.close(1001, 'server shutting down');
    this.wss.close();
  }

  private registerRoutes(server: Server): void {
    const base = '/v3/directline';
    server.post(`${base}/conversations`, async (req: Request, res: Response) => {
      const body = (req.body ?? {}) as { user?: { id?: unknown } };
      const conversation = this.store.create(typeof body.user?.id === 'string' ? body.user.id : undefined);
      this.options.logger.info('directline.conversation_started', { conversation: shortId(conversation.id) });
      // The bot says hello when the parent joins (the welcome waits in the backlog until the page connects).
      this.deliverToBot(conversation, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT_ID, name: BOT_NAME }, { id: conversation.userId, name: 'You' }],
      });
      res.send(201, this.describe(req, conversation));
    });

    server.get(`${base}/conversations/:id`, async (req: Request, res: Response) => {
      const c = this.authorised(req, res);
      if (c) res.send(200, this.describe(req, c));
    });

    server.post(`${base}/conversations/:id/activities`, async (req: Request, res: Response) => {
      const c = this.authorised(req, res);
      if (!c) return;
      const incoming = req.body as Partial<Activity> | undefined;
      if (!incoming || typeof incoming !== 'object' || Array.isArray(incoming) || typeof incoming.type !== 'string') {
        res.send(400, { error: { code: 'BadArgument', message: 'The body must be an activity with a type.' } });
        return;
      }
      if (incoming.text !== undefined && typeof incoming.text !== 'string') {
        res.send(400, { error: { code: 'BadArgument', message: 'text must be a string.' } });
        return;
      }
      const activity: Partial<Activity> = {
        type: incoming.type,
        text: incoming.text,
        value: incoming.value,
        locale: typeof incoming.locale === 'string' ? incoming.locale : 'en-GB',
        attachments: Array.isArray(incoming.attachments) ? incoming.attachments : undefined,
        channelData: incoming.channelData,
        from: { id: c.userId, name: typeof incoming.from?.name === 'string' ? incoming.from.name : 'You', role: 'user' },
      };
      const id = this.store.append(c, { ...activity, channelId: 'directline', conversation: { id: c.id, isGroup: false, conversationType: 'personal', name: '' } });
      const turn = this.deliverToBot(c, { ...activity, id });
      await turn;
      res.send(200, { id });
    });

    server.get(`${base}/conversations/:id/activities`, async (req: Request, res: Response) => {
      const c = this.authorised(req, res);
      if (!c) return;
      const watermark = Number((req.query as Record<string, string> | undefined)?.watermark ?? 0);
      res.send(200, this.store.since(c, watermark));
    });

    server.post(`${base}/tokens/refresh`, async (req: Request, res: Response) => {
      const token = bearer(req);
      const c = token ? this.store.findByToken(token) : undefined;
      if (!c) {
        res.send(403, { error: { code: 'TokenExpired', message: 'The token is not valid. Start a new conversation.' } });
        return;
      }
      this.store.refresh(c);
      res.send(200, { conversationId: c.id, token: c.token, expires_in: TOKEN_LIFETIME_SECONDS });
    });

    // The connector routes CloudAdapter posts the bot's replies to.
    const fromBot = async (req: Request, res: Response) => {
      if (!isLoopback(req.socket.remoteAddress)) {
        res.send(403, { error: { code: 'Forbidden', message: 'Only the bot on this server may post replies.' } });
        return;
      }
      const c = this.store.get(String(req.params.id));
      const activity = req.body as Partial<Activity> | undefined;
      if (!c || !activity || typeof activity !== 'object') {
        res.send(404, { error: { code: 'NotFound', message: 'No such conversation.' } });
        return;
      }
      const id = this.store.append(c, { ...activity, from: { id: BOT_ID, name: BOT_NAME, role: 'bot' } });
      res.send(200, { id });
    };
    server.post('/v3/conversations/:id/activities', fromBot);
    server.post('/v3/conversations/:id/activities/:replyToId', fromBot);
  }

  private deliverToBot(c: LocalConversation, activity: Partial<Activity>): Promise<void> {
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
      .processActivityDirect('', full as Activity, this.options.botLogic)
      .catch((err: unknown) => this.options.logger.error('directline.turn_failed', { conversation: shortId(c.id), error: err as Error }));
    this.pending.add(turn);
    void turn.finally(() => this.pending.delete(turn));
    return turn;
  }

  private describe(req: Request, c: LocalConversation) {
    const host = req.headers.host ?? 'localhost';
    const secure = (req.headers['x-forwarded-proto'] ?? '') === 'https' || (req.socket as { encrypted?: boolean }).encrypted;
    return {
      conversationId: c.id,
      token: c.token,
      expires_in: Math.round((c.tokenExpires - Date.now()) / 1000),
      streamUrl: `${secure ? 'wss' : 'ws'}://${host}/v3/directline/conversations/${c.id}/stream?t=${encodeURIComponent(c.token)}`,
      userId: c.userId,
    };
  }

  private authorised(req: Request, res: Response): LocalConversation | undefined {
    const c = this.store.authorise(String(req.params.id), bearer(req));
    if (!c) {
      res.send(403, { error: { code: 'BadArgument', message: 'This conversation needs its own valid token.' } });
      return undefined;
    }
    return c;
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = url.pathname.match(/^\/v3\/directline\/conversations\/([^/]+)\/stream$/);
    const c = m ? this.store.authorise(m[1], url.searchParams.get('t') ?? undefined) : undefined;
    if (!c) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      // Send what the client missed (the welcome!), then everything new as it happens.
      const watermark = Number(url.searchParams.get('watermark') ?? 0);
      const backlog = this.store.since(c, watermark);
      if (backlog.activities.length) ws.send(JSON.stringify({ activities: backlog.activities, watermark: String(backlog.watermark) }));
      const unsubscribe = this.store.subscribe(c.id, (activity, wm) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities: [activity], watermark: String(wm) }));
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
  }
}

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

/** Enough of an id to follow one conversation through the logs, not enough to use it. */
function shortId(id: string): string {
  return id.slice(0, 6);
}
