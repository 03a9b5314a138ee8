import { GAP_KINDS, type GapRecord } from './gapRecord';
import type { ArticleGroup, WordingGroup } from './gapGrouping';

/**
 * CSV exports of the gaps report, for spreadsheets. RFC 4180: fields with a comma, quote or line
 * break are quoted, quotes doubled, lines end CRLF. A text cell starting with = + - @ (or a tab
 * or carriage return) gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it as a formula (parents' words are untrusted input).
 */

export type CsvValue = string | number | undefined | null;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
/** Put before the CSV so Excel reads it as UTF-8 ("Siân", "–"). */
export const UTF8_BOM = '\uFEFF';

export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per record, oldest first. */
export function gapsToCsv(records: readonly GapRecord[]): string {
  const header = ['created_at', 'kind', 'question', 'looking_for', 'closest_article_id', 'closest_score'];
  const rows = [...records]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((r) => [r.createdAt, r.kind, r.question, r.lookingFor, r.closestArticleId, r.closestScore]);
  return toCsv([header, ...rows]);
}

/** One row per group of similar questions, biggest first. */
export function wordingGroupsToCsv(groups: readonly WordingGroup[]): string {
  const header = ['question', 'count', ...GAP_KINDS, 'trend', 'closest_articles', 'first_seen', 'last_seen', 'examples', 'looking_for'];
  const rows = groups.map((g) => [
    g.label, g.count, ...GAP_KINDS.map((k) => g.byKind[k]), g.trend,
    g.closestArticles.map((a) => `${a.articleId} (${a.count})`).join('; '),
    g.firstSeen, g.lastSeen, g.examples.join(' | '), g.lookingFor.join(' | '),
  ]);
  return toCsv([header, ...rows]);
}

/** One row per closest article, biggest first. */
export function articleGroupsToCsv(groups: readonly ArticleGroup[]): string {
  const header = ['closest_article_id', 'count', ...GAP_KINDS, 'average_score', 'trend', 'first_seen', 'last_seen', 'examples', 'looking_for'];
  const rows = groups.map((g) => [
    g.articleId ?? '(none)', g.count, ...GAP_KINDS.map((k) => g.byKind[k]), g.averageScore, g.trend,
    g.firstSeen, g.lastSeen, g.examples.join(' | '), g.lookingFor.join(' | '),
  ]);
  return toCsv([header, ...rows]);
}
