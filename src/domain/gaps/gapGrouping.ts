import type { IsoDate } from '../dates/calendarDate';
import { buildVocabulary, type Vocabulary } from '../kb/sendVocabulary';
import { GAP_KINDS, type GapKind, type GapRecord } from './gapRecord';
import { londonDateOf, weekStartOf, weekStartsBetween } from './londonWeeks';

/**
 * Groups gap records for the admin report: questions asked in similar words, and questions by
 * the article that came closest. Similar wording is measured on normalised word sets (SEND
 * synonyms made one word, small words and placeholders dropped, simple plurals folded) with
 * Jaccard similarity; a record joins the group it is on average most similar to, if that is
 * at least the threshold, else starts a new group.
 */

export interface WeekCount {
  /** Monday, in England. */
  readonly weekStart: IsoDate;
  readonly count: number;
}

export type Trend = 'rising' | 'falling' | 'steady';

interface GroupSummary {
  readonly count: number;
  readonly byKind: Readonly<Record<GapKind, number>>;
  /** Up to five different questions, newest first. */
  readonly examples: readonly string[];
  /** Up to five answers to "what were you looking for?", newest first. */
  readonly lookingFor: readonly string[];
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly weekly: readonly WeekCount[];
  readonly trend: Trend;
  readonly recordIds: readonly string[];
}

export interface WordingGroup extends GroupSummary {
  /** The question most like the rest of the group: a title for it. */
  readonly label: string;
  /** Articles that came closest for these questions, most often first. */
  readonly closestArticles: ReadonlyArray<{ readonly articleId: string; readonly count: number }>;
}

export interface ArticleGroup extends GroupSummary {
  /** undefined: no article came anywhere near. */
  readonly articleId: string | undefined;
  readonly averageScore: number | undefined;
}

export interface GroupingOptions {
  /** 0..1: how alike two questions' words must be to share a group. Default 0.5. */
  readonly threshold?: number;
  /** The report's days, for the weekly counts; default: from the first record to the last. */
  readonly range?: { readonly from: IsoDate; readonly to: IsoDate };
}

export const DEFAULT_SIMILARITY_THRESHOLD = 0.5;

const SMALL_WORDS = new Set(`
a about after again all also am an and any are as at be been before being but by can could did do does doing for from get got
had has have he her him his how i if in into is it its just me my no not of on or our out please she so some than that the their
them then there these they this to too up us very was we were what when where which who why will with would you your yes
im ive dont doesnt cant wont isnt hi hello thanks thank help know want need
`.split(/\s+/).filter(Boolean));

let vocabulary: Vocabulary | undefined;

