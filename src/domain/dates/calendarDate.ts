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

/** Words before a date that say nothing about it: "on the", "it was dated", "he was born on the". */
const DATE_LEAD = /^(?:(?:it|that|this|the letter|the decision|the date) (?:was|is) )?(?:(?:he|she|they|i|we) (?:was|were) )?(?:dated |sent |born |received |posted )?(?:on )?(?:the )?/;

/**
 * A month's name as typed, misspelt too ("octobr", "febuary", "janurary"): its first three
 * letters decide, as no two months share them, for a word of four letters or more.
 */
function monthNamed(word: string): number | undefined {
  return MONTH_BY_NAME.get(word) ?? (word.length >= 4 ? MONTH_BY_NAME.get(word.slice(0, 3)) : undefined);
}

const WEEKDAY_PREFIX = /^((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?),?\s+/;

/**
 * Which year a date typed without one ("13 April", "13/4") belongs to. The question decides,
 * because "15 December" means last December for a letter that came, and next January for a
 * letter still to send:
 *  - 'past': a day that has happened (a letter's date): the most recent one, not after today;
 *  - 'future': a day usually still to come (when you will send a letter): the next one, unless
 *    the last one is nearer (the question also asks "or when did you send it?": "1 September",
 *    typed in November, is the one just gone, not one nine months away);
 *  - 'ahead': a day the parent says is still to come ("I will send it on 5 May"): the next one,
 *    on or after today, however far;
 *  - 'near': no direction: the most recent one on or before today + YEARLESS_DATE_LOOKAHEAD_DAYS.
 */
export type YearlessDate = 'past' | 'future' | 'ahead' | 'near';

/** For 'near': how far ahead a date typed without a year may be. */
export const YEARLESS_DATE_LOOKAHEAD_DAYS = 31;

/** A date read, or not; `noSuchDay` says why when the day does not exist ("2013 had no 29 February"). */
export type ParentDateReading = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly noSuchDay?: string };

const read = (date: IsoDate): ParentDateReading => ({ ok: true, date });
const unread = (noSuchDay?: string): ParentDateReading => (noSuchDay === undefined ? { ok: false } : { ok: false, noSuchDay });

function yearlessDate(month: number, day: number, today: IsoDate, expect: YearlessDate): ParentDateReading {
  const { year } = toYmd(today);
  const on = (y: number) => isoDateFromParts(y, month, day);
  if (expect === 'near') {
    const limit = addDays(today, YEARLESS_DATE_LOOKAHEAD_DAYS);
    const { year: limitYear } = toYmd(limit);
    // Look back far enough to find a 29 February.
    for (let y = limitYear; y >= limitYear - 8; y -= 1) {
      const candidate = on(y);
      if (candidate !== undefined && compareDates(candidate, limit) <= 0) return read(candidate);
    }
    return unread();
  }
  if (expect === 'past') {
    for (const y of [year, year - 1]) {
      const candidate = on(y);
      if (candidate !== undefined && compareDates(candidate, today) <= 0) return read(candidate);
    }
  } else if (expect === 'ahead') {
    const next = [year, year + 1].map(on).find((d) => d !== undefined && compareDates(d, today) >= 0);
    if (next !== undefined) return read(next);
  } else {
    const last = [year, year - 1].map(on).find((d) => d !== undefined && compareDates(d, today) < 0);
    const next = [year, year + 1].map(on).find((d) => d !== undefined && compareDates(d, today) >= 0);
    if (last !== undefined && (next === undefined || daysBetween(last, today) < daysBetween(today, next))) return read(last);
    if (next !== undefined) return read(next);
  }
  // Only 29 February can be missing from a whole year either way.
  return unread(`${year} has no 29 February, because it is not a leap year. Please check the date and type it with the year, like 28 February ${year}.`);
}

function fullYear(text: string): number {
  // Two-digit years are this century: "26" is 2026.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function monthLength(month: number): string {
  return month === 2 ? '28 days, or 29 in a leap year' : `${daysInMonth(2001, month)} days`;
}

