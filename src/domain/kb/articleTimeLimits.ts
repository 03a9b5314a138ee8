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
 * Words that say a document reached the parent ("it came on the 20th", "got it this morning"):
 * the day it was served. A date without them may be a letter's date or a guessed last day.
 */
const ARRIVED = /\b(?:came|come|arrived?|arriving|received|recieved|served|delivered|landed|turned up|dropped through|through the door|in the post|got (?:it|them|the draft|the plan|the letter|the email|my copy|through)|had (?:it|the draft|the letter)|was (?:given|handed|sent) (?:it|to me|to us)|emailed (?:to )?(?:me|us))\b/;
/** "Deadline ... the 25th?": a day named after the question about the last day is a guess at it. */
const ASKS_FOR_LAST_DAY = /\b(?:deadline|last day|last date|due|cut ?off|by when|reply by|respond by|have until|got until|until when)\b/;
/** "Letter dated 10th November": the date on a letter, which is not the day it was served. */
const DATED = /\b(?:dated|date on (?:it|the letter|the draft|the top)|letter date)\b/;
/** Today's words, which readParentDate reads only alone. */
const TODAY_WORDS = /\b(?:today|this morning|this afternoon|this evening|tonight)\b/;

/** A clause's day, read for certain: a date in it, or "this morning" with no other. */
function dayOfClause(clause: string, today: IsoDate): IsoDate | undefined {
  const reading = readParentDate(clause, today, 'past');
  if (reading.ok) return reading.date;
  const withoutToday = clause.replace(TODAY_WORDS, ' ');
  // "It only came this morning (20th)": the day named wins over "this morning", read back as "If it was served on...".
  if (withoutToday !== clause) {
    const named = readParentDate(withoutToday, today, 'past');
    return named.ok ? named.date : today;
  }
  // "We got the draft yesterday and...": yesterday, when no other day is named in the clause.
  if (/\byesterday\b/.test(clause) && !/\d/.test(clause)) return addDays(today, -1);
  return undefined;
}

/**
 * The day a document was served, from a message: the day in the parts that say it came ("dated
 * 10th November but it only came this morning (20th)" is the 20th); a message that names one day
 * and does not say it came is read as that day, unless it is a letter's date ("dated 10th
 * November") or follows a question about the last day ("so what's my deadline, the 25th?"), where
 * it is the parent's guess. With `needsArrival`,
 * only a day the message says it came on. Undefined when unsure: a day the bot is not sure of is
 * never turned into a deadline.
 */
export function servedDayIn(message: string, today: IsoDate, needsArrival = false): IsoDate | undefined {
  const text = message.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (ARRIVED.test(text)) {
    const days = new Set<IsoDate>();
    for (const clause of text.split(/[.;!?]|,|\bbut\b|\band\b|\bwhereas\b/)) {
      if (!ARRIVED.test(clause)) continue;
      const day = dayOfClause(clause, today);
      if (day) days.add(day);
    }
    return days.size === 1 ? [...days][0] : undefined;
  }
  if (needsArrival || DATED.test(text)) return undefined;
  const reading = readParentDate(message, today, 'past');
  if (!reading.ok) return undefined;
  const askedAt = text.search(ASKS_FOR_LAST_DAY);
  const guessed = askedAt >= 0 && /\d/.test(text.slice(askedAt)) && !/\d/.test(text.slice(0, askedAt));
  return guessed ? undefined : reading.date;
}

/**
 * The last day of a time limit counted in days "beginning with the day" something happened (the
 * draft plan's: the day it was served is day 1), from the day the parent's message says it was
 * served, or, when the message names no such day ("so what's my deadline then?"), the day the
 * message before it said it came (`earlier`). With `needsArrival`, only a day the message says
 * it came on (see servedDayIn).
 */
export function lastDayFromMessage(key: TimescaleKey, message: string, today: IsoDate, earlier?: string, needsArrival = false): { from: IsoDate; last: IsoDate } | undefined {
  const t = TIMESCALES[key];
  if (t.unit !== 'days' || typeof t.value !== 'number' || !/beginning with the day/.test(t.description)) return undefined;
  const served = servedDayIn(message, today, needsArrival) ?? (earlier !== undefined && !ARRIVED.test(message.toLowerCase()) ? servedDayIn(earlier, today, true) : undefined);
  return served === undefined ? undefined : { from: served, last: addDays(served, t.value - 1) };
}

/** "If it was served on Friday 20 November 2026, the last day is Thursday 4 December 2026." */
export function lastDayText(days: { from: IsoDate; last: IsoDate }): string {
  return `If it was served on ${formatLongDate(days.from)}, that day counts as the first, so the last day is ${formatLongDate(days.last)}. Check the date it was served against the letter or email.`;
}
