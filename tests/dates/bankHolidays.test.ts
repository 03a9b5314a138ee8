import assert from 'node:assert/strict';
import {
  IsoDate, addDays, addMonths, compareDates, dayOfWeek, formatLongDate, isoDateFromParts, todayInLondon,
} from '../../src/domain/dates/calendarDate';
import {
  DateOutOfRangeError, ENGLAND_AND_WALES_BANK_HOLIDAYS, addWorkingDays, isBankHoliday, isWorkingDay,
  nextWorkingDayOnOrAfter,
} from '../../src/domain/dates/bankHolidays';

// Independent check of the shipped table: Easter by the anonymous Gregorian algorithm
// (Meeus/Jones/Butcher) and the standard England and Wales rules.
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): IsoDate {
  const d = isoDateFromParts(year, month, day);
  if (d === undefined) throw new Error(`bad test date ${year}-${month}-${day}`);
  return d;
}

function firstMonday(year: number, month: number): IsoDate {
  let d = iso(year, month, 1);
  while (dayOfWeek(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: number): IsoDate {
  let d = addDays(addMonths(iso(year, month, 1), 1), -1);
  while (dayOfWeek(d) !== 1) d = addDays(d, -1);
  return d;
}

/** Weekend holidays move to the next weekday not already taken. */
function withSubstitutes(days: IsoDate[]): IsoDate[] {
  const taken = new Set<IsoDate>();
  for (const day of days) {
    let d = day;
    while (dayOfWeek(d) === 0 || dayOfWeek(d) === 6 || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
  }
  return [...taken];
}

function standardBankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([iso(year, 1, 1)]),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...withSubstitutes([iso(year, 12, 25), iso(year, 12, 26)]),
  ].sort();
}

describe('bankHolidays', () => {
  describe('the shipped table', () => {
    const table = ENGLAND_AND_WALES_BANK_HOLIDAYS;
    const tableDates = table.dates.map((h) => h.date);

    it('states its coverage and source', () => {
      assert.equal(table.coversFrom, '2024-01-01');
      assert.equal(table.coversTo, '2028-12-31');
      assert.match(table.source, /GOV\.UK/);
    });

    it('has Easter Sunday right (checked by hand against published calendars)', () => {
      assert.deepEqual(
        [2024, 2025, 2026, 2027, 2028].map(easterSunday),
        ['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16'],
      );
    });

    for (const year of [2024, 2025, 2026, 2027, 2028]) {
      it(`matches the standard rules for ${year}, with substitute days`, () => {
        assert.deepEqual(tableDates.filter((d) => d.startsWith(`${year}-`)).sort(), standardBankHolidays(year));
      });
    }

    it('has the years checked by hand', () => {
      const byYear = (y: number) => tableDates.filter((d) => d.startsWith(`${y}-`));
      assert.deepEqual(byYear(2026), ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25',
        '2026-08-31', '2026-12-25', '2026-12-28']);
      assert.deepEqual(byYear(2027), ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31',
        '2027-08-30', '2027-12-27', '2027-12-28']);
      assert.deepEqual(byYear(2028), ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29',
        '2028-08-28', '2028-12-25', '2028-12-26']);
    });

    it('lists only weekdays inside its coverage, in order, once each', () => {
      for (const d of tableDates) {
        assert.ok(dayOfWeek(d) >= 1 && dayOfWeek(d) <= 5, `${d} is a weekend`);
        assert.ok(compareDates(d, table.coversFrom) >= 0 && compareDates(d, table.coversTo) <= 0, d);
      }
      assert.deepEqual(tableDates, [...new Set(tableDates)].sort());
    });

    it('has at least 12 months left from today (add the next years from GOV.UK when this fails)', () => {
      const today = todayInLondon();
      const needed = addMonths(today, 12);
      assert.ok(compareDates(table.coversTo, needed) >= 0,
        `The bank holiday table ends on ${table.coversTo}; today is ${today}. Add bank holidays up to at least ${needed}.`);
    });
  });

  describe('isBankHoliday / isWorkingDay', () => {
    it('knows bank holidays, weekends and working days', () => {
      assert.equal(isBankHoliday('2026-12-28'), true); // Boxing Day substitute
      assert.equal(isBankHoliday('2026-12-26'), false); // a Saturday, not itself the holiday
      assert.equal(isWorkingDay('2026-12-26'), false);
      assert.equal(isWorkingDay('2026-12-28'), false);
      assert.equal(isWorkingDay('2026-12-29'), true);
      assert.equal(isWorkingDay('2026-08-31'), false);
      assert.equal(isWorkingDay('2026-11-23'), true);
    });

    it('refuses days outside the table, naming the years it covers', () => {
      assert.throws(() => isWorkingDay('2029-01-02'), DateOutOfRangeError);
      assert.throws(() => isBankHoliday('2023-12-25'), /2024 to 2028/);
      assert.throws(() => isWorkingDay('2029-01-06'), DateOutOfRangeError); // even a Saturday
    });
  });

  describe('nextWorkingDayOnOrAfter', () => {
    it('keeps a working day and moves past weekends and bank holidays', () => {
      assert.equal(nextWorkingDayOnOrAfter('2026-11-23'), '2026-11-23');
      assert.equal(nextWorkingDayOnOrAfter('2026-12-25'), '2026-12-29');
      assert.equal(nextWorkingDayOnOrAfter('2027-12-25'), '2027-12-29');
      assert.equal(nextWorkingDayOnOrAfter('2028-01-01'), '2028-01-04');
    });

    it('throws when the answer would be after the table ends', () => {
      assert.throws(() => nextWorkingDayOnOrAfter('2028-12-30'), DateOutOfRangeError);
    });
  });

  describe('addWorkingDays', () => {
    it('skips bank holidays: 3 working days after Wednesday 23 December 2026 is Wednesday 30 December', () => {
      assert.equal(formatLongDate(addWorkingDays('2026-12-23', 3)), 'Wednesday 30 December 2026');
    });

    it('does not count the start day: 3 working days after Thursday 24 December 2026 is Thursday 31 December', () => {
      assert.equal(addWorkingDays('2026-12-24', 3), '2026-12-31');
    });

    it('skips weekends and Easter', () => {
      assert.equal(addWorkingDays('2026-11-20', 1), '2026-11-23'); // Friday -> Monday
      assert.equal(addWorkingDays('2026-04-02', 1), '2026-04-07'); // Maundy Thursday -> Tuesday after Easter
      assert.equal(addWorkingDays('2026-11-23', 0), '2026-11-23');
    });

    it('counts backwards for negative numbers', () => {
      assert.equal(addWorkingDays('2026-12-29', -1), '2026-12-24');
    });

    it('throws DateOutOfRangeError past the table', () => {
      assert.throws(() => addWorkingDays('2028-12-28', 3), DateOutOfRangeError);
      assert.throws(() => addWorkingDays('2030-01-01', 1), DateOutOfRangeError);
    });
  });
});
