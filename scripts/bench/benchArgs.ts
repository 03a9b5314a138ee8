import { startScriptNodeFlags } from './startCommand';

/**
 * The benchmark's command line. Every number has a range, so a typo cannot start a run that
 * never ends or floods the machine.
 */

export interface BenchOptions {
  /** Simulated parents talking at the same time. */
  readonly concurrency: number;
  /** Measured seconds per server (the bot, then the echo bot). */
  readonly seconds: number;
  /** Unmeasured seconds of the same load first, so both servers are warm when measuring starts. */
  readonly warmupSeconds: number;
  /** Print the figures as one JSON line, the last line on stdout. */
  readonly json: boolean;
  /** The servers' log level (production logs at info). */
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Write CPU profiles of both servers into this folder. */
  readonly profileDir?: string;
  /** Longest wait for one answer before it counts as an error. */
  readonly timeoutMs: number;
  /** Node.js flags for both servers (default: those `npm start` uses, so both run as the real server does). */
  readonly nodeFlags: readonly string[];
}

export const DEFAULT_OPTIONS: BenchOptions = {
  concurrency: 50,
  seconds: 60,
  warmupSeconds: 5,
  json: false,
  logLevel: 'info',
  timeoutMs: 10_000,
  nodeFlags: startScriptNodeFlags(),
};

export const USAGE = `Usage: npm run bench -- [options]

Starts the real server and a bare echo bot on the same server stack (each in its own process,
on loopback, abuse limits off by configuration), then puts both under the same load of simulated
parents talking through the local Direct Line, taking turns in 10-second slices, and compares
them: turns per second, reply latency (p50/p95/p99), errors, peak memory, and ours / echo.

  --concurrency N   parents talking at the same time (default 50, 1-500)
  --seconds S       measured seconds for each server (default 60, 1-600)
  --warmup S        unmeasured seconds first, for each server (default 5, 0-60)
  --json            print the figures as one JSON line, the last line on stdout
  --log-level L     the servers' log level: debug, info, warn, error, silent (default info)
  --profile DIR     write CPU profiles (.cpuprofile) of both servers into DIR (bot-*, echo-*)
  --timeout-ms N    longest wait for one answer before it counts as an error (default 10000)
  --node-flags F    Node.js flags for both servers, e.g. "--max-old-space-size=256" (default: the
                    flags in package.json's start script, so both run as \`npm start\` runs the server)
  --help            this text`;

export class UsageError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const options: { -readonly [K in keyof BenchOptions]: BenchOptions[K] } = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    // A value may itself start with "--" only where it must (Node.js flags).
    const value = (dashesAllowed = false): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && !dashesAllowed && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help': case '-h': return 'help';
      case '--json': options.json = true; break;
      case '--concurrency': options.concurrency = integer(flag, value(), 1, 500); break;
      case '--seconds': options.seconds = integer(flag, value(), 1, 600); break;
      case '--warmup': options.warmupSeconds = integer(flag, value(), 0, 60); break;
      case '--timeout-ms': options.timeoutMs = integer(flag, value(), 100, 120_000); break;
      case '--profile': options.profileDir = value(); break;
      case '--node-flags': {
        const flags = value(true).split(/\s+/).filter(Boolean);
        if (!flags.every((f) => /^--[a-z0-9-]+(=[\w.-]+)?$/i.test(f))) throw new UsageError(`--node-flags takes Node.js flags like "--max-old-space-size=256" (got "${flags.join(' ')}")`);
        options.nodeFlags = flags;
        break;
      }
      case '--log-level': {
        const v = value();
        if (!['debug', 'info', 'warn', 'error', 'silent'].includes(v)) throw new UsageError(`--log-level must be debug, info, warn, error or silent (got "${v}")`);
        options.logLevel = v as BenchOptions['logLevel'];
        break;
      }
      default: throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return options;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
  return n;
}
