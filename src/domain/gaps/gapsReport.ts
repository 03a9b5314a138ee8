import { compareDates, type IsoDate } from '../dates/calendarDate';
import { GAP_KINDS, type GapKind, type GapRecord } from './gapRecord';
import {
  groupByClosestArticle, groupByWording, trendOf, weeklyCounts,
  type ArticleGroup, type Trend, type WeekCount, type WordingGroup,
} from './gapGrouping';
import type { GapsStore } from './gapsStore';
import { londonDateOf, londonDaysRange } from './londonWeeks';

/** Everything the admin gaps page shows for a run of days. */
export interface GapsReport {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly total: number;
  readonly byKind: Readonly<Record<GapKind, number>>;
  readonly weekly: readonly WeekCount[];
  readonly trend: Trend;
  readonly byWording: readonly WordingGroup[];
  readonly byArticle: readonly ArticleGroup[];
}

export interface ReportOptions {
  /** First and last day (in England) to include. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** How alike questions must be to share a group (0..1); default 0.5. */
  readonly threshold?: number;
}

/** Builds the report from records (those outside the days are left out). */
export function buildGapsReport(records: readonly GapRecord[], options: ReportOptions): GapsReport {
  if (compareDates(options.from, options.to) > 0) throw new RangeError('The report must start on or before the day it ends');
  const range = { from: options.from, to: options.to };
  const inRange = records.filter((r) => {
    const day = londonDateOf(r.createdAt);
    return compareDates(day, range.from) >= 0 && compareDates(day, range.to) <= 0;
  });
  const byKind = Object.fromEntries(GAP_KINDS.map((k) => [k, 0])) as Record<GapKind, number>;
  for (const r of inRange) byKind[r.kind] += 1;
  const weekly = weeklyCounts(inRange, range);
  return {
    ...range,
    total: inRange.length,
    byKind,
    weekly,
    trend: trendOf(weekly),
    byWording: groupByWording(inRange, { threshold: options.threshold, range }),
    byArticle: groupByClosestArticle(inRange, { range }),
  };
}

/** Reads the days' records from the store and builds the report. */
export async function loadGapsReport(store: GapsStore, options: ReportOptions): Promise<GapsReport> {
  const { from, to } = londonDaysRange(options.from, options.to);
  return buildGapsReport(await store.listBetween(from, to), options);
}
