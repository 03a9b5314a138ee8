import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../../src/config/config';
import { KnowledgeBase } from '../../src/domain/kb/knowledgeBase';
import { loadKnowledgeBase, type LoadedKnowledge } from '../../src/domain/kb/loadKnowledgeBase';
import { KnowledgeRetriever } from '../../src/domain/kb/retriever';
import { generateKnowledge } from './generatedKnowledge';
import { KB_QUESTIONS, seededRandom } from './simulatedParent';
import { percentile, round } from './stats';

/**
 * `npm run bench:retrieval`: what one question costs the knowledge base, and what building the
 * index costs, for the shipped articles and for a generated knowledge base of 1,000 articles
 * (to show how cost grows with content). `search` is the retriever alone; `lookUp` is what the
 * bot calls (exact titles, glossary questions, search, then the answer composed). Times are
 * this process's CPU time, so a machine busy with other work does not inflate them.
 */

/** The parent's questions, plus the untidy ones real people type: typos, one word, rambling. */
const QUERIES: readonly string[] = [
  ...KB_QUESTIONS,
  'how long dose the councl have to do an assesment',
  'ehcp',
  'tribunal',
  'my daughter is 7 and has autism and the school keep saying she is fine but she comes home every day upset and we do not know what to do next or who to ask',
  'what is a mediaton certificate and do I need one before I apeal',
];

export interface RetrievalFigures {
  readonly name: string;
  readonly articles: number;
  readonly firstBuildMs: number;
  readonly medianBuildMs: number;
  readonly search: QueryFigures;
  readonly lookUp: QueryFigures;
}

export interface QueryFigures {
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly queriesPerSecond: number;
}

/** CPU milliseconds this process has used (all its threads, so the garbage collector's too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeBuilds(knowledge: Pick<LoadedKnowledge, 'articles' | 'glossary'>, builds: number): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < builds; i++) {
    const started = cpuMs();
    new KnowledgeRetriever(knowledge);
    times.push(cpuMs() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { first: times[0], median: sorted[Math.floor(sorted.length / 2)] };
}

/** Asks every query over and over for about `seconds`, timing each one. */
function timeQueries(ask: (q: string) => unknown, seconds: number): QueryFigures {
  for (const q of QUERIES) ask(q); // warm up
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = cpuMs();
  do {
    for (const q of QUERIES) {
      const t = cpuMs();
      ask(q);
      times.push(cpuMs() - t);
    }
  } while (performance.now() < until);
  const elapsed = cpuMs() - started;
  const sorted = Float64Array.from(times).sort();
  return {
    meanMs: round(times.reduce((s, t) => s + t, 0) / times.length, 3),
    p95Ms: round(percentile(sorted, 95), 3),
    queriesPerSecond: Math.round(times.length / (elapsed / 1000)),
  };
}

export function measureKnowledge(name: string, knowledge: LoadedKnowledge, options: { builds: number; seconds: number }): RetrievalFigures {
  const builds = timeBuilds(knowledge, options.builds);
  const kb = new KnowledgeBase(knowledge, defaultConfig().services);
  const today = '2026-11-23';
  return {
    name,
    articles: knowledge.articles.length,
    firstBuildMs: round(builds.first),
    medianBuildMs: round(builds.median),
    search: timeQueries((q) => kb.retriever.search(q), options.seconds),
    lookUp: timeQueries((q) => kb.lookUp(q, today), options.seconds),
  };
}

export function formatRetrieval(rows: readonly RetrievalFigures[]): string {
  const head = ['knowledge base', 'articles', 'index build ms (first/median)', 'search mean/p95 ms', 'search q/s', 'lookUp mean/p95 ms', 'lookUp q/s'];
  const body = rows.map((r) => [
    r.name, String(r.articles), `${r.firstBuildMs} / ${r.medianBuildMs}`,
    `${r.search.meanMs} / ${r.search.p95Ms}`, String(r.search.queriesPerSecond),
    `${r.lookUp.meanMs} / ${r.lookUp.p95Ms}`, String(r.lookUp.queriesPerSecond),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

export function main(argv: readonly string[]): number {
  let articles = 1000;
  let json = false;
  let seconds = 2;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--articles' && /^\d+$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) >= 1 && Number(argv[i + 1]) <= 20000) articles = Number(argv[++i]);
    else if (argv[i] === '--seconds' && /^\d+(\.\d+)?$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) > 0 && Number(argv[i + 1]) <= 60) seconds = Number(argv[++i]);
    else {
      process.stderr.write('Usage: npm run bench:retrieval -- [--articles N (1-20000, default 1000)] [--seconds S per measurement (default 2)] [--json]\n');
      return 2;
    }
  }
  const shipped = loadKnowledgeBase(path.resolve(__dirname, '../../knowledge'));
  process.stderr.write(`retrieval: the shipped knowledge base, ${shipped.articles.length} articles\n`);
  const rows = [measureKnowledge('shipped', shipped, { builds: 9, seconds })];
  const generated = generateKnowledge(shipped, articles, seededRandom(42));
  process.stderr.write(`retrieval: a generated knowledge base, ${articles} articles\n`);
  rows.push(measureKnowledge('generated', { ...generated, problems: [] }, { builds: 3, seconds }));
  const table = formatRetrieval(rows);
  if (json) {
    process.stderr.write(`${table}\n`);
    process.stdout.write(`${JSON.stringify({ queries: QUERIES.length, results: rows })}\n`);
  } else {
    process.stdout.write(`${table}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