/** The words that carry a question's meaning, in a comparable form. */
export function wordingTokens(text: string): Set<string> {
  vocabulary ??= buildVocabulary();
  const withoutPlaceholders = text.replace(/\[[a-zA-Z ]+\]/g, ' ');
  const words = vocabulary.canonicalise(withoutPlaceholders).split(/[^a-z0-9]+/).filter(Boolean);
  const tokens = new Set<string>();
  for (const w of words) {
    if (SMALL_WORDS.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    tokens.add(stem(w));
  }
  return tokens;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function groupByWording(records: readonly GapRecord[], options: GroupingOptions = {}): WordingGroup[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const ordered = byAge(records);
  const groups: Array<{ members: GapRecord[]; tokens: Array<Set<string>> }> = [];
  for (const record of ordered) {
    const tokens = wordingTokens(record.question);
    let best: { index: number; score: number } | undefined;
    groups.forEach((g, index) => {
      const score = g.tokens.reduce((sum, t) => sum + jaccard(tokens, t), 0) / g.tokens.length;
      if (score >= threshold && (!best || score > best.score)) best = { index, score };
    });
    if (best) { groups[best.index].members.push(record); groups[best.index].tokens.push(tokens); }
    else groups.push({ members: [record], tokens: [tokens] });
  }
  const range = options.range ?? rangeOf(ordered);
  return groups
    .map((g) => ({
      label: medoid(g.members, g.tokens),
      closestArticles: countBy(g.members.map((r) => r.closestArticleId).filter((id): id is string => Boolean(id)))
        .map(([articleId, count]) => ({ articleId, count })),
      ...summarise(g.members, range),
    }))
    .sort(biggestThenNewest);
}

export function groupByClosestArticle(records: readonly GapRecord[], options: GroupingOptions = {}): ArticleGroup[] {
  const ordered = byAge(records);
  const range = options.range ?? rangeOf(ordered);
  const byArticle = new Map<string | undefined, GapRecord[]>();
  for (const r of ordered) byArticle.set(r.closestArticleId, [...(byArticle.get(r.closestArticleId) ?? []), r]);
  return [...byArticle.entries()]
    .map(([articleId, members]) => {
      const scores = members.map((m) => m.closestScore).filter((s): s is number => s !== undefined);
      return {
        articleId,
        averageScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 1000 : undefined,
        ...summarise(members, range),
      };
    })
    .sort(biggestThenNewest);
}

/** Counts per week (Monday start, in England) over the range, including empty weeks. */
export function weeklyCounts(records: readonly GapRecord[], range: { readonly from: IsoDate; readonly to: IsoDate }): WeekCount[] {
  const counts = new Map<IsoDate, number>();
  for (const r of records) {
    const week = weekStartOf(londonDateOf(r.createdAt));
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return weekStartsBetween(range.from, range.to).map((weekStart) => ({ weekStart, count: counts.get(weekStart) ?? 0 }));
}

/**
 * The last four weeks against the four before: "rising" when at least half as many again (and
 * at least two more), "falling" when down by a third or more (and at least two fewer).
 */
export function trendOf(weekly: readonly WeekCount[]): Trend {
  const recent = weekly.slice(-4).reduce((s, w) => s + w.count, 0);
  const before = weekly.slice(-8, -4).reduce((s, w) => s + w.count, 0);
  if (recent - before >= 2 && recent >= before * 1.5) return 'rising';
  if (before - recent >= 2 && recent <= (before * 2) / 3) return 'falling';
  return 'steady';
}

function summarise(members: readonly GapRecord[], range: { readonly from: IsoDate; readonly to: IsoDate }): GroupSummary {
  const byKind = Object.fromEntries(GAP_KINDS.map((k) => [k, 0])) as Record<GapKind, number>;
  for (const m of members) byKind[m.kind] += 1;
  const newestFirst = [...members].reverse();
  const weekly = weeklyCounts(members, range);
  return {
    count: members.length,
    byKind,
    examples: distinct(newestFirst.map((m) => m.question)).slice(0, 5),
    lookingFor: distinct(newestFirst.map((m) => m.lookingFor).filter((t): t is NonNullable<typeof t> => Boolean(t))).slice(0, 5),
    firstSeen: members[0].createdAt,
    lastSeen: members[members.length - 1].createdAt,
    weekly,
    trend: trendOf(weekly),
    recordIds: members.map((m) => m.id),
  };
}

/** The member with the highest average similarity to the others (the first, on a tie). */
function medoid(members: readonly GapRecord[], tokens: ReadonlyArray<Set<string>>): string {
  let best = 0;
  let bestScore = -1;
  tokens.forEach((t, i) => {
    const score = tokens.reduce((sum, u, j) => (i === j ? sum : sum + jaccard(t, u)), 0);
    if (score > bestScore) { best = i; bestScore = score; }
  });
  return members[best].question;
}

function byAge(records: readonly GapRecord[]): GapRecord[] {
  return [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function rangeOf(ordered: readonly GapRecord[]): { from: IsoDate; to: IsoDate } {
  if (!ordered.length) return { from: '1970-01-01', to: '1970-01-01' };
  return { from: londonDateOf(ordered[0].createdAt), to: londonDateOf(ordered[ordered.length - 1].createdAt) };
}

function countBy(values: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function biggestThenNewest(a: GroupSummary, b: GroupSummary): number {
  return b.count - a.count || b.lastSeen.localeCompare(a.lastSeen);
}
