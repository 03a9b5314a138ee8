import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import { ConfigurationBotFrameworkAuthentication, ShowTypingMiddleware, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { createBot } from '../bot/createBot';
import { HandoffRelay, type ProactiveRunner } from '../bot/handoffRelay';
import { withoutReplyTo } from '../bot/proactiveMessages';
import { HandoffWaitWatcher } from '../bot/handoffWaitWatcher';
import { ParentPresence } from '../domain/handoff/parentPresence';
import { purgeExpiredHandoffs } from '../domain/handoff/retention';
import { buildReply } from '../bot/replies';
import { TeamsAttachmentsMiddleware } from '../bot/teams/teamsAttachmentsMiddleware';
import { startAdviserChannelNotifier } from '../bot/teams/adviserChannelNotifier';
import { LegacyDiskFiles } from '../domain/files/legacyDiskFiles';
import { ParentFileStore } from '../domain/files/parentFileStore';
import { openStores } from '../storage/storageFactory';
import { TOKEN_LIFETIME_SECONDS } from './directLine/conversationStore';
import { LocalDirectLine, refuseUpgrade } from './directLine/localDirectLine';
import { isLoopbackAddress } from './security/clientAddress';
import type { ConversationEraser } from '../domain/privacy/conversationData';
import { AbuseLimits } from './security/abuseLimits';
import { BotMessagesEndpoint, SendNavigatorAdapter } from './security/botEndpoint';
import { bodyLimits } from './security/bodyLimits';
import { prefersHtml, reshapeFrameworkError, sendError } from './security/httpErrors';
import { fileGonePage, NOT_FOUND_PAGE, SERVER_ERROR_PAGE, sendErrorPage } from './errorPages';
import { plural } from '../domain/privacy/retentionText';
import { setSecurityHeaders } from './security/securityHeaders';
import { registerWebChatPage } from './webChatPage';
import { registerAdviserHub } from './advisers/adviserHub';
import { openKnowledgeEditing } from './admin/openKnowledgeEditing';
import { registerKbAdmin } from './admin/registerKbAdmin';
import { registerGapsAdmin } from './admin/gapsAdmin';
import { startGapsHousekeeping } from '../bot/gapsHousekeeping';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  readonly directLine?: LocalDirectLine;
  /** The handoff queue the bot, the relay and the adviser hub share. */
  readonly handoffs?: HandoffQueue;
  /** Deletes everything stored about a conversation ("clear this conversation", the adviser hub). */
  readonly eraser?: ConversationEraser;
  /** Graceful: stops taking requests, lets turns in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** How often retention runs (each store deletes what is past its own period). */
const PURGE_EVERY_MS = 15 * 60 * 1000;
/** Longest a graceful stop waits for turns in flight (a channel that never answers must not hold it up). */
const DRAIN_TIMEOUT_MS = 10_000;

/** `handoffQueue`: the queue the adviser hub reads and writes (tests pass their own). */
export interface StartServerOptions { readonly handoffQueue?: HandoffQueue }

/** Builds and starts the HTTP server: the bot endpoint, the local Direct Line, the page. */
export async function startServer(config: AppConfig, logger: Logger, options: StartServerOptions = {}): Promise<RunningServer> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  // DATABASE_URL set: the shared PostgreSQL database (several instances); otherwise the embedded SQLite file.
  const stores = await openStores(config, logger);
  let publicUrl = config.publicUrl;
  // Files for parents are in the database, so any instance serves them. Transitional: files an older
  // version left under DATA_DIR/files are still served and purged until they expire.
  const files = new ParentFileStore(stores.files, () => publicUrl, config.retention.fileDays, { legacy: LegacyDiskFiles.ifPresent(config.dataDir) });
  // The knowledge base lives in the database (seeded from knowledge/ on first start); publishing swaps it live.
  const knowledge = await openKnowledgeEditing({ store: stores.kb, config, logger });
  // Another instance published: swap in the new index here too.
  const stopKnowledgeEvents = stores.onKnowledgeChangedElsewhere(() => {
    knowledge.editor.reloadIfChanged().then((changed) => {
      if (changed) logger.info('kb.reloaded', { reason: 'published on another instance', articles: knowledge.live.articles.length });
    }, (error: unknown) => logger.error('kb.reload_failed', { error: error as Error }));
  });
  const { bot, deps, handoffs, handoffState, eraser } = createBot({
    config, logger, files, storage: stores.botStorage, handoffQueue: options.handoffQueue ?? stores.handoffs, gapsStore: stores.gaps, knowledgeBase: knowledge.live,
  });
  // What must happen once, not once per instance (messaging the parent, a Teams notice), follows the changes made here.
  const handoffsMadeHere = options.handoffQueue ?? stores.handoffsMadeHere;

  // With no app id, an empty configuration is botbuilder's local mode (no authentication).
  const auth = new ConfigurationBotFrameworkAuthentication(config.botAuth.MicrosoftAppId ? { ...config.botAuth } : {});
  const adapter = new SendNavigatorAdapter(auth);
  adapter.use(new ShowTypingMiddleware(300, 2000));
  adapter.use(new TeamsAttachmentsMiddleware());
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('bot.turn_error', { error });
    try {
      await context.sendActivity(buildReply(
        'Sorry, something went wrong on my side. Please try again. If it keeps happening, contact your local SENDIASS service.',
        { kind: 'info' },
      ));
    } catch { /* the channel may be gone; nothing more to do */ }
  };
  const botLogic = (context: TurnContext) => bot.run(context);

  // Advisers join, write and close from outside a parent's turn: the relay messages the parent proactively.
  // A local Direct Line conversation (a loopback service URL) may have started on another instance:
  // its replies go through this instance's own Direct Line, which shares the conversation's store.
  const proactive: ProactiveRunner = (reference, logic) => adapter.continueConversationAsync(config.botAuth.MicrosoftAppId ?? '',
    config.localDirectLine && isLoopbackUrl(reference.serviceUrl) ? { ...reference, serviceUrl: address } : reference, withoutReplyTo(logic));
  const relay = new HandoffRelay({ queue: handoffsMadeHere, state: handoffState, proactive, logger });
  relay.start();
  const stopAdviserNotices = startAdviserChannelNotifier({ config, queue: handoffsMadeHere, adapter, logger });
  const waitWatcher = new HandoffWaitWatcher({ handoff: deps.handoff, state: handoffState, proactive, logger, clock: deps.clock });
  waitWatcher.start();
  const purgeHandoffs = () => purgeExpiredHandoffs(handoffs, config.retention.handoffDays, new Date())
    .then((count) => { if (count) logger.info('handoff.purged', { count }); })
    .catch((error: unknown) => logger.error('handoff.purge_failed', { error }));
  void purgeHandoffs();
  // Gap records (the admins' "what parents could not find"): deleted after gapsMonths, checked hourly.
  const gapsHousekeeping = startGapsHousekeeping({ gaps: deps.gaps, retention: config.retention, logger });

  const server = restify.createServer({ name: 'send-navigator', handleUncaughtExceptions: false });
  const limits = new AbuseLimits(config.limits);
  let stopping = false;
  // In order, before any route runs: headers, shutdown, body size, abuse limits (then the body is read).
  server.pre((req: Request, res: Response, next) => {
    setSecurityHeaders(req, res);
    // While stopping, the bot's own replies (loopback) still land; nothing new is taken on.
    if (stopping && !req.getPath().startsWith('/v3/conversations/')) {
      res.setHeader('Connection', 'close');
      sendError(res, 503, 'ServiceUnavailable', 'The server is restarting. Please try again in a moment.', { 'Retry-After': '5' });
      return next(false);
    }
    return next();
  });
  server.pre(bodyLimits(config.limits.maxBodyBytes));
  server.pre(limits.perAddressHandler());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: config.limits.maxBodyBytes, rejectUnknown: false }));

  const botEndpoint = new BotMessagesEndpoint({ adapter, auth, botLogic, limits, loopbackOnly: !config.botAuth.MicrosoftAppId, logger });
  server.post('/api/messages', botEndpoint.handle);

  let address = `http://127.0.0.1:${config.port}`;
  const directLineStore = stores.directLine;
  eraser.register(directLineStore);
  // Whether a parent who asked for a person is still in the web chat (the local Direct Line knows).
  const presence = config.localDirectLine
    ? new ParentPresence({ queue: handoffs, awayMinutes: config.handoff.parentAwayMinutes, cannotReturnAfterMinutes: TOKEN_LIFETIME_SECONDS / 60, clock: deps.clock, logger })
    : undefined;
  const directLine = config.localDirectLine
    ? new LocalDirectLine({ server, adapter, botLogic, serviceUrl: () => address, logger, store: directLineStore, limits, eraser, presence })
    : undefined;
  presence?.start();
  // Without the local Direct Line nothing here takes WebSockets: refuse them rather than leave them open.
  if (!directLine) server.server.on('upgrade', (_req: unknown, socket: Duplex) => refuseUpgrade(socket, '404 Not Found'));

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok', articles: deps.kb.articles.length, kbLastChecked: deps.kb.lastChecked, localDirectLine: Boolean(directLine) });
  });

  server.get('/files/:id/:name', async (req: Request, res: Response) => {
    const file = await files.get(String(req.params.id));
    if (!file) {
      // A parent following an old link gets a page saying what happened and how to make the file again.
      if (prefersHtml(req)) sendErrorPage(res, 404, fileGonePage(config.retention.fileDays));
      else sendError(res, 404, 'NotFound', `This file is no longer available. Files are kept for ${plural(config.retention.fileDays, 'day')}.`);
      return;
    }
    res.setHeader('Content-Type', `${file.contentType}; charset=utf-8`);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.sendRaw(200, file.content);
  });

  registerWebChatPage(server, config, logger);
  const adviserHub = registerAdviserHub(server, { config, logger, stores: { staff: stores.staff, audit: stores.handoffAudit }, handoffQueue: handoffs });
  const kbAdmin = registerKbAdmin(server, { editor: knowledge.editor, guard: adviserHub.guard, config, logger });
  registerGapsAdmin(server, {
    store: deps.gaps.store, guard: adviserHub.guard, logger, retentionMonths: config.retention.gapsMonths, cacheFiles: config.env === 'production',
    articleTitles: () => new Map(deps.kb.articles.map((a) => [a.id, a.title])),
  });

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    // The route's pattern, not the path: paths carry conversation ids.
    if ((err.statusCode ?? 500) >= 500) logger.error('http.error', { method: req.method, route: req.getRoute()?.path ?? '(none)', error: err });
    // Someone opening a wrong address in a browser gets a page for people; everyone else, JSON.
    const status = err.statusCode ?? 500;
    if (prefersHtml(req) && (status === 404 || status >= 500)) sendErrorPage(res, status, status === 404 ? NOT_FOUND_PAGE : SERVER_ERROR_PAGE);
    else reshapeFrameworkError(err);
    return next();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `http://127.0.0.1:${port}`;
  const url = config.port === port ? config.publicUrl : `http://localhost:${port}`;
  // PORT=0 (tests, benchmarks): links to files must use the port actually chosen.
  if (!config.publicUrlConfigured) publicUrl = url;

  const purgeConversations = () => stores.purgeConversations(config.retention.conversationHours).then((purged) => {
    if (purged.conversationState || purged.webChatConversations) logger.info('retention.purged', purged);
  }, (error: unknown) => logger.error('retention.purge_failed', { error: error as Error }));
  await purgeConversations();
  void files.purgeExpired().catch(() => undefined);
  const purge = setInterval(() => {
    void files.purgeExpired().catch(() => undefined);
    void purgeConversations();
    void purgeHandoffs();
  }, PURGE_EVERY_MS);
  purge.unref();

  // A public installation must say who holds parents' information (UK GDPR article 13).
  if (config.publicUrlConfigured && !config.operator.name) {
    logger.warn('privacy.operator_not_named', { fix: 'set OPERATOR_NAME and OPERATOR_PRIVACY_CONTACT so the privacy notice names who holds parents\' information' });
  }
  logger.info('server.started', { url, localDirectLine: Boolean(directLine), azureDirectLine: Boolean(config.azureDirectLine), dataDir: path.relative(process.cwd(), config.dataDir) || '.' });
  return {
    server,
    url,
    directLine,
    handoffs,
    eraser,
    async close() {
      if (stopping) return;
      // 1. Take nothing new: every request but the bot's own replies now gets 503.
      stopping = true;
      clearInterval(purge);
      waitWatcher.stop();
      await presence?.stop();
      relay.stop();
      stopAdviserNotices?.();
      adviserHub.close();
      kbAdmin.close();
      stopKnowledgeEvents();
      // 2. Let the turns in flight finish. Still listening: their replies come back over loopback.
      const drained = await Promise.race([
        Promise.all([directLine?.drain(), botEndpoint.drain(), relay.idle()]).then(() => true),
        new Promise<false>((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS, false).unref()),
      ]);
      if (!drained) logger.warn('server.drain_timed_out', { seconds: DRAIN_TIMEOUT_MS / 1000 });
      // 3. Stop listening, hang up on the rest, then close the database (which checkpoints its log).
      directLine?.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
      await gapsHousekeeping.stop();
      await stores.close();
      logger.info('server.stopped', {});
    },
  };
}

function isLoopbackUrl(serviceUrl: string | undefined): boolean {
  try {
    const host = new URL(serviceUrl ?? '').hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || isLoopbackAddress(host);
  } catch {
    return false;
  }
}
