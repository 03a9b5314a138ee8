import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import restify, { type Request, type Response } from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ShowTypingMiddleware, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../../src/config/config';
import type { Logger } from '../../src/logging/logger';
import type { RunningServer } from '../../src/server/createServer';
import { LocalDirectLine } from '../../src/server/directLine/localDirectLine';
import { AbuseLimits } from '../../src/server/security/abuseLimits';
import { bodyLimits } from '../../src/server/security/bodyLimits';
import { setSecurityHeaders } from '../../src/server/security/securityHeaders';
import { SqliteDirectLineStore } from '../../src/storage/sqlite/directLineStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { startBackgroundCheckpoints } from '../../src/storage/sqlite/backgroundCheckpoints';

/**
 * The yardstick for the benchmark: the same server stack as the real one (restify with the same
 * request checks and plugins, CloudAdapter with the same typing middleware, the same local Direct
 * Line keeping its conversations in the same embedded database) around a bot that only echoes
 * and keeps no state. Whatever the real bot costs beyond this is the cost of SEND Navigator itself.
 */

/** A bare bot: says hello when a conversation starts, then repeats each message. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (others.length) await context.sendActivity('Hello. I repeat what you say.');
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

/** Starts the echo bot on `config.host`:`config.port` with the local Direct Line switched on. */
export async function startEchoServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = openSqliteDatabase(config.dataDir, logger);
  // As the real server does (src/storage/storageFactory.ts).
  const checkpoints = startBackgroundCheckpoints(database, { logger });
  const bot = new EchoBot();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.use(new ShowTypingMiddleware(300, 2000));
  adapter.onTurnError = async (_context: TurnContext, error: Error) => {
    logger.error('echo.turn_error', { error });
  };
  const botLogic = (context: TurnContext) => bot.run(context);

  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  const limits = new AbuseLimits(config.limits);
  server.pre((req: Request, res: Response, next) => {
    setSecurityHeaders(req, res);
    return next();
  });
  server.pre(bodyLimits(config.limits.maxBodyBytes));
  server.pre(limits.perAddressHandler());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: config.limits.maxBodyBytes, rejectUnknown: false }));

  let address = `http://127.0.0.1:${config.port}`;
  const store = new SqliteDirectLineStore(database, config.retention.conversationHours);
  const directLine = new LocalDirectLine({ server, adapter, botLogic, serviceUrl: () => address, logger, store, limits });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `http://127.0.0.1:${port}`;
  return {
    server,
    url: address,
    directLine,
    async close() {
      await directLine.drain();
      directLine.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
      await checkpoints.stop();
      database.close();
    },
  };
}
