/**
 * `send-navigator deadlines ...`: works out EHC request and appeal deadlines from the command
 * line. Exit codes: 0 success or --help, 2 bad input (message on err, nothing on out).
 */
import { describeTimescale } from '../domain/timescales';
import { IsoDate, formatLongDate, parseIsoDate } from '../domain/dates/calendarDate';
import { DateOutOfRangeError } from '../domain/dates/bankHolidays';
import { computeEhcRequestDeadlines } from '../domain/deadlines/ehcRequestDeadlines';
import { computeAppealDeadlines } from '../domain/deadlines/appealDeadlines';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

const USAGE = [
  'Usage: send-navigator deadlines <ehc-request|appeal> [options]',
  '',
  '  ehc-request --received YYYY-MM-DD [--json]',
  '      Latest dates for the council after it receives a request for an EHC needs assessment.',
  '  appeal --decision YYYY-MM-DD [--certificate YYYY-MM-DD] [--json]',
  '      Latest dates to contact a mediation adviser and to appeal to the tribunal.',
  '      --decision is the date the decision letter was sent; --certificate is the date the',
  '      mediation certificate was issued, if there is one.',
  '',
  '  --json   print one line of JSON instead of text',
  '  --help   show this help',
];

/** Bad input: reported as one line on err with exit code 2. */
class UsageError extends Error {}

interface ParsedFlags {
  readonly json: boolean;
  readonly dates: ReadonlyMap<string, IsoDate>;
}

function parseFlags(subcommand: string, args: readonly string[], dateFlags: readonly string[]): ParsedFlags {
  const dates = new Map<string, IsoDate>();
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--json') { json = true; continue; }
    const [flag, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !dateFlags.includes(name)) {
      throw new UsageError(`deadlines ${subcommand}: unknown option "${arg}". Expected ${dateFlags.map((f) => `--${f} YYYY-MM-DD`).join(', ')} or --json.`);
    }
    if (dates.has(name)) throw new UsageError(`deadlines ${subcommand}: --${name} was given twice. Give it once, as --${name} YYYY-MM-DD.`);
    const value = inlineValue ?? args[i + 1];
    if (inlineValue === undefined) i += 1;
    if (value === undefined || value.startsWith('--')) {
      throw new UsageError(`deadlines ${subcommand}: --${name} needs a date, as --${name} YYYY-MM-DD (for example 2026-03-02).`);
    }
    const date = parseIsoDate(value);
    if (date === undefined) {
      throw new UsageError(`deadlines ${subcommand}: --${name} "${value}" is not a real date. Expected --${name} YYYY-MM-DD (for example 2026-03-02).`);
    }
    dates.set(name, date);
  }
  return { json, dates };
}

function requireDate(subcommand: string, flags: ParsedFlags, name: string): IsoDate {
  const date = flags.dates.get(name);
  if (date === undefined) throw new UsageError(`deadlines ${subcommand}: missing --${name} YYYY-MM-DD.`);
  return date;
}

function ehcRequest(args: readonly string[], io: CommandIo): void {
  const flags = parseFlags('ehc-request', args, ['received']);
  const d = computeEhcRequestDeadlines(requireDate('ehc-request', flags, 'received'));
  if (flags.json) {
    io.out(JSON.stringify({
      received: d.received,
      decideWhetherToAssess: d.decideWhetherToAssess,
      decideWhetherToIssuePlan: d.decideWhetherToIssuePlan,
      finalPlan: d.finalPlan,
    }));
    return;
  }
  const rows: Array<[IsoDate, string]> = [
    [d.decideWhetherToAssess, `The council must tell you if it will do an EHC needs assessment (${describeTimescale('decideWhetherToAssess')}).`],
    [d.decideWhetherToIssuePlan, `If it assessed and will not make an EHC plan, it must tell you by now (${describeTimescale('decideNotToIssuePlan')}).`],
    [d.finalPlan, `The final EHC plan must be issued (${describeTimescale('finalPlan')}).`],
  ];
  io.out(`Request received by the council: ${formatLongDate(d.received)}`);
  io.out('');
  for (const line of table(rows)) io.out(line);
  io.out('');
  io.out('These are the latest dates the law allows. They count calendar weeks from the day the');
  io.out('council got the request, and are not moved for weekends or holidays. A few exceptions');
  io.out(`can make them later, such as the school being closed for ${describeTimescale('exceptionPeriod')} or more.`);
}

function appeal(args: readonly string[], io: CommandIo): void {
  const flags = parseFlags('appeal', args, ['decision', 'certificate']);
  const decision = requireDate('appeal', flags, 'decision');
  const certificate = flags.dates.get('certificate');
  const d = computeWithinTable(() => computeAppealDeadlines({ decision, certificate }),
    certificate === undefined ? '--decision' : '--decision and --certificate');
  if (flags.json) {
    io.out(JSON.stringify({
      decision: d.decision,
      ...(d.certificate === undefined ? {} : { certificate: d.certificate }),
      contactMediationAdviserBy: d.contactMediationAdviserBy,
      appealBy: d.appealBy,
    }));
    return;
  }
  io.out(`Decision letter sent: ${formatLongDate(d.decision)}`);
  if (d.certificate !== undefined) io.out(`Mediation certificate issued: ${formatLongDate(d.certificate)}`);
  io.out('');
  const rows: Array<[IsoDate, string]> = [
    [d.contactMediationAdviserBy, `Contact a mediation adviser by this day (${describeTimescale('contactMediationAdviser')} after the decision letter; not moved for weekends or holidays). You do not need to if you are only appealing about the school or placement.`],
    [d.appealBy, 'Your appeal must reach the tribunal (the First-tier Tribunal, SEND) by this day.'],
  ];
  for (const line of table(rows)) io.out(line);
  io.out('');
  io.out(`Why that appeal date: ${d.appealByRule}.`);
  io.out('Sending your appeal sooner is safer. If you are unsure, your local SENDIASS can check the dates with you.');
}

/** Turns "beyond the bank holiday list" into bad input that names the flags to change. */
function computeWithinTable<T>(compute: () => T, flagNames: string): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DateOutOfRangeError)) throw error;
    const { coversFrom, coversTo } = error.table;
    throw new UsageError(`deadlines appeal: the dates from ${flagNames} reach ${error.date}, outside the bank holiday list (${coversFrom} to ${coversTo}). Expected ${flagNames} as YYYY-MM-DD giving deadlines inside that list.`);
  }
}

/** Two columns: the long date, padded, then what it means. */
function table(rows: ReadonlyArray<[IsoDate, string]>): string[] {
  const longDates = rows.map(([date]) => formatLongDate(date));
  const width = Math.max(...longDates.map((s) => s.length));
  return rows.map(([, meaning], i) => `${longDates[i].padEnd(width)}  ${meaning}`);
}

export function runDeadlinesCommand(args: string[], io: CommandIo): number {
  if (args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    for (const line of USAGE) io.out(line);
    return EXIT_OK;
  }
  const [subcommand, ...rest] = args;
  try {
    if (subcommand === 'ehc-request') ehcRequest(rest, io);
    else if (subcommand === 'appeal') appeal(rest, io);
    else if (subcommand === undefined) throw new UsageError('deadlines: missing subcommand. Expected "deadlines ehc-request --received YYYY-MM-DD" or "deadlines appeal --decision YYYY-MM-DD" (see --help).');
    else throw new UsageError(`deadlines: unknown subcommand "${subcommand}". Expected "ehc-request" or "appeal" (see --help).`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
