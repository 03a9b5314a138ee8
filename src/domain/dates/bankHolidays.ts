/**
 * England and Wales bank holidays, shipped with the project, and working-day arithmetic.
 *
 * The table is data, not a rule, because bank holidays are announced (and occasionally added,
 * as in 2022). When a calculation needs a day outside the table we refuse with
 * DateOutOfRangeError rather than guess: a wrong tribunal deadline is worse than none.
 * tests/dates/bankHolidays.test.ts fails when fewer than 12 months of the table are left.
 */
import { IsoDate, addDays, compareDates, dayOfWeek } from './calendarDate';

export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

export interface BankHolidayTable {
  readonly coversFrom: IsoDate;
  readonly coversTo: IsoDate;
  readonly source: string;
  readonly dates: readonly BankHoliday[];
}

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: BankHolidayTable = {
  coversFrom: '2024-01-01',
  coversTo: '2028-12-31',
  source: 'GOV.UK bank holidays (England and Wales)',
  dates: [
    { date: '2024-01-01', name: "New Year's Day" },
    { date: '2024-03-29', name: 'Good Friday' },
    { date: '2024-04-01', name: 'Easter Monday' },
    { date: '2024-05-06', name: 'Early May bank holiday' },
    { date: '2024-05-27', name: 'Spring bank holiday' },
    { date: '2024-08-26', name: 'Summer bank holiday' },
    { date: '2024-12-25', name: 'Christmas Day' },
    { date: '2024-12-26', name: 'Boxing Day' },

    { date: '2025-01-01', name: "New Year's Day" },
    { date: '2025-04-18', name: 'Good Friday' },
    { date: '2025-04-21', name: 'Easter Monday' },
    { date: '2025-05-05', name: 'Early May bank holiday' },
    { date: '2025-05-26', name: 'Spring bank holiday' },
    { date: '2025-08-25', name: 'Summer bank holiday' },
    { date: '2025-12-25', name: 'Christmas Day' },
    { date: '2025-12-26', name: 'Boxing Day' },

    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-04-03', name: 'Good Friday' },
    { date: '2026-04-06', name: 'Easter Monday' },
    { date: '2026-05-04', name: 'Early May bank holiday' },
    { date: '2026-05-25', name: 'Spring bank holiday' },
    { date: '2026-08-31', name: 'Summer bank holiday' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2026-12-28', name: 'Boxing Day (substitute day)' },

    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-03-26', name: 'Good Friday' },
    { date: '2027-03-29', name: 'Easter Monday' },
    { date: '2027-05-03', name: 'Early May bank holiday' },
    { date: '2027-05-31', name: 'Spring bank holiday' },
    { date: '2027-08-30', name: 'Summer bank holiday' },
    { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
    { date: '2027-12-28', name: 'Boxing Day (substitute day)' },

    // 2028 follows the standard rules; replace with the GOV.UK list once it is published.
    { date: '2028-01-03', name: "New Year's Day (substitute day)" },
    { date: '2028-04-14', name: 'Good Friday' },
    { date: '2028-04-17', name: 'Easter Monday' },
    { date: '2028-05-01', name: 'Early May bank holiday' },
    { date: '2028-05-29', name: 'Spring bank holiday' },
    { date: '2028-08-28', name: 'Summer bank holiday' },
    { date: '2028-12-25', name: 'Christmas Day' },
    { date: '2028-12-26', name: 'Boxing Day' },
  ],
};

/** Thrown when a working-day calculation needs a day the bank-holiday table does not cover. */
export class DateOutOfRangeError extends RangeError {
  constructor(readonly date: IsoDate, readonly table: BankHolidayTable = ENGLAND_AND_WALES_BANK_HOLIDAYS) {
    super(`Cannot work out working days for ${date}: the bank holiday list only covers `
      + `${table.coversFrom.slice(0, 4)} to ${table.coversTo.slice(0, 4)} `
      + `(${table.coversFrom} to ${table.coversTo}).`);
    this.name = 'DateOutOfRangeError';
  }
}

const BANK_HOLIDAY_DATES: ReadonlySet<IsoDate> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.dates.map((h) => h.date));

export function isCoveredByBankHolidayTable(d: IsoDate): boolean {
  const { coversFrom, coversTo } = ENGLAND_AND_WALES_BANK_HOLIDAYS;
  return compareDates(d, coversFrom) >= 0 && compareDates(d, coversTo) <= 0;
}

function assertCovered(d: IsoDate): void {
  if (!isCoveredByBankHolidayTable(d)) throw new DateOutOfRangeError(d);
}

/** Throws DateOutOfRangeError outside the table: we cannot know that year's holidays. */
export function isBankHoliday(d: IsoDate): boolean {
  assertCovered(d);
  return BANK_HOLIDAY_DATES.has(d);
}

/** The name of the bank holiday on this day, if it is one. */
export function bankHolidayName(d: IsoDate): string | undefined {
  assertCovered(d);
  return ENGLAND_AND_WALES_BANK_HOLIDAYS.dates.find((h) => h.date === d)?.name;
}

export function isWeekend(d: IsoDate): boolean {
  const day = dayOfWeek(d);
  return day === 0 || day === 6;
}

/** Not a Saturday, Sunday or England and Wales bank holiday. */
export function isWorkingDay(d: IsoDate): boolean {
  // Checked first so that even a weekend day outside the table is refused, not half-answered.
  assertCovered(d);
  return !isWeekend(d) && !isBankHoliday(d);
}

export function nextWorkingDayOnOrAfter(d: IsoDate): IsoDate {
  let day = d;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The day n working days after d (before d when n is negative). The start day itself is not
 * counted, so 3 working days after Wednesday 23 December 2026 is Wednesday 30 December
 * (25 and 28 December are bank holidays). n = 0 gives d.
 */
export function addWorkingDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number, not ${n}`);
  assertCovered(d);
  const step = n < 0 ? -1 : 1;
  let day = d;
  for (let counted = 0; counted < Math.abs(n);) {
    day = addDays(day, step);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}
