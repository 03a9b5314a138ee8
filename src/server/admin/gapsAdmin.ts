import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { APP_ROOT } from '../../config/appRoot';
import { addDays, compareDates, daysBetween, parseIsoDate, todayInLondon, type IsoDate } from '../../domain/dates/calendarDate';
import { CSV_CONTENT_TYPE, UTF8_BOM, articleGroupsToCsv, gapsToCsv, wordingGroupsToCsv } from '../../domain/gaps/gapsCsv';
import { loadGapsReport } from '../../domain/gaps/gapsReport';
import type { GapsStore } from '../../domain/gaps/gapsStore';
import { londonDaysRange, weekStartOf } from '../../domain/gaps/londonWeeks';
import type { Logger } from '../../logging/logger';
import { ADVISER_PATHS } from '../advisers/adviserHub';
import { sendHtml } from '../staff/httpBits';
import type { StaffGuard } from '../staff/requireStaff';
import { staffOf } from '../staff/requireStaff';
import { CONTENT_SECURITY_POLICY } from '../webChatPage';
import { abilitiesOf, adminAccess, viewerOf } from './adminAccess';
import { GAPS_CSV_GROUPS, GAPS_PATHS, gapsPage, type GapsCsvGroup, type GapsPageState } from './gapsPage';

/**
 * The gaps report in the admin area, for editors and reviewers (the same sign-in, roles and
 * guard as the knowledge-base admin): the page at /admin/gaps and its CSV downloads at
 * /admin/gaps.csv?group=wording|article|records. Both take ?from=YYYY-MM-DD&to=YYYY-MM-DD (days
 * in England); the default is the last twelve weeks.
 */

const STYLES_FILE = path.join(APP_ROOT, 'public/admin/gaps.css');
/** Twelve weeks: enough for the four-week trend and a season of questions. */
const DEFAULT_WEEKS = 12;
/** Longest report: the grouping compares questions with each other, so keep it bounded. */
const MAX_DAYS = 400;

export interface GapsAdminOptions {
  readonly store: GapsStore;
  readonly guard: StaffGuard;
  /** Titles of the live articles, by id (the closest-article links). */
  readonly articleTitles: () => ReadonlyMap<string, string>;
  readonly retentionMonths: number;
  readonly logger: Logger;
  readonly clock?: () => Date;
  /** Production caches the stylesheet; development reads it fresh. */
  readonly cacheFiles?: boolean;
}

type DatesResult =
  | { readonly ok: true; readonly from: IsoDate; readonly to: IsoDate; readonly fromText: string; readonly toText: string }
  | { readonly ok: false; readonly fromText: string; readonly toText: string; readonly errors: NonNullable<GapsPageState['errors']> };

export function registerGapsAdmin(server: Server, options: GapsAdminOptions): void {
  const { store, logger } = options;
  const access = adminAccess(options.guard, logger, ADVISER_PATHS.signOut);
  const clock = options.clock ?? (() => new Date());
  let styles: Buffer | undefined;

  server.get(GAPS_PATHS.styles, async (_req: Request, res: Response) => {
    const data = styles ?? fs.readFileSync(STYLES_FILE);
    if (options.cacheFiles) styles = data;
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.sendRaw(200, data);
  });

  server.get(GAPS_PATHS.page, ...access.anyKbRole, async (req: Request, res: Response) => {
    const dates = readDates(req, todayInLondon(clock()));
    const base = {
      viewer: viewerOf(req, ADVISER_PATHS.signOut), canEdit: abilitiesOf(req).canEdit, fromText: dates.fromText, toText: dates.toText,
      titles: options.articleTitles(), retentionMonths: options.retentionMonths,
    };
    if (!dates.ok) {
      sendHtml(res, 400, gapsPage({ ...base, errors: dates.errors }));
      return;
    }
    const report = await loadGapsReport(store, { from: dates.from, to: dates.to });
    sendHtml(res, 200, gapsPage({ ...base, report }));
  });

  server.get(GAPS_PATHS.csv, ...access.anyKbRole, async (req: Request, res: Response) => {
    const group = queryText(req, 'group') || 'records';
    const dates = readDates(req, todayInLondon(clock()));
    if (!(GAPS_CSV_GROUPS as readonly string[]).includes(group) || !dates.ok) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      const problem = dates.ok ? 'group must be wording, article or records' : dates.errors.map((err) => err.message).join(' ');
      res.sendRaw(400, Buffer.from(`Cannot make that download: ${problem}\n`, 'utf8'));
      return;
    }
    const csv = await csvFor(store, group as GapsCsvGroup, dates.from, dates.to);
    logger.info('gaps.exported', { group, staffId: staffOf(req).account.id.slice(0, 8) });
    res.setHeader('Content-Type', CSV_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="gaps-${group}-${dates.from}-to-${dates.to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.sendRaw(200, Buffer.from(UTF8_BOM + csv, 'utf8'));
  });
}

async function csvFor(store: GapsStore, group: GapsCsvGroup, from: IsoDate, to: IsoDate): Promise<string> {
  if (group === 'records') {
    const range = londonDaysRange(from, to);
    return gapsToCsv(await store.listBetween(range.from, range.to));
  }
  const report = await loadGapsReport(store, { from, to });
  return group === 'wording' ? wordingGroupsToCsv(report.byWording) : articleGroupsToCsv(report.byArticle);
}

function queryText(req: Request, name: string): string {
  const value = ((req.query ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The days asked for, checked; by default the twelve weeks up to today. */
function readDates(req: Request, today: IsoDate): DatesResult {
  const fromText = queryText(req, 'from').slice(0, 20);
  const toText = queryText(req, 'to').slice(0, 20);
  const errors: Array<{ message: string; target: 'from' | 'to' }> = [];
  const to = toText ? parseIsoDate(toText) : today;
  if (!to) errors.push({ message: 'Enter the last day as a date, like 2026-11-23', target: 'to' });
  const defaultFrom = addDays(weekStartOf(to ?? today), -7 * (DEFAULT_WEEKS - 1));
  const from = fromText ? parseIsoDate(fromText) : defaultFrom;
  if (!from) errors.unshift({ message: 'Enter the first day as a date, like 2026-09-01', target: 'from' });
  if (from && to && compareDates(from, to) > 0) errors.push({ message: 'The first day must be on or before the last day', target: 'from' });
  else if (from && to && daysBetween(from, to) > MAX_DAYS) errors.push({ message: `Choose ${MAX_DAYS} days or fewer`, target: 'from' });
  if (errors.length || !from || !to) return { ok: false, fromText, toText, errors };
  return { ok: true, from, to, fromText: fromText || from, toText: toText || to };
}
