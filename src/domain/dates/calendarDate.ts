/**
 * Calendar days as ISO strings (YYYY-MM-DD) and the arithmetic on them.
 *
 * All arithmetic works on plain year/month/day numbers (a day count from a fixed epoch), never
 * on `Date` objects in a local time zone, so a clock change can never move a deadline by a day.
 * The only place a clock is read is `todayInLondon`.
 */

/** A calendar day, `YYYY-MM-DD`. No time and no time zone. */
export type IsoDate = string;

/** Thrown when something that should be a real calendar day is not. */
export class InvalidDateError extends RangeError {
  constructor(readonly value: string) {
    super(`Not a real calendar date in the form YYYY-MM-DD: "${value}"`);
    this.name = 'InvalidDateError';
  }
}

interface YearMonthDay {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'] as const;

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday'] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= 1 && year <= 9999 && month >= 1 && month <= 12
    && day >= 1 && day <= daysInMonth(year, month);
}

function toYmd(d: IsoDate): YearMonthDay {
  const match = ISO_PATTERN.exec(d);
  if (!match) throw new InvalidDateError(d);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) throw new InvalidDateError(d);
  return { year, month, day };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Builds an IsoDate from numbers; undefined when that day does not exist (31 February). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | undefined {
  return isRealDay(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;
}

function fromYmd({ year, month, day }: YearMonthDay): IsoDate {
  const iso = isoDateFromParts(year, month, day);
  if (iso === undefined) throw new InvalidDateError(`${year}-${month}-${day}`);
  return iso;
}

// Day number <-> civil date (Howard Hinnant's algorithms): day 0 is 1970-01-01.
function toDayNumber({ year, month, day }: YearMonthDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(n: number): YearMonthDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524)
    - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True only for real days written as YYYY-MM-DD (2026-02-30 is false). */
export function isIsoDate(s: string): boolean {
  const match = ISO_PATTERN.exec(s);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function parseIsoDate(s: string): IsoDate | undefined {
  const trimmed = s.trim();
  return isIsoDate(trimmed) ? trimmed : undefined;
}

/** The parts of a date, for callers that need the year or month. */
export function dateParts(d: IsoDate): YearMonthDay {
  return toYmd(d);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromYmd(fromDayNumber(toDayNumber(toYmd(d)) + n));
}

/** Calendar weeks: the same weekday n weeks later. Never moved for weekends or holidays. */
export function addWeeks(d: IsoDate, n: number): IsoDate {
  return addDays(d, 7 * n);
}

/**
 * The same day number n months later; when that month is shorter, its last day
 * (31 January + 1 month = 28 February, or 29 February in a leap year).
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const { year, month, day } = toYmd(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return fromYmd({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Negative when a is before b, 0 when the same day, positive when a is after b. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(toYmd(a)) - toDayNumber(toYmd(b)));
}

/** How many days from a to b (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(toYmd(b)) - toDayNumber(toYmd(a));
}

/** 0 Sunday .. 6 Saturday. */
export function dayOfWeek(d: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday (4).
  return (((toDayNumber(toYmd(d)) + 4) % 7) + 7) % 7;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
});

// formatToParts is slow and every turn asks, often several times. London's offset from UTC has
// always been whole seconds, so the day cannot change within a UTC second: remember the last one.
let lastSecond = NaN;
let lastDay: IsoDate = '';

/** The calendar day it is in England at the moment `now`. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const second = Math.floor(now.getTime() / 1000);
  if (second === lastSecond) return lastDay;
  const parts = LONDON_DAY.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  lastDay = fromYmd({ year: part('year'), month: part('month'), day: part('day') });
  lastSecond = second;
  return lastDay;
}

/** "Monday 13 April 2026". */
export function formatLongDate(d: IsoDate): string {
  const { year, month, day } = toYmd(d);
  return `${DAY_NAMES[dayOfWeek(d)]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

// ---------------------------------------------------------------------------------------------
// Dates as parents type them.

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const lower = name.toLowerCase();
    const names = [lower, lower.slice(0, 3)];
    if (lower === 'september') names.push('sept');
    return names.map((n) => [n, i + 1] as const);
  }),
);

const ORDINAL = '(?:st|nd|rd|th)?';
/** "13 April 2026", "13th of April", "13 apr, 26". */
const DAY_FIRST = new RegExp(`^(\\d{1,2})${ORDINAL}(?: of)? ([a-z]+),?(?: (\\d{4}|\\d{2}))?$`);
/** "April 13 2026", "april 13th, 26". */
const MONTH_FIRST = new RegExp(`^([a-z]+) (\\d{1,2})${ORDINAL},?(?: (\\d{4}|\\d{2}))?$`);

const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?,?\s+/;

/**
 * How far ahead a date typed without a year may be. Parents mostly give dates that have
 * happened (a letter arrived) or are coming up soon (a meeting), so "13 April" means the most
 * recent 13 April on or before today + this many days.
 */
export const YEARLESS_DATE_LOOKAHEAD_DAYS = 31;

function yearlessDate(month: number, day: number, today: IsoDate): IsoDate | undefined {
  const limit = addDays(today, YEARLESS_DATE_LOOKAHEAD_DAYS);
  const { year } = toYmd(limit);
  // Look back far enough to find a 29 February.
  for (let y = year; y >= year - 8; y -= 1) {
    const candidate = isoDateFromParts(y, month, day);
    if (candidate !== undefined && compareDates(candidate, limit) <= 0) return candidate;
  }
  return undefined;
}

function fullYear(text: string): number {
  // Two-digit years are this century: "26" is 2026.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function dayMonthYear(day: number, month: number, yearText: string | undefined, today: IsoDate): IsoDate | undefined {
  if (yearText === undefined) return isRealDay(2000, month, day) ? yearlessDate(month, day, today) : undefined;
  return isoDateFromParts(fullYear(yearText), month, day);
}

/** "3 days ago", "two days ago", "a day ago": exact, so they are read (weeks and months ago are not: see whyNotADate). */
const DAYS_AGO = /^(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) days? ago$/;
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
const MAX_DAYS_AGO = 60;

/**
 * A date as a parent might type it, read in UK order (day, then month):
 * "13/4/2026", "13/04/26", "13-4-2026", "13.4.2026", "13 April 2026", "13th April 2026",
 * "Monday 13 April 2026", "April 13 2026", "13 apr 2026", "2026-04-13", "today", "yesterday",
 * "tomorrow", "the day before yesterday", "3 days ago". Without a year ("13 April", "13/4") it is
 * the most recent such day on or before today + YEARLESS_DATE_LOOKAHEAD_DAYS. Impossible dates
 * (31/2/2026) give undefined.
 */
export function parseParentDate(text: string, today: IsoDate): IsoDate | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').replace(WEEKDAY_PREFIX, '');

  if (s === 'today') return today;
  if (s === 'yesterday') return addDays(today, -1);
  if (s === 'tomorrow') return addDays(today, 1);
  if (/^(?:the )?day before yesterday$/.test(s)) return addDays(today, -2);
  const daysAgo = DAYS_AGO.exec(s);
  if (daysAgo) {
    const n = NUMBER_WORDS.get(daysAgo[1]) ?? Number(daysAgo[1]);
    return n >= 1 && n <= MAX_DAYS_AGO ? addDays(today, -n) : undefined;
  }

  if (ISO_PATTERN.test(s)) return parseIsoDate(s);

  const numeric = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?$/.exec(s);
  if (numeric) return dayMonthYear(Number(numeric[1]), Number(numeric[2]), numeric[3], today);

  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) {
    const month = MONTH_BY_NAME.get(dayFirst[2]);
    return month === undefined ? undefined : dayMonthYear(Number(dayFirst[1]), month, dayFirst[3], today);
  }

  const monthFirst = MONTH_FIRST.exec(s);
  if (monthFirst) {
    const month = MONTH_BY_NAME.get(monthFirst[1]);
    return month === undefined ? undefined : dayMonthYear(Number(monthFirst[2]), month, monthFirst[3], today);
  }

  return undefined;
}

/** Why a parent's answer could not be used as a date: a rough time, or "I don't know". */
export type UnreadDate = 'rough' | 'unknown';

/**
 * Why a parent's answer could not be used as a date, when we can tell, so the reply can help
 * them give one: a rough time ("3 weeks ago", "last Friday", "early March") cannot count a legal
 * deadline to the day, and "I don't know" deserves more than the same question again.
 */
export function whyNotADate(text: string): UnreadDate | undefined {
  const s = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  if (/\b(?:not sure|unsure|don'?t know|do not know|dunno|no idea|can'?t remember|cannot remember|forgot|forgotten|can'?t find|cannot find|lost (?:it|the letter)|don'?t have (?:it|the letter)|do not have (?:it|the letter)|haven'?t got (?:it|the letter))\b/.test(s)) return 'unknown';
  if (/\b(?:weeks?|months?|fortnight|years?) ago\b|\b(?:last|this|next|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|\b(?:about|around|roughly|approximately|sometime|some time|early|mid|middle of|end of|beginning of|start of|late)\b/.test(s)) return 'rough';
  return undefined;
}

/** For a rough date: deadlines count to the day. */
export const EXACT_DATE_NEEDED = 'I need the exact date to work out your deadlines, because they count to the day. Please type the date itself, like this: 13 April 2026, or 13/4/2026.';

/** For an answer that is not a date at all. */
export const DATE_NOT_READ = 'Sorry, I could not read that as a date. Please type it like this: 13 April 2026, or 13/4/2026.';

/**
 * What to say when `text` could not be read as a date. `ifUnknown` fits the question asked
 * ("I don't know" means different things for a letter's date and a sending date).
 */
export function unreadDateReply(text: string, ifUnknown: string, ifUnread: string = DATE_NOT_READ): string {
  const why = whyNotADate(text);
  return why === 'unknown' ? ifUnknown : why === 'rough' ? EXACT_DATE_NEEDED : ifUnread;
}