function dayMonthYear(day: number, month: number, yearText: string | undefined, today: IsoDate, expect: YearlessDate): ParentDateReading {
  if (month > 12 && day >= 1 && day <= 12) {
    // Probably written month first ("4/13/2026"): say how we read dates.
    return unread(`There is no month ${month}. I read dates with the day first, so 4/12/2026 is 4 December 2026. Please check the date and type it again.`);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return unread();
  const noSuchDay = `There is no ${day} ${MONTH_NAMES[month - 1]}: ${MONTH_NAMES[month - 1]} has ${monthLength(month)}. Please check the date and type it again.`;
  if (yearText === undefined) return isRealDay(2000, month, day) ? yearlessDate(month, day, today, expect) : unread(noSuchDay);
  const year = fullYear(yearText);
  const date = isoDateFromParts(year, month, day);
  if (date !== undefined) return read(date);
  if (month === 2 && day === 29) {
    const past = year < toYmd(today).year;
    return unread(`${year} ${past ? 'had' : 'has'} no 29 February, because it ${past ? 'was' : 'is'} not a leap year. Please check the date and type it again.`);
  }
  return unread(noSuchDay);
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
const COUNT = '(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)';
const count = (word: string): number => NUMBER_WORDS.get(word) ?? Number(word);

/** "3 days ago", "two days ago", "a day ago": exact, so they are read (see whyNotADate for rough times). */
const DAYS_AGO = new RegExp(`^${COUNT} days? ago$`);
/** "a week ago", "2 weeks ago", "2 wks ago", "a fortnight ago": whole weeks back, read back to the parent to check. */
const WEEKS_AGO = new RegExp(`^(?:${COUNT} (?:weeks?|wks?)|(?:a |one )?fortnight) ago$`);
/** "in 3 days", "in a week", "in a fortnight". */
const IN_DAYS = new RegExp(`^in (?:${COUNT} (days?|weeks?)|a fortnight)$`);
const MAX_DAYS_AGO = 60;
const MAX_WEEKS = 8;

const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thur', 4], ['thu', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
]);
const WEEKDAY = new RegExp(`^(?:(last|next|this|on) )?(${[...WEEKDAY_NUMBERS.keys()].join('|')})$`);

/**
 * "last Tuesday" is the most recent Tuesday before today and "next Tuesday" the first after it.
 * "Tuesday", "on Tuesday" or "this Tuesday" lean the way the question does (the one just gone
 * for a past date, the one coming for a future date; today counts), and are too vague otherwise.
 */
function weekdayDate(which: string | undefined, weekday: number, today: IsoDate, expect: YearlessDate): IsoDate | undefined {
  const back = (dayOfWeek(today) - weekday + 7) % 7;
  const ahead = (weekday - dayOfWeek(today) + 7) % 7;
  if (which === 'last') return addDays(today, -(back || 7));
  if (which === 'next') return addDays(today, ahead || 7);
  if (expect === 'past') return addDays(today, -back);
  if (expect === 'future' || expect === 'ahead') return addDays(today, ahead);
  return undefined;
}

/**
 * A date as a parent might type it, read in UK order (day, then month):
 * "13/4/2026", "13/04/26", "13-4-2026", "13.4.2026", "13 April 2026", "13th April 2026",
 * "Monday 13 April 2026", "April 13 2026", "13 apr 2026", "2026-04-13", "today", "yesterday",
 * "tomorrow", "the day before yesterday", "3 days ago", "a fortnight ago", "in 3 days",
 * "last Tuesday", "next Friday". Without a year ("13 April", "13/4") the year is chosen by
 * `expect` (see YearlessDate). A day that does not exist (31/4/2026, 29/02/2013) is not read,
 * with a sentence saying why.
 */
