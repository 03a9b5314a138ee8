import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ShowTypingMiddleware, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { createBot } from '../bot/createBot';
import { buildReply } from '../bot/replies';
import { DiskFileStore } from '../domain/files/diskFileStore';
import { openSqliteDatabase } from '../storage/sqlite/sqliteDatabase';
import { LocalDirectLine } from './directLine/localDirectLine';
import { registerWebChatPage } from './webChatPage';

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  readonly directLine?: LocalDirectLine;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;

/** Builds and starts the HTTP server: the bot endpoint, the local Direct Line, the page. */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = openSqliteDatabase(config.dataDir, logger);
  let publicUrl = config.publicUrl;
  const files = new DiskFileStore(config.dataDir, () => publicUrl, config.retention.fileDays * 24);
  const { bot, deps } = createBot({ config, logger, files, database });

  // With no app id, an empty configuration is botbuilder's local mode (no authentication).
  const auth = new ConfigurationBotFrameworkAuthentication(config.botAuth.MicrosoftAppId ? { ...config.botAuth } : {});
  const adapter = new CloudAdapter(auth);
  adapter.use(new ShowTypingMiddleware(300, 2000));
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

  const server = restify.createServer({ name: 'send-navigator', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }));
  server.pre((_req: Request, res: Response, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, botLogic);
  });

  let address = `http://127.0.0.1:${config.port}`;
  const directLine = config.localDirectLine
    ? new LocalDirectLine({ server, adapter, botLogic, serviceUrl: () => address, logger })
    : undefined;

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok', articles: deps.kb.articles.length, kbLastChecked: deps.kb.lastChecked, localDirectLine: Boolean(directLine) });
  });

  server.get('/files/:id/:name', async (req: Request, res: Response) => {
    const file = await files.get(String(req.params.id));
    if (!file) {
      res.send(404, { error: 'This file is no longer available. Files are kept for 7 days.' });
      return;
    }
    res.setHeader('Content-Type', `${file.contentType}; charset=utf-8`);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.sendRaw(200, file.content);
  });

  registerWebChatPage(server, config, logger);

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    if ((err.statusCode ?? 500) >= 500) logger.error('http.error', { method: req.method, path: req.getPath(), error: err });
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

  const purge = setInterval(() => {
    void files.purgeExpired().catch(() => undefined);
    directLine?.store.purgeIdle();
  }, 60 * 60 * 1000);
  purge.unref();

  logger.info('server.started', { url, localDirectLine: Boolean(directLine), azureDirectLine: Boolean(config.azureDirectLine), dataDir: path.relative(process.cwd(), config.dataDir) || '.' });
  return {
    server,
    url,
    directLine,
    async close() {
      clearInterval(purge);
      await directLine?.drain();
      directLine?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      database.close();
    },
  };
}
