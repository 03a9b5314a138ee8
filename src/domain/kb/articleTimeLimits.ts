import type { Article } from './article';
import { addDays, formatLongDate, readParentDate, type IsoDate } from '../dates/calendarDate';
import { TIMESCALES, isTimescaleKey, type TimescaleKey } from '../timescales';

/**
 * The time limits an article states in its short answer (its summary's `{{t:key}}` placeholders):
 * the draft plan's 15 days, a review's notice. Empty when the summary states none.
 */
export function timeLimitsOf(article: Pick<Article, 'summary'>): TimescaleKey[] {
  const keys = [...article.summary.matchAll(/\{\{\s*t:([a-zA-Z0-9]+)\s*\}\}/g)].map((m) => m[1]).filter(isTimescaleKey);
  return [...new Set(keys)];
}

/**
 * The last day of a time limit counted in days "beginning with the day" something happened (the
 * draft plan's: the day it was served is day 1), when the parent's message names that day in a
 * way that can be read for certain ("it came on 20/11/2026"). Undefined otherwise: a day the bot
 * is not sure of is never turned into a deadline.
 */
export function lastDayFromMessage(key: TimescaleKey, message: string, today: IsoDate): { from: IsoDate; last: IsoDate } | undefined {
  const t = TIMESCALES[key];
  if (t.unit !== 'days' || typeof t.value !== 'number' || !/beginning with the day/.test(t.description)) return undefined;
  // (A weekday and a day of the month, "Friday 20th", is read only when the two agree.)
  const reading = readParentDate(message, today, 'past');
  if (!reading.ok) return undefined;
  return { from: reading.date, last: addDays(reading.date, t.value - 1) };
}

/** "If it was served on Friday 20 November 2026, the last day is Thursday 4 December 2026." */
export function lastDayText(days: { from: IsoDate; last: IsoDate }): string {
  return `If it was served on ${formatLongDate(days.from)}, that day counts as the first, so the last day is ${formatLongDate(days.last)}. Check the date it was served against the letter or email.`;
}
