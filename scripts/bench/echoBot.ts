import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response } from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ShowTypingMiddleware, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../../src/config/config';
import type { Logger } from '../../src/logging/logger';
import type { RunningServer } from '../../src/server/createServer';
import { LocalDirectLine } from '../../src/server/directLine/localDirectLine';

/**
 * The yardstick for the benchmark: the same server stack as the real one (restify with the same
 * plugins, CloudAdapter with the same middleware, the same local Direct Line) around a bot that
 * only echoes. Whatever the real bot costs beyond this is the cost of SEND Navigator itself.
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

const MAX_BODY_BYTES = 256 * 1024;

/** Starts the echo bot on `config.host`:`config.port` with the local Direct Line switched on. */
export async function startEchoServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const bot = new EchoBot();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.use(new ShowTypingMiddleware(300, 2000));
  adapter.onTurnError = async (_context: TurnContext, error: Error) => {
    logger.error('echo.turn_error', { error });
  };
  const botLogic = (context: TurnContext) => bot.run(context);

  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
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
  const directLine = new LocalDirectLine({ server, adapter, botLogic, serviceUrl: () => address, logger });

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
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