export function readParentDate(text: string, today: IsoDate, expect: YearlessDate = 'near'): ParentDateReading {
  const lower = withoutHedges(text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').replace(/[.!]+$/, ''))
    // "Thursday just gone" is last Thursday (before the weekday in front of a date is dropped).
    .replace(/^(?:on )?([a-z]+) just gone$/, 'last $1');
  // The weekday in front of a date is dropped; a day of the month alone must agree with it.
  const weekdayNamed = WEEKDAY_PREFIX.exec(lower)?.[1];
  const s = lower.replace(WEEKDAY_PREFIX, '');
  // "2 wks ago monday", "monday 2 weeks ago" (before the weekday is dropped, and before "2 weeks ago" alone).
  const inWeek = weekdayWeeksAgo(lower, today);
  if (inWeek !== undefined) return inWeek;

  if (s === 'today') return read(today);
  if (s === 'yesterday') return read(addDays(today, -1));
  if (s === 'tomorrow') return read(addDays(today, 1));
  if (/^(?:the )?day before yesterday$/.test(s)) return read(addDays(today, -2));
  if (/^(?:the )?day after tomorrow$/.test(s)) return read(addDays(today, 2));
  const daysAgo = DAYS_AGO.exec(s);
  if (daysAgo) {
    const n = count(daysAgo[1]);
    return n >= 1 && n <= MAX_DAYS_AGO ? read(addDays(today, -n)) : unread();
  }
  const weeksAgo = WEEKS_AGO.exec(s);
  if (weeksAgo) {
    const n = weeksAgo[1] === undefined ? 2 : count(weeksAgo[1]);
    return n >= 1 && n <= MAX_WEEKS ? read(addDays(today, -7 * n)) : unread();
  }
  const inDays = IN_DAYS.exec(s);
  if (inDays) {
    const days = inDays[1] === undefined ? 14 : count(inDays[1]) * (inDays[2].startsWith('week') ? 7 : 1);
    return days >= 1 && days <= MAX_DAYS_AGO ? read(addDays(today, days)) : unread();
  }
  const weekday = WEEKDAY.exec(s);
  if (weekday) {
    const date = weekdayDate(weekday[1], WEEKDAY_NUMBERS.get(weekday[2])!, today, expect);
    return date === undefined ? unread() : read(date);
  }

  if (ISO_PATTERN.test(s)) {
    const iso = parseIsoDate(s);
    return iso === undefined ? unread() : read(iso);
  }

  const numeric = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?$/.exec(s);
  if (numeric) return dayMonthYear(Number(numeric[1]), Number(numeric[2]), numeric[3], today, expect);

  // "the 14th of jan", "on the 3rd of April", "he was born on the 3rd of april 2009": the date in it.
  const bare = s.replace(DATE_LEAD, '');
  const dayFirst = DAY_FIRST.exec(bare);
  if (dayFirst) {
    const month = monthNamed(dayFirst[2]);
    return month === undefined ? unread() : dayMonthYear(Number(dayFirst[1]), month, dayFirst[3], today, expect);
  }

  const monthFirst = MONTH_FIRST.exec(bare);
  if (monthFirst) {
    const month = monthNamed(monthFirst[1]);
    return month === undefined ? unread() : dayMonthYear(Number(monthFirst[2]), month, monthFirst[3], today, expect);
  }

  // "the 3rd", "23rd i think": a day of the month alone, in the month the question points to.
  const dayOnly = DAY_ONLY.exec(bare.replace(HEDGE_AFTER, ''));
  if (dayOnly) {
    const weekday = weekdayNamed === undefined ? undefined : WEEKDAY_NUMBERS.get(weekdayNamed.replace(/(?<=^(?:mon|tue|wed|thu|fri|sat|sun))\w*$/, ''));
    return dayOfMonthDate(Number(dayOnly[1] ?? dayOnly[2]), today, expect, weekday);
  }

  // "End of last month, the 28th i think", "early september, the 2nd": the day and the month both said.
  const hedged = dayWithMonthWords(s, today, expect);
  if (hedged !== undefined) return hedged;

  // A date inside a sentence ("I handed it in on 01/09/2026"): used only when it is the one
  // day named, so "dated 2nd Oct but it came on the 9th" is not read as either.
  const inside = dateInsideSentence(s);
  return inside === undefined || inside === s ? unread() : readParentDate(inside, today, expect);
}

/**
 * Doubt around a whole answer ("prob thursday", "yesterday i guess", "i think it was 5th may"):
 * the date is still the parent's best answer, and is read back to them. Words that make a date
 * rough ("about", "around", "or so") are not doubt of this kind, and stay (see whyNotADate).
 */
const HEDGE_BEFORE = /^(?:(?:prob|probs|probably|possibly|maybe|i think|i believe|i reckon|i guess|think|pretty sure|i'?m pretty sure|i am pretty sure|i'?m sure|if i remember rightly|if i remember right|from memory)[, ]+)+/;
const HEDGE_AFTERWARDS = /(?:,? (?:i think|i believe|i reckon|i guess|i suppose|i'?m pretty sure|i am pretty sure|i'?m sure|probably|prob|maybe|think so|if i remember rightly|if i remember right|from memory))+$/;

function withoutHedges(s: string): string {
  const stripped = s.replace(HEDGE_BEFORE, '').replace(HEDGE_AFTERWARDS, '').trim();
  return stripped === '' ? s : stripped;
}

/** "the 3rd", "the 10th", "3rd", "the 3": a day of the month with no month. A bare "3" is not a date. */
const DAY_ONLY = /^(?:(?:it s|its|it is|it was|that was|same day) )?(?:the (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))$/;
/** Doubt after a date ("the 23rd i think"): the date is still the parent's best answer, and is read back to them. */
const HEDGE_AFTER = /,? (?:i think|i believe|i reckon|probably|maybe|i m pretty sure|im pretty sure|i m sure|im sure)$/;

/**
 * A day of the month alone. For a day that has happened ('past'), the most recent one not after
 * today; for a day to come ('future'), the next one, unless the last one is nearer (as for a
 * date without a year); with no direction ('near') it is too vague to read.
 */
function dayOfMonthDate(day: number, today: IsoDate, expect: YearlessDate, weekday?: number): ParentDateReading {
  if (day < 1 || day > 31 || expect === 'near') return unread();
  const { year, month } = toYmd(today);
  const inMonth = (offset: number): IsoDate | undefined => {
    const index = year * 12 + (month - 1) + offset;
    return isoDateFromParts(Math.floor(index / 12), (index % 12) + 1, day);
  };
  // Two months either side always hold a day up to 31 (no two months in a row are short of it).
  // "Friday 20th": only a 20th that is a Friday (none near: not read, rather than a wrong day).
  const candidates = [-2, -1, 0, 1, 2].map(inMonth).filter((d): d is IsoDate => d !== undefined && (weekday === undefined || dayOfWeek(d) === weekday));
  const last = [...candidates].reverse().find((d) => compareDates(d, today) <= 0);
  const next = candidates.find((d) => compareDates(d, today) >= 0);
  if (expect === 'past') return last === undefined ? unread() : read(last);
  if (expect === 'ahead') return next === undefined ? unread() : read(next);
  if (last !== undefined && (next === undefined || daysBetween(last, today) < daysBetween(today, next))) return read(last);
  return next === undefined ? unread() : read(next);
}

const NUMERIC_INSIDE = /\b\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2}))?\b/g;
const DAY_FIRST_INSIDE = new RegExp(`\\b\\d{1,2}${ORDINAL}(?: of)? ([a-z]{3,9})(?:,? \\d{4})?\\b`, 'g');
const MONTH_FIRST_INSIDE = new RegExp(`\\b([a-z]{3,9}) \\d{1,2}${ORDINAL}(?:,? \\d{4})?\\b`, 'g');
/** Any day of the month named on its own ("the 9th"), which would make a sentence's date unsure. */
const DAY_NUMBERS = /\b\d{1,2}(?:st|nd|rd|th)\b|\bthe \d{1,2}\b/g;

