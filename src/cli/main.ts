import path from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, loadConfig, type AppConfig } from '../config/config';
import { createLogger, type Logger } from '../logging/logger';
import { runKbCheck } from './kbCheckCommand';
import { runDeadlinesCommand } from './deadlinesCommand';

const USAGE = `Usage: send-navigator <command>

Commands:
  serve                      start the bot server and the web chat page (npm start)
  chat                       talk to the bot in this terminal
  ask --jsonl                read {"q": ...} lines on stdin, write one JSON reply line each
  kb check [--strict]        check the knowledge base (schema, links, sources, readability, review dates)
  deadlines ehc-request --received YYYY-MM-DD [--json]
  deadlines appeal --decision YYYY-MM-DD [--certificate YYYY-MM-DD] [--json]

Settings come from the environment and .env (see .env.example). Logs go to stderr.`;

const out = (line: string) => process.stdout.write(line + '\n');
const err = (line: string) => process.stderr.write(line + '\n');

/** Runs a command; returns the exit code. stdout carries only the command's output. */
export async function main(argv: string[]): Promise<number> {
  dotenv.config({ quiet: true });
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'ask': {
      if (!rest.includes('--jsonl')) {
        err('ask: only --jsonl is supported: echo \'{"q":"what is an EHC plan"}\' | send-navigator ask --jsonl');
        return 2;
      }
      const { config, logger } = setUp('warn');
      // Loaded on demand: `kb check` and `deadlines` should not need the whole bot.
      const { createBot } = lazy<typeof import('../bot/createBot')>('../bot/createBot');
      const { runAskJsonl } = lazy<typeof import('./askCommand')>('./askCommand');
      const { bot } = createBot({ config, logger });
      return runAskJsonl(bot, process.stdin, out, err);
    }
    case 'chat': {
      const { config, logger } = setUp('warn');
      const { createBot } = lazy<typeof import('../bot/createBot')>('../bot/createBot');
      const { runChat } = lazy<typeof import('./chatCommand')>('./chatCommand');
      const { bot } = createBot({ config, logger });
      return runChat(bot, { input: process.stdin, output: process.stdout, filesDir: path.join(config.dataDir, 'chat-files') });
    }
    case 'kb': {
      if (rest[0] !== 'check') {
        err('kb: the only sub-command is "check". Usage: send-navigator kb check [--strict]');
        return 2;
      }
      const { config } = setUp('warn');
      return runKbCheck(rest.slice(1), { out, err }, config.knowledgeDir);
    }
    case 'deadlines':
      return runDeadlinesCommand(rest, { out, err });
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE);
      return command ? 0 : 2;
    default:
      err(`send-navigator: unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

/**
 * Loads a module when a command needs it (`kb check` and `deadlines` should not load the bot).
 * A plain require: tsx runs this file as CommonJS, where import() would bypass its loader.
 */
function lazy<T>(id: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(id) as T;
}

function setUp(defaultLevel: 'info' | 'warn'): { config: AppConfig; logger: Logger } {
  let config: AppConfig;
  try {
    config = loadConfig({ LOG_LEVEL: defaultLevel, ...process.env });
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      process.exit(78); // EX_CONFIG: a clear message, no stack trace
    }
    throw e;
  }
  return { config, logger: createLogger({ level: config.logLevel, logPersonalData: config.logPersonalData }) };
}

async function serve(): Promise<number> {
  const { config, logger } = setUp('info');
  const { startServer } = lazy<typeof import('../server/createServer')>('../server/createServer');
  const running = await startServer(config, logger);
  err(`\nSEND Navigator is running. Open ${running.url} in your browser. Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('server.stopping', { signal });
      void running.close().then(resolve, resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}
