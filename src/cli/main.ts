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
  kb export|import --dir D   copy the live knowledge base to files, or load files into it (kb export --help)
  deadlines ehc-request --received YYYY-MM-DD [--json]
  deadlines appeal --decision YYYY-MM-DD [--certificate YYYY-MM-DD] [--json]
  handoffs purge [--older-than-days N]   delete handoff records older than N days (default HANDOFF_RETENTION_DAYS)
  staff add|disable|enable|reset-password|roles|list|audit   staff accounts (send-navigator staff help)

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
      if (rest[0] === 'export' || rest[0] === 'import') return lazy<typeof import('./kbEditCommands')>('./kbEditCommands').runKbEditCommand(rest, setUp('warn').config, { out, err });
      if (rest[0] !== 'check') {
        err('kb: the sub-commands are "check", "export" and "import". Usage: send-navigator kb check [--strict]');
        return 2;
      }
      const { config } = setUp('warn');
      return runKbCheck(rest.slice(1), { out, err }, config.knowledgeDir);
    }
    case 'staff':
      return lazy<typeof import('./staffCommand')>('./staffCommand').runStaffCli(rest, setUp('warn').config, out, err);
    case 'handoffs':
      return purgeHandoffs(rest);
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

/** `handoffs purge [--older-than-days N]`: prints how many handoffs were deleted (with their transcripts and notes). */
async function purgeHandoffs(args: string[]): Promise<number> {
  const usage = 'Usage: send-navigator handoffs purge [--older-than-days N]';
  if (args[0] !== 'purge') {
    err(`handoffs: the only sub-command is "purge". ${usage}`);
    return 2;
  }
  const { config, logger } = setUp('info');
  let days = config.retention.handoffDays;
  const flag = args.indexOf('--older-than-days');
  if (flag >= 0) {
    days = Number(args[flag + 1]);
    if (!Number.isFinite(days) || days < 0) {
      err(`handoffs purge: --older-than-days needs a number of days (0 or more). ${usage}`);
      return 2;
    }
  }
  const { openStores } = lazy<typeof import('../storage/storageFactory')>('../storage/storageFactory');
  const { purgeExpiredHandoffs } = lazy<typeof import('../domain/handoff/retention')>('../domain/handoff/retention');
  const stores = await openStores(config, logger, { listen: false });
  try {
    const count = await purgeExpiredHandoffs(stores.handoffs, days, new Date());
    logger.info('handoff.purged', { count, olderThanDays: days });
    out(String(count));
    return 0;
  } finally {
    await stores.close();
  }
}

async function serve(): Promise<number> {
  const { config, logger } = setUp('info');
  const { startServer } = lazy<typeof import('../server/createServer')>('../server/createServer');
  const running = await startServer(config, logger);
  err(`\nSEND Navigator is running. Open ${running.url} in your browser. Press Ctrl+C to stop.\n`);
  // Graceful: finish the turns in flight, close the database, exit 0. A second signal, or a
  // shutdown that takes too long, exits at once (the database is safe either way: it is journalled).
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        logger.warn('server.stop_forced', { signal });
        process.exit(130);
      }
      stopping = true;
      logger.info('server.stopping', { signal });
      setTimeout(() => {
        logger.error('server.stop_timed_out', { seconds: SHUTDOWN_TIMEOUT_MS / 1000 });
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS).unref();
      running.close().then(() => resolve(0), (error: unknown) => {
        logger.error('server.stop_failed', { error: error as Error });
        resolve(1);
      });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}

/** Longest a graceful shutdown may take (turns normally finish in well under a second). */
const SHUTDOWN_TIMEOUT_MS = 20_000;
