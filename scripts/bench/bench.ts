import os from 'node:os';
import { parseBenchArgs, USAGE, UsageError, type BenchOptions } from './benchArgs';
import { runLoad, type LoadResult } from './loadRun';
import { ServerChild } from './serverChild';
import type { ServerKind } from './serverProcess';
import { percentile, round, summarise, type RunFigures } from './stats';

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

/** What one server did over all its measured slices. */
interface Tally {
  readonly latenciesMs: number[];
  readonly byVisit: Map<string, number[]>;
  readonly visits: Map<string, number>;
  elapsedSeconds: number;
  errors: number;
  offScript: number;
  replies: number;
  startsMs: number[];
  /** CPU seconds used while measuring, by the server and by this load generator. */
  serverCpu: number;
  loadCpu: number;
}

function emptyTally(): Tally {
  return { latenciesMs: [], byVisit: new Map(), visits: new Map(), elapsedSeconds: 0, errors: 0, offScript: 0, replies: 0, startsMs: [], serverCpu: 0, loadCpu: 0 };
}

function addSlice(tally: Tally, result: LoadResult): void {
  for (const latency of result.latenciesMs) tally.latenciesMs.push(latency);
  for (const [visit, list] of Object.entries(result.latenciesByVisit)) tally.byVisit.set(visit, [...(tally.byVisit.get(visit) ?? []), ...list]);
  for (const [visit, n] of Object.entries(result.visits)) tally.visits.set(visit, (tally.visits.get(visit) ?? 0) + n);
  tally.elapsedSeconds += result.elapsedSeconds;
  tally.errors += result.errors;
  tally.offScript += result.offScript;
  tally.replies += result.replies;
  for (const ms of result.startsMs) tally.startsMs.push(ms);
}

/** The details behind the figures, on stderr: the mix actually run, latency by kind of visit, who used the CPU. */
function describeTally(kind: ServerKind, tally: Tally, server: ServerChild): void {
  const turns = tally.latenciesMs.length;
  const mix = [...tally.visits].map(([visit, n]) => `${visit} ${n}`).join(', ');
  log(`${kind}: ${turns} turns in ${tally.elapsedSeconds.toFixed(1)} s, ${(turns ? tally.replies / turns : 0).toFixed(2)} replies per turn; visits: ${mix}; off script: ${tally.offScript}; server warnings: ${server.warningCount}`);
  const byVisit = [...tally.byVisit].map(([visit, list]) => {
    const sorted = Float64Array.from(list).sort();
    return `${visit} ${list.length} turns p50 ${round(percentile(sorted, 50))} p95 ${round(percentile(sorted, 95))} ms`;
  });
  log(`${kind}: by visit: ${byVisit.join('; ')}`);
  // Not in the reply latency: a server that is full makes new parents wait here instead.
  const starts = Float64Array.from(tally.startsMs).sort();
  log(`${kind}: starting a conversation (asked for, stream open, welcome in): ${starts.length} visits, p50 ${round(percentile(starts, 50))} p95 ${round(percentile(starts, 95))} ms`);
  // A server near 100% of a core is the limit; a load generator near it would be what holds the figures back.
  log(`${kind}: CPU while measuring: server ${percent(tally.serverCpu, tally.elapsedSeconds)} of a core, load generator ${percent(tally.loadCpu, tally.elapsedSeconds)}`);
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const kinds: ServerKind[] = ['bot', 'echo'];
  const servers = new Map<ServerKind, ServerChild>();
  try {
    for (const kind of kinds) {
      log(`${kind}: starting the server`);
      const server = await ServerChild.start({ kind, logLevel: options.logLevel, profileDir: options.profileDir, nodeFlags: options.nodeFlags, log });
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
    const tallies = new Map<ServerKind, Tally>(kinds.map((k) => [k, emptyTally()]));
    log(`measuring: ${options.concurrency} parents, ${options.seconds} s per server, in ${slices} slice${slices > 1 ? 's' : ''} each, taking turns`);
    for (let slice = 0; slice < slices; slice++) {
      for (const kind of kinds) {
        const server = servers.get(kind)!;
        const tally = tallies.get(kind)!;
        const serverCpuBefore = await server.cpuSeconds();
        const loadCpuBefore = process.cpuUsage();
        addSlice(tally, await load(kind, options.seconds / slices, 0));
        const loadCpu = process.cpuUsage(loadCpuBefore);
        tally.loadCpu += (loadCpu.user + loadCpu.system) / 1e6;
        tally.serverCpu += (await server.cpuSeconds()) - serverCpuBefore;
      }
    }
    const figures = (kind: ServerKind): RunFigures => {
      const tally = tallies.get(kind)!;
      const server = servers.get(kind)!;
      describeTally(kind, tally, server);
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

function percent(cpuSeconds: number, elapsedSeconds: number): string {
  return `${Math.round((100 * cpuSeconds) / Math.max(elapsedSeconds, 0.001))}%`;
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