function dateInsideSentence(s: string): string | undefined {
  const named = [...s.matchAll(DAY_FIRST_INSIDE), ...s.matchAll(MONTH_FIRST_INSIDE)].filter((m) => monthNamed(m[1]) !== undefined).map((m) => m[0]);
  const found = [...(s.match(NUMERIC_INSIDE) ?? []), ...named];
  // No whole date, but one day of the month named ("its the 23rd i think"): that day.
  if (found.length === 0) {
    const days = s.match(DAY_NUMBERS) ?? [];
    // ("About the 10th" is a rough day: deadlines need the exact one, see whyNotADate.)
    if (days.length !== 1 || !/(?:st|nd|rd|th)$/.test(days[0])) return undefined;
    // "it came on friday 20th": the weekday goes with it, to be checked (and is no rough "on Friday").
    const day = new RegExp(`\\b(?:${[...WEEKDAY_NUMBERS.keys()].join('|')}),? (?:the )?${days[0]}\\b`).exec(s)?.[0] ?? days[0];
    return whyNotADate(s.replace(day, ' ')) === 'rough' ? undefined : day;
  }
  if (found.length !== 1) return undefined;
  // Other day numbers besides the date's own: more than one day is named.
  const days = (s.match(DAY_NUMBERS) ?? []).length;
  const own = (found[0].match(DAY_NUMBERS) ?? []).length;
  return days > own ? undefined : found[0];
}

