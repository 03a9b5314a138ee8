import { addDays, compareDates, dateParts, dayOfWeek, todayInLondon, type IsoDate } from '../dates/calendarDate';

/**
 * Reports count by calendar day and week in England (Europe/London), while records carry UTC
 * timestamps. Weeks start on Monday.
 */

/** The calendar day in England when this timestamp happened. */
export function londonDateOf(timestamp: string): IsoDate {
  return todayInLondon(new Date(timestamp));
}

/** The Monday of the week (in England) containing this day. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The UTC timestamp at which this day begins in England (23:00 the day before, in summer). */
export function londonDayStart(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const hourEarlier = new Date(utcMidnight - 3600 * 1000);
  return (todayInLondon(hourEarlier) === date ? hourEarlier : new Date(utcMidnight)).toISOString();
}

/** Timestamps covering the days `from` to `to`, both included: [start of from, start of the day after to). */
export function londonDaysRange(from: IsoDate, to: IsoDate): { from: string; to: string } {
  return { from: londonDayStart(from), to: londonDayStart(addDays(to, 1)) };
}

/** Every week start from the week of `from` to the week of `to`. */
export function weekStartsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let w = weekStartOf(from); compareDates(w, to) <= 0; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}
