import os from 'node:os';
import { parseBenchArgs, USAGE, UsageError, type BenchOptions } from './benchArgs';
import { runLoad } from './loadRun';
import { ServerChild } from './serverChild';
import type { ServerKind } from './serverProcess';
import { round, summarise, type RunFigures } from './stats';

/**
 * `npm run bench`: how many parents one instance carries, and how close it runs to the bare
 * platform. The real server, then a bare echo bot on the same stack, each in its own child
 * process under the same load; the ratio (ours / echo) holds on a machine slow or fast.
 * Logs go to stderr; with --json the last line on stdout is the figures as JSON.
 */

export interface BenchReport {
  readonly concurrency: number;
  readonly seconds: number;
  readonly bot: RunFigures;
  readonly echo: RunFigures;
  /** bot / echo; null when the echo figure is 0. */
  readonly ratio: { readonly throughput: number | null; readonly p95: number | null };
}

const running = new Set<ServerChild>();
const log = (line: string) => process.stderr.write(`${line}\n`);

async function measure(kind: ServerKind, options: BenchOptions): Promise<RunFigures> {
  log(`${kind}: starting the server`);
  const server = await ServerChild.start({ kind, logLevel: options.logLevel, profileDir: kind === 'bot' ? options.profileDir : undefined, log });
  running.add(server);
  try {
    log(`${kind}: ${options.concurrency} parents, ${options.warmupSeconds} s warm-up, then ${options.seconds} s measured (pid ${server.pid})`);
    const load = await runLoad({ url: server.url, concurrency: options.concurrency, seconds: options.seconds, warmupSeconds: options.warmupSeconds, timeoutMs: options.timeoutMs, log: (l) => log(`${kind}: ${l}`) });
    const figures = summarise(load.latenciesMs, load.elapsedSeconds, load.errors, server.peakRssMb());
    const mix = Object.entries(load.visits).map(([k, n]) => `${k} ${n}`).join(', ');
    log(`${kind}: ${load.latenciesMs.length} turns in ${load.elapsedSeconds.toFixed(1)} s; visits: ${mix}; off script: ${load.offScript}; server warnings: ${server.warningCount}`);
    return figures;
  } finally {
    await server.stop();
    running.delete(server);
  }
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const bot = await measure('bot', options);
  const echo = await measure('echo', options);
  const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);
  return {
    concurrency: options.concurrency,
    seconds: options.seconds,
    bot,
    echo,
    ratio: { throughput: ratio(bot.turnsPerSecond, echo.turnsPerSecond), p95: ratio(bot.p95Ms, echo.p95Ms) },
  };
}

export function formatReport(report: BenchReport): string {
  const rows: Array<[string, keyof RunFigures]> = [
    ['turns per second', 'turnsPerSecond'], ['p50 latency (ms)', 'p50Ms'], ['p95 latency (ms)', 'p95Ms'],
    ['p99 latency (ms)', 'p99Ms'], ['errors', 'errors'], ['peak RSS (MB)', 'peakRssMb'],
  ];
  const lines = [
    `${report.concurrency} concurrent conversations, ${report.seconds} s each, ${os.cpus().length} cores, Node ${process.version}`,
    '',
    `${'figure'.padEnd(20)}${'SEND Navigator'.padStart(16)}${'echo bot'.padStart(12)}`,
    ...rows.map(([label, key]) => `${label.padEnd(20)}${String(report.bot[key]).padStart(16)}${String(report.echo[key]).padStart(12)}`),
    '',
    `throughput ratio (ours / echo): ${report.ratio.throughput ?? 'n/a'}`,
    `p95 ratio (ours / echo):        ${report.ratio.p95 ?? 'n/a'}`,
  ];
  return lines.join('\n');
}

function abort(reason: string, code: number): never {
  log(reason);
  for (const server of running) server.kill();
  process.exit(code);
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: BenchOptions | 'help';
  try {
    parsed = parseBenchArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) { log(`bench: ${err.message}\n\n${USAGE}`); return 2; }
    throw err;
  }
  if (parsed === 'help') { process.stdout.write(`${USAGE}\n`); return 0; }
  const options = parsed;

  // Bounded: whatever happens, the benchmark ends.
  const budgetMs = 2 * (options.warmupSeconds + options.seconds + options.timeoutMs / 1000 + 90) * 1000;
  const watchdog = setTimeout(() => abort(`bench: gave up after ${Math.round(budgetMs / 1000)} s`, 1), budgetMs);
  watchdog.unref();
  process.once('SIGINT', () => abort('bench: interrupted', 130));

  const report = await runBench(options);
  clearTimeout(watchdog);
  const table = formatReport(report);
  if (options.json) {
    log(table);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    process.stdout.write(`${table}\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => abort(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}`, 1),
  );
}
