import type { Article } from './article';
import { DAY_NAMES, addDays, dateParts, dayOfWeek, formatLongDate, readParentDate, type IsoDate } from '../dates/calendarDate';
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
  const reading = readParentDate(message, today, 'past');
  const from = reading.ok ? reading.date : weekdayAndDayNumber(message, today);
  if (from === undefined) return undefined;
  return { from, last: addDays(from, t.value - 1) };
}

/** How far back "Friday the 20th" (no month) is looked for. */
const WEEKDAY_LOOKBACK_DAYS = 62;

/**
 * "It came on Friday 20th": a weekday and a day of the month, no month. Read only when the two
 * agree on exactly one day in the last two months (on or before today); otherwise undefined.
 */
function weekdayAndDayNumber(message: string, today: IsoDate): IsoDate | undefined {
  const s = message.toLowerCase();
  const m = new RegExp(`\\b(${DAY_NAMES.map((d) => d.toLowerCase()).join('|')}) (?:the )?(\\d{1,2})(?:st|nd|rd|th)?\\b(?! (?:days?|weeks?|months?))`).exec(s);
  if (!m) return undefined;
  const weekday = DAY_NAMES.findIndex((d) => d.toLowerCase() === m[1]);
  const day = Number(m[2]);
  const found: IsoDate[] = [];
  for (let back = 0; back <= WEEKDAY_LOOKBACK_DAYS; back++) {
    const d = addDays(today, -back);
    if (dateParts(d).day === day && dayOfWeek(d) === weekday) found.push(d);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** "If it was served on Friday 20 November 2026, the last day is Thursday 4 December 2026." */
export function lastDayText(days: { from: IsoDate; last: IsoDate }): string {
  return `If it was served on ${formatLongDate(days.from)}, that day counts as the first, so the last day is ${formatLongDate(days.last)}. Check the date it was served against the letter or email.`;
}
