import os from 'node:os';
import { parseBenchArgs, USAGE, UsageError, type BenchOptions } from './benchArgs';
import { runLoad } from './loadRun';
import { ServerChild } from './serverChild';
import type { ServerKind } from './serverProcess';
import { round, summarise, type RunFigures } from './stats';

/**
 * `npm run bench`: how many parents one instance carries, and how close it runs to the bare
 * platform. The real server and a bare echo bot on the same stack, each in its own child
 * process, take turns under the same load; the ratio (ours / echo) holds on a machine slow or
 * fast. Logs go to stderr; with --json the last line on stdout is the figures as JSON.
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

/** Measured slices alternate between the servers (bot, echo, bot, ...), so a busy spell on the machine hits both alike. */
export const SLICE_SECONDS = 10;

interface Tally { latenciesMs: number[]; elapsedSeconds: number; errors: number; offScript: number; replies: number; visits: Map<string, number>; byVisit: Map<string, number[]> }

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const kinds: ServerKind[] = ['bot', 'echo'];
  const servers = new Map<ServerKind, ServerChild>();
  try {
    for (const kind of kinds) {
      log(`${kind}: starting the server`);
      const server = await ServerChild.start({ kind, logLevel: options.logLevel, profileDir: kind === 'bot' ? options.profileDir : undefined, nodeFlags: options.nodeFlags, log });
      running.add(server);
      servers.set(kind, server);
    }
    const load = (kind: ServerKind, seconds: number, warmupSeconds: number) => runLoad({
      url: servers.get(kind)!.url, concurrency: options.concurrency, seconds, warmupSeconds, timeoutMs: options.timeoutMs, log: (l) => log(`${kind}: ${l}`),
    });
    if (options.warmupSeconds > 0) {
      for (const kind of kinds) {
        log(`${kind}: warming up for ${options.warmupSeconds} s`);
        await load(kind, 0, options.warmupSeconds);
      }
    }
    const slices = Math.max(1, Math.round(options.seconds / SLICE_SECONDS));
    const tallies = new Map<ServerKind, Tally>(kinds.map((k) => [k, { latenciesMs: [], elapsedSeconds: 0, errors: 0, offScript: 0, replies: 0, visits: new Map(), byVisit: new Map() }]));
    log(`measuring: ${options.concurrency} parents, ${options.seconds} s per server, in ${slices} slice${slices > 1 ? 's' : ''} each, taking turns`);
    for (let slice = 0; slice < slices; slice++) {
      for (const kind of kinds) {
        const result = await load(kind, options.seconds / slices, 0);
        const tally = tallies.get(kind)!;
        for (const latency of result.latenciesMs) tally.latenciesMs.push(latency);
        tally.elapsedSeconds += result.elapsedSeconds;
        tally.errors += result.errors;
        tally.offScript += result.offScript;
        tally.replies += result.replies;
        for (const [visit, n] of Object.entries(result.visits)) tally.visits.set(visit, (tally.visits.get(visit) ?? 0) + n);
        for (const [visit, list] of Object.entries(result.latenciesByVisit)) tally.byVisit.set(visit, [...(tally.byVisit.get(visit) ?? []), ...list]);
      }
    }
    const figures = (kind: ServerKind): RunFigures => {
      const tally = tallies.get(kind)!;
      const server = servers.get(kind)!;
      const mix = [...tally.visits].map(([k, n]) => `${k} ${n}`).join(', ');
      const perTurn = tally.latenciesMs.length ? (tally.replies / tally.latenciesMs.length).toFixed(2) : '0';
      log(`${kind}: ${tally.latenciesMs.length} turns in ${tally.elapsedSeconds.toFixed(1)} s, ${perTurn} replies per turn; visits: ${mix}; off script: ${tally.offScript}; server warnings: ${server.warningCount}`);
      const byVisit = [...tally.byVisit].map(([visit, list]) => {
        const f = summarise(list, 1, 0, 0);
        return `${visit} ${list.length} turns p50 ${f.p50Ms} p95 ${f.p95Ms} ms`;
      });
      log(`${kind}: by visit: ${byVisit.join('; ')}`);
      return summarise(tally.latenciesMs, tally.elapsedSeconds, tally.errors, server.peakRssMb());
    };
    const bot = figures('bot');
    const echo = figures('echo');
    const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);
    return {
      concurrency: options.concurrency,
      seconds: options.seconds,
      bot,
      echo,
      ratio: { throughput: ratio(bot.turnsPerSecond, echo.turnsPerSecond), p95: ratio(bot.p95Ms, echo.p95Ms) },
    };
  } finally {
    for (const server of servers.values()) {
      await server.stop();
      running.delete(server);
    }
  }
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
  const slices = Math.max(1, Math.round(options.seconds / SLICE_SECONDS));
  const budgetMs = (2 * (options.warmupSeconds + options.seconds) + 2 * slices * options.timeoutMs / 1000 + 180) * 1000;
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
