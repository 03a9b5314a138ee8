/**
 * When SENDIASS advisers are available to chat, from a plain setting such as
 * "mon-fri 09:00-17:00; sat 10:00-12:00" (Europe/London wall-clock times). England and Wales
 * bank holidays are always closed. Used to tell a parent honestly whether someone can join now
 * and, if not, when they will be back.
 */
import { isBankHoliday, isCoveredByBankHolidayTable } from '../dates/bankHolidays';
import { addDays, dayOfWeek, formatLongDate, type IsoDate } from '../dates/calendarDate';

export interface OpeningRange {
  /** Days of the week, 0 = Sunday ... 6 = Saturday. */
  readonly days: readonly number[];
  /** Minutes after midnight. */
  readonly opens: number;
  readonly closes: number;
}

export interface AdviserHours {
  readonly ranges: readonly OpeningRange[];
}

/** A moment when advisers are next available, as a London calendar day and wall-clock time. */
export interface OpeningTime {
  readonly date: IsoDate;
  /** Minutes after midnight. */
  readonly minutes: number;
}

export class AdviserHoursError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdviserHoursError';
  }
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const PART = /^([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/i;

/** Reads "mon-fri 09:00-17:00; sat 10:00-12:00". Throws AdviserHoursError saying what is wrong. */
export function parseAdviserHours(spec: string): AdviserHours {
  const parts = spec.split(';').map((p) => p.trim()).filter(Boolean);
  if (!parts.length) throw new AdviserHoursError('Adviser hours are empty: use something like "mon-fri 09:00-17:00".');
  return { ranges: parts.map(parseRange) };
}

function parseRange(part: string): OpeningRange {
  const m = PART.exec(part);
  if (!m) throw new AdviserHoursError(`"${part}" should look like "mon-fri 09:00-17:00".`);
  const first = dayIndex(m[1], part);
  const last = m[2] ? dayIndex(m[2], part) : first;
  const days: number[] = [];
  // "fri-mon" wraps over the weekend.
  for (let d = first; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === last) break;
  }
  const opens = minutesOf(Number(m[3]), Number(m[4]), part);
  const closes = minutesOf(Number(m[5]), Number(m[6]), part);
  if (closes <= opens) throw new AdviserHoursError(`In "${part}" the closing time must be after the opening time.`);
  return { days, opens, closes };
}

function dayIndex(name: string, part: string): number {
  const i = (DAYS as readonly string[]).indexOf(name.toLowerCase());
  if (i < 0) throw new AdviserHoursError(`"${name}" in "${part}" is not a day: use mon, tue, wed, thu, fri, sat or sun.`);
  return i;
}

function minutesOf(hours: number, minutes: number, part: string): number {
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) throw new AdviserHoursError(`"${part}" has a time that does not exist.`);
  return hours * 60 + minutes;
}

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The London calendar day and wall-clock minutes at the moment `now`. */
export function londonWallClock(now: Date): OpeningTime {
  const parts = LONDON_CLOCK.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** Bank holidays are closed; a day beyond the shipped table is treated as an ordinary day. */
function closedAllDay(date: IsoDate): boolean {
  return isCoveredByBankHolidayTable(date) && isBankHoliday(date);
}

function rangesOn(hours: AdviserHours, date: IsoDate): OpeningRange[] {
  if (closedAllDay(date)) return [];
  const day = dayOfWeek(date);
  return hours.ranges.filter((r) => r.days.includes(day)).sort((a, b) => a.opens - b.opens);
}

export function isOpenAt(hours: AdviserHours, now: Date): boolean {
  const { date, minutes } = londonWallClock(now);
  return rangesOn(hours, date).some((r) => minutes >= r.opens && minutes < r.closes);
}

/**
 * The next time advisers are available after `now` (now itself when open). Looks up to three
 * weeks ahead, enough for Christmas; undefined when the hours never open.
 */
export function nextOpening(hours: AdviserHours, now: Date): OpeningTime | undefined {
  const here = londonWallClock(now);
  for (let i = 0; i < 21; i++) {
    const date = addDays(here.date, i);
    for (const r of rangesOn(hours, date)) {
      if (i > 0 || here.minutes < r.opens) return { date, minutes: r.opens };
      if (here.minutes < r.closes) return { date, minutes: here.minutes };
    }
  }
  return undefined;
}

/**
 * When advisers are back, as a parent would say it: "today at 9am", "tomorrow at 9am", or
 * "on Monday 30 November 2026 at 9am" (or "at 9:30am"). Today is London's.
 */
export function describeOpeningTime(t: OpeningTime, now: Date): string {
  const today = londonWallClock(now).date;
  const day = t.date === today ? 'today' : t.date === addDays(today, 1) ? 'tomorrow' : `on ${formatLongDate(t.date)}`;
  return `${day} at ${describeClockTime(t.minutes)}`;
}

/** 540 -> "9am", 570 -> "9:30am", 720 -> "12 noon", 1020 -> "5pm". */
export function describeClockTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (h === 12 && m === 0) return '12 noon';
  if (h === 0 && m === 0) return 'midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