const WEEKDAY_WORD = `(${[...WEEKDAY_NUMBERS.keys()].join('|')})`;
/** "2 weeks ago", "a fortnight ago", "last week", "the week before last": a week before this one. */
const WEEK_BACK = `(?:${COUNT} (?:weeks?|wks?) ago|(?:a |one )?fortnight ago|last week|the week before last)`;
/** "2 wks ago monday", "monday 2 weeks ago", "the monday of 2 weeks ago", "last week on friday". */
const WEEKDAY_WEEKS_AGO = [
  new RegExp(`^${WEEK_BACK}(?:,? on)?,? (?:the |on )?${WEEKDAY_WORD}$`),
  new RegExp(`^(?:the |on )?${WEEKDAY_WORD},? (?:of |from |in )?(?:the week )?${WEEK_BACK}$`),
];

/**
 * "2 weeks ago monday": that weekday in the week (Monday to Sunday) two weeks before this one, so
 * on Tuesday 24 November it is Monday 9 November. Undefined when the words are not of this kind.
 */
function weekdayWeeksAgo(s: string, today: IsoDate): ParentDateReading | undefined {
  for (const pattern of WEEKDAY_WEEKS_AGO) {
    const m = pattern.exec(s);
    if (!m) continue;
    const weekdayWord = m.slice(1).find((g) => g !== undefined && WEEKDAY_NUMBERS.has(g));
    const countWord = m.slice(1).find((g) => g !== undefined && !WEEKDAY_NUMBERS.has(g));
    const back = /fortnight|week before last/.test(s) ? 2 : /last week/.test(s) ? 1 : countWord === undefined ? 1 : count(countWord);
    if (weekdayWord === undefined || back < 1 || back > MAX_WEEKS) return unread();
    const sameDayThen = addDays(today, -7 * back);
    // Monday of that week, then on to the weekday named (Sunday is the week's last day).
    const monday = addDays(sameDayThen, -((dayOfWeek(sameDayThen) + 6) % 7));
    const weekday = WEEKDAY_NUMBERS.get(weekdayWord)!;
    return read(addDays(monday, (weekday + 6) % 7));
  }
  return undefined;
}

/** Words that say where in a month a day is: they must agree with the day given ("early september, the 28th" does not). */
const PART_OF_MONTH: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/\b(?:early|beginning of|start of|first week of)\b/, 1, 12],
  [/\b(?:mid|middle of)\b/, 8, 23],
  [/\b(?:end of|late|last week of)\b/, 17, 31],
];
const MAX_HEDGED_WORDS = 12;

/**
 * A day of the month said with its month in other words: "end of last month, the 28th i think",
 * "early september, the 2nd". Read when the message names one day and one month (a month's name,
 * or "last month", "this month", "next month") and any word about where in the month agrees with
 * the day; undefined otherwise. It is read back to the parent, like every date.
 */
function dayWithMonthWords(s: string, today: IsoDate, expect: YearlessDate): ParentDateReading | undefined {
  const words = s.split(' ');
  if (words.length > MAX_HEDGED_WORDS) return undefined;
  const days = [...s.matchAll(/\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b|\bthe (\d{1,2})\b/g)];
  if (days.length !== 1) return undefined;
  const yearText = /\b(20\d\d)\b/.exec(s)?.[1];
  // No other number: "he was 5 last month, the 3rd" is not one date.
  if (/\d/.test(s.replace(days[0][0], ' ').replace(yearText ?? '#', ' '))) return undefined;
  const day = Number(days[0][1] ?? days[0][2]);
  const relative = /\b(last|this|next) month\b/.exec(s);
  // A month's name ("may" only after words about the month: "it may be" is no month).
  const named = words
    .map((w, i) => ({ month: MONTH_BY_NAME.get(w.replace(/[^a-z]/g, '')), i }))
    .filter((m) => m.month !== undefined && (m.month !== 5 || /^(?:in|early|mid|late|of|end|start|beginning)$/.test(words[m.i - 1] ?? '')));
  if ((relative ? 1 : 0) + named.length !== 1) return undefined;
  for (const [part, from, to] of PART_OF_MONTH) {
    if (part.test(s) && (day < from || day > to)) return undefined;
  }
  if (relative) {
    const { year, month } = toYmd(today);
    const index = year * 12 + (month - 1) + (relative[1] === 'last' ? -1 : relative[1] === 'next' ? 1 : 0);
    const iso = isoDateFromParts(Math.floor(index / 12), (index % 12) + 1, day);
    const monthName = MONTH_NAMES[index % 12];
    return iso === undefined ? unread(`There is no ${day} ${monthName}: ${monthName} has ${monthLength((index % 12) + 1)}. Please check the date and type it again.`) : read(iso);
  }
  return dayMonthYear(day, named[0].month!, yearText, today, expect);
}

