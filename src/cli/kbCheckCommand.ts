import { loadKnowledgeBase } from '../domain/kb/loadKnowledgeBase';
import { checkKnowledge } from '../domain/kb/kbCheck';
import { MAX_READING_AGE } from '../domain/text/readability';
import { todayInLondon } from '../domain/dates/calendarDate';

export interface KbCheckIo { out: (line: string) => void; err: (line: string) => void }

/** `send-navigator kb check [--strict] [--dir knowledge] [--json]` */
export function runKbCheck(args: string[], io: KbCheckIo, defaultDir: string): number {
  let dir = defaultDir;
  let strict = false;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--strict') strict = true;
    else if (a === '--json') json = true;
    else if (a === '--dir' && args[i + 1]) dir = args[++i];
    else if (a === '--help' || a === '-h') {
      io.out('Usage: send-navigator kb check [--strict] [--json] [--dir FOLDER]');
      io.out('Checks every article: schema, duplicate ids, links, sources, timescale keys, readability and review dates.');
      return 0;
    } else {
      io.err(`kb check: unknown option "${a}". Try --help.`);
      return 2;
    }
  }
  const loaded = loadKnowledgeBase(dir);
  const result = checkKnowledge(loaded, { today: todayInLondon(), strict });
  if (json) {
    io.out(JSON.stringify(result));
    return result.errors ? 1 : 0;
  }
  io.out(`Knowledge base: ${dir}`);
  io.out(`${'article'.padEnd(44)} ${'words'.padStart(5)} ${'age'.padStart(5)}  review by`);
  for (const a of [...result.articles].sort((x, y) => x.id.localeCompare(y.id))) {
    io.out(`${a.id.padEnd(44)} ${String(a.readability.words).padStart(5)} ${a.readability.readingAge.toFixed(1).padStart(5)}  ${a.reviewBy}`);
  }
  const ages = result.articles.map((a) => a.readability.readingAge);
  if (ages.length) {
    io.out(`Reading age: average ${(ages.reduce((s, x) => s + x, 0) / ages.length).toFixed(1)}, highest ${Math.max(...ages).toFixed(1)} (limit ${MAX_READING_AGE}).`);
  }
  for (const p of result.problems) {
    io.out(`${p.severity === 'error' ? 'ERROR' : 'warning'} ${p.file} ${p.field}: ${p.message}`);
  }
  io.out(`${result.articles.length} articles, ${loaded.glossary.length} glossary terms: ${result.errors} error(s), ${result.warnings} warning(s).`);
  return result.errors ? 1 : 0;
}