/** readParentDate, for callers that only need the day (undefined when it could not be read). */
export function parseParentDate(text: string, today: IsoDate, expect: YearlessDate = 'near'): IsoDate | undefined {
  const reading = readParentDate(text, today, expect);
  return reading.ok ? reading.date : undefined;
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
  if (/\b(?:days?|weeks?|months?|fortnight|years?) ago\b|\b(?:last|this|next) (?:week|month|year|term)\b|\bthe other (?:day|week)\b|\brecently\b|\b(?:last|this|next|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|\b(?:about|around|roughly|approximately|sometime|some time|early|mid|middle of|end of|beginning of|start of|late)\b/.test(s)) return 'rough';
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

/** What a parent's words say about when a day is, whatever the question asked. */
export type DateTense = 'past' | 'future';

/** "it was", "I sent it", "ages ago", "back in May", "already": a day that has happened. */
const PAST_CUES = /\b(?:was|were|sent|posted|emailed|e-mailed|handed|dropped|delivered|went|gave|did|ago|back in|already|had|arrived|received|submitted|signed for)\b/;
/** "I will send it", "going to", "planning to": a day still to come. */
const FUTURE_CUES = /\b(?:will|i'll|we'll|going to|gonna|plan to|planning to|hope to|hoping to|intend to|want to|shall|about to|not yet|yet to|still to)\b/;
/** "I haven't sent it yet", "not posted": words of sending that say it has not happened. */
const NOT_SENT = /\b(?:haven't|havent|have not|hasn't|has not|not|never|didn't|did not)(?: \w+){0,2} (?:sent|send|posted|post|emailed|email|handed|hand)\b/;

/**
 * The tense of a parent's answer about a day: 'past' for "I think it was 5th May", 'future'
 * for "I will send it on 5 May"; undefined when it says neither, or both. The question may
 * cover both ("when will you send it, or when did you send it?"): the parent's own words
 * decide, and a date the parent says has happened is never read as one to come.
 */
export function tenseOfDate(text: string): DateTense | undefined {
  const t = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const notSent = NOT_SENT.test(t);
  const past = !notSent && PAST_CUES.test(t);
  const future = notSent || FUTURE_CUES.test(t);
  return past === future ? undefined : past ? 'past' : 'future';
}

/** "the 2nd", "2nd", "on the 2nd", "2": a day of the month with no month; undefined otherwise. */
export function dayOfMonthAlone(text: string): number | undefined {
  const m = /^(?:on |it was |its |it'?s |dated )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?$/.exec(text.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' '));
  const day = m ? Number(m[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

/**
 * A month named with no day ("back in May", "in march", "october"): 1-12, or undefined. A day
 * is still needed (deadlines count to the day), but the reply can say which month it heard.
 * "May" counts only as the last word or after "in", as it is also a verb ("it may be").
 */
export function monthWithoutDay(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/\d/.test(text) || t.split(' ').length > 8) return undefined;
  const words = t.split(' ');
  for (let i = 0; i < words.length; i += 1) {
    // Only a month's own name or short form: "married" is not March.
    const month = MONTH_BY_NAME.get(words[i]);
    if (month === undefined) continue;
    if (month === 5 && i !== words.length - 1 && words[i - 1] !== 'in') continue;
    return month;
  }
  return undefined;
}
