import assert from 'node:assert/strict';
import {
  addDays, addMonths, addWeeks, compareDates, dayOfWeek, daysBetween, formatLongDate, InvalidDateError,
  isIsoDate, monthWithoutDay, parseIsoDate, parseParentDate, readParentDate, tenseOfDate, todayInLondon, whyNotADate, type YearlessDate,
} from '../../src/domain/dates/calendarDate';

describe('calendarDate', () => {
  describe('isIsoDate / parseIsoDate', () => {
    it('accepts real days only', () => {
      assert.equal(isIsoDate('2026-04-13'), true);
      assert.equal(isIsoDate('2028-02-29'), true);
      assert.equal(isIsoDate('2026-02-29'), false);
      assert.equal(isIsoDate('2026-02-30'), false);
      assert.equal(isIsoDate('2026-13-01'), false);
      assert.equal(isIsoDate('2026-4-13'), false);
      assert.equal(isIsoDate('2026-04-13T00:00'), false);
      assert.equal(isIsoDate('1900-02-29'), false);
      assert.equal(isIsoDate('2000-02-29'), true);
    });

    it('parses trimmed ISO dates and refuses others', () => {
      assert.equal(parseIsoDate(' 2026-04-13 '), '2026-04-13');
      assert.equal(parseIsoDate('2026-04-31'), undefined);
      assert.equal(parseIsoDate('13/04/2026'), undefined);
    });
  });

  describe('addDays', () => {
    it('crosses month and year ends and leap days', () => {
      assert.equal(addDays('2026-12-31', 1), '2027-01-01');
      assert.equal(addDays('2027-01-01', -1), '2026-12-31');
      assert.equal(addDays('2028-02-28', 1), '2028-02-29');
      assert.equal(addDays('2028-02-29', 1), '2028-03-01');
      assert.equal(addDays('2027-02-28', 1), '2027-03-01');
      assert.equal(addDays('2026-01-01', 365), '2027-01-01');
      assert.equal(addDays('2028-01-01', 366), '2029-01-01');
    });

    it('is not shifted by the clocks changing (29 March and 25 October 2026)', () => {
      assert.equal(addDays('2026-03-28', 1), '2026-03-29');
      assert.equal(addDays('2026-03-29', 1), '2026-03-30');
      assert.equal(addDays('2026-10-24', 2), '2026-10-26');
    });

    it('refuses a date that does not exist', () => {
      assert.throws(() => addDays('2026-02-30', 1), InvalidDateError);
      assert.throws(() => addDays('not a date', 1), /YYYY-MM-DD/);
    });
  });

  describe('addWeeks', () => {
    it('6 weeks from Monday 2 March 2026 is Monday 13 April 2026 (Easter is not skipped)', () => {
      assert.equal(addWeeks('2026-03-02', 6), '2026-04-13');
      assert.equal(dayOfWeek('2026-04-13'), 1);
    });

    it('crosses the year end and leap day', () => {
      assert.equal(addWeeks('2026-12-14', 6), '2027-01-25');
      assert.equal(addWeeks('2028-02-22', 1), '2028-02-29');
    });
  });

  describe('addMonths', () => {
    it('keeps the day number', () => {
      assert.equal(addMonths('2026-06-15', 2), '2026-08-15');
      assert.equal(addMonths('2026-11-30', 2), '2027-01-30');
    });

    it('uses the last day of a shorter month', () => {
      assert.equal(addMonths('2026-12-31', 2), '2027-02-28');
      assert.equal(addMonths('2027-12-31', 2), '2028-02-29');
      assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
      assert.equal(addMonths('2026-08-31', 1), '2026-09-30');
      assert.equal(addMonths('2028-02-29', 12), '2029-02-28');
    });

    it('goes backwards too', () => {
      assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
      assert.equal(addMonths('2026-01-15', -2), '2025-11-15');
    });
  });

  describe('compareDates / daysBetween / dayOfWeek', () => {
    it('orders days', () => {
      assert.ok(compareDates('2026-01-01', '2026-01-02') < 0);
      assert.equal(compareDates('2026-01-01', '2026-01-01'), 0);
      assert.ok(compareDates('2027-01-01', '2026-12-31') > 0);
    });

    it('counts days from a to b', () => {
      assert.equal(daysBetween('2026-03-02', '2026-04-13'), 42);
      assert.equal(daysBetween('2026-04-13', '2026-03-02'), -42);
      assert.equal(daysBetween('2028-02-01', '2028-03-01'), 29);
    });

    it('gives 0 for Sunday to 6 for Saturday', () => {
      assert.equal(dayOfWeek('2026-11-22'), 0);
      assert.equal(dayOfWeek('2026-11-23'), 1);
      assert.equal(dayOfWeek('2026-11-28'), 6);
      assert.equal(dayOfWeek('1970-01-01'), 4);
      assert.equal(dayOfWeek('1969-12-31'), 3);
    });
  });

  describe('todayInLondon', () => {
    it('uses the London calendar day, not UTC', () => {
      assert.equal(todayInLondon(new Date('2026-06-30T23:30:00Z')), '2026-07-01'); // BST
      assert.equal(todayInLondon(new Date('2026-12-31T23:30:00Z')), '2026-12-31'); // GMT
      assert.equal(todayInLondon(new Date('2026-03-29T00:30:00Z')), '2026-03-29');
    });

    it('returns a real ISO date for now', () => {
      assert.equal(isIsoDate(todayInLondon()), true);
    });
  });

  describe('formatLongDate', () => {
    it('writes the day, date, month and year with no comma', () => {
      assert.equal(formatLongDate('2026-04-13'), 'Monday 13 April 2026');
      assert.equal(formatLongDate('2026-09-01'), 'Tuesday 1 September 2026');
      assert.equal(formatLongDate('2028-02-29'), 'Tuesday 29 February 2028');
    });
  });

  describe('parseParentDate', () => {
    const today = '2026-11-23';

    it('reads the ways parents write a full date, day first', () => {
      const forms = ['13/4/2026', '13/04/2026', '13/04/26', '13-4-2026', '13.4.2026', '13 April 2026',
        '13th April 2026', '13 april, 2026', 'April 13 2026', 'April 13th, 2026', '13 apr 2026',
        '13 APR 2026', '2026-04-13', 'Monday 13 April 2026', 'mon 13th of April 2026', ' 13 April 2026. '];
      for (const form of forms) assert.equal(parseParentDate(form, today), '2026-04-13', form);
    });

    it('reads a date with words around it, and months misspelt (found in testing)', () => {
      const forms = ['the 13th of april 2026', 'on the 13th of April 2026', 'it was dated 13 April 2026', 'he was born on the 13th of april 2026',
        '13 aprill 2026', 'aprl 13 2026'];
      for (const form of forms) assert.equal(parseParentDate(form, today), '2026-04-13', form);
      assert.equal(parseParentDate('14 octobr', today, 'past'), '2026-10-14');
      assert.equal(parseParentDate('febuary 3rd', today, 'past'), '2026-02-03');
      assert.equal(parseParentDate('the 14th of janurary', today, 'past'), '2026-01-14');
      // Monday 23 November 2026: Thursday just gone is 19 November.
      assert.equal(parseParentDate('thursday just gone', today, 'past'), '2026-11-19');
      assert.equal(parseParentDate('the 14th of smarch', today, 'past'), undefined);
    });

    it('reads UK order: 3/4/2026 is 3 April', () => {
      assert.equal(parseParentDate('3/4/2026', today), '2026-04-03');
      assert.equal(parseParentDate('1 sept 2026', today), '2026-09-01');
    });

    it('reads today, yesterday and tomorrow', () => {
      assert.equal(parseParentDate('today', today), '2026-11-23');
      assert.equal(parseParentDate('Yesterday', today), '2026-11-22');
      assert.equal(parseParentDate('tomorrow', '2026-12-31'), '2027-01-01');
    });

    it('reads days ago exactly, up to 60', () => {
      assert.equal(parseParentDate('3 days ago', today), '2026-11-20');
      assert.equal(parseParentDate('two days ago', today), '2026-11-21');
      assert.equal(parseParentDate('a day ago', today), '2026-11-22');
      assert.equal(parseParentDate('the day before yesterday', today), '2026-11-21');
      assert.equal(parseParentDate('60 days ago', today), '2026-09-24');
      assert.equal(parseParentDate('61 days ago', today), undefined);
    });

    it('without a year takes the most recent such day up to a month ahead', () => {
      assert.equal(parseParentDate('13 April', today), '2026-04-13');
      assert.equal(parseParentDate('23 November', today), '2026-11-23');
      assert.equal(parseParentDate('20 December', today), '2026-12-20'); // within a month ahead
      assert.equal(parseParentDate('10 January', today), '2026-01-10'); // more than a month ahead: last January
      assert.equal(parseParentDate('10 January', '2026-12-20'), '2027-01-10');
      assert.equal(parseParentDate('13/4', today), '2026-04-13');
      assert.equal(parseParentDate('29 February', today), '2024-02-29');
    });

    it('rejects impossible dates and nonsense', () => {
      for (const bad of ['31/2/2026', '29/02/2026', '32 March 2026', '13/13/2026', '31 June', 'Smarch 3 2026',
        'next week', '', '2026-02-30', '0/1/2026']) {
        assert.equal(parseParentDate(bad, today), undefined, bad);
      }
    });
  });

  describe('readParentDate', () => {
    // Monday 23 November 2026.
    const today = '2026-11-23';
    const date = (text: string, expect: YearlessDate, on = today) => parseParentDate(text, on, expect);

    it('a date with no year that must have happened is the most recent one, not after today', () => {
      assert.equal(date('15 December', 'past'), '2025-12-15', 'a decision letter from last December, not next');
      assert.equal(date('30 November', 'past'), '2025-11-30');
      assert.equal(date('23 November', 'past'), '2026-11-23', 'today itself');
      assert.equal(date('13/4', 'past'), '2026-04-13');
      assert.equal(date('29 February', 'past', '2028-03-10'), '2028-02-29');
    });

    it('a date with no year that is usually to come is the next one, unless the last one is nearer', () => {
      assert.equal(date('10th of January', 'future'), '2027-01-10');
      assert.equal(date('March 3', 'future'), '2027-03-03');
      assert.equal(date('20 November', 'future'), '2026-11-20', '3 days ago: the one just gone');
      assert.equal(date('1 October', 'future'), '2026-10-01', '53 days ago');
      assert.equal(date('15 September', 'future'), '2026-09-15', '69 days ago is nearer than next September');
      assert.equal(date('1 May', 'future'), '2027-05-01', '159 days ahead is nearer than last May');
      assert.equal(date('20 December', 'future', '2027-01-05'), '2026-12-20', 'just over the new year');
    });

    it('says why a day that does not exist cannot be read', () => {
      const why = (text: string, expect: YearlessDate = 'near') => {
        const reading = readParentDate(text, today, expect);
        return reading.ok ? `read as ${reading.date}` : reading.noSuchDay;
      };
      assert.equal(why('29/02/2013'), '2013 had no 29 February, because it was not a leap year. Please check the date and type it again.');
      assert.match(why('29 February 2027')!, /^2027 has no 29 February, because it is not a leap year/);
      assert.match(why('29 February', 'past')!, /^2026 has no 29 February.*with the year/);
      assert.match(why('31/4/2026')!, /^There is no 31 April: April has 30 days/);
      assert.match(why('30 February')!, /^There is no 30 February: February has 28 days, or 29 in a leap year/);
      assert.match(why('4/13/2026')!, /There is no month 13. I read dates with the day first/);
      assert.equal(why('the thirty-second of Smarch'), undefined);
    });

    it('reads "last Tuesday", "next Friday", "a fortnight ago" and "in 3 days" exactly', () => {
      assert.equal(date('last Tuesday', 'past'), '2026-11-17');
      assert.equal(date('last monday', 'near'), '2026-11-16', 'a week ago, not today');
      assert.equal(date('next Friday', 'future'), '2026-11-27');
      assert.equal(date('a fortnight ago', 'past'), '2026-11-09');
      assert.equal(date('2 weeks ago', 'past'), '2026-11-09');
      assert.equal(date('a week ago', 'past'), '2026-11-16');
      assert.equal(date('in 3 days', 'future'), '2026-11-26');
      assert.equal(date('9 weeks ago', 'past'), undefined);
    });

    it('a weekday alone leans the way the question does, and is too vague otherwise', () => {
      assert.equal(date('Friday', 'past'), '2026-11-20');
      assert.equal(date('on friday', 'future'), '2026-11-27');
      assert.equal(date('Monday', 'past'), '2026-11-23', 'today is a Monday');
      assert.equal(date('friday', 'near'), undefined);
    });
  });

  describe('whyNotADate', () => {
    it('calls "the other week", "a couple of weeks ago" and "last week" rough', () => {
      for (const rough of ['the other week', 'a couple of weeks ago', 'a few days ago', 'last week', 'recently']) assert.equal(whyNotADate(rough), 'rough', rough);
    });

    it('tells a rough time from "I don\'t know", and says nothing of the rest', () => {
      for (const rough of ['3 weeks ago', 'a month ago', 'last Friday', 'friday', 'on tuesday', 'early March', 'about the 10th', 'end of October']) {
        assert.equal(whyNotADate(rough), 'rough', rough);
      }
      for (const unknown of ["I'm not sure", 'dont know', 'no idea', "I can't find the letter", 'I have lost it']) {
        assert.equal(whyNotADate(unknown), 'unknown', unknown);
      }
      for (const other of ['the thirty-second of Smarch', 'blue', '']) assert.equal(whyNotADate(other), undefined, other);
    });
  });

  it('reads the one date inside a sentence, and none when a sentence names two days', () => {
    const read = (t: string) => readParentDate(t, '2026-11-24', 'past');
    assert.deepEqual(read('I handed it in on 01/09/2026'), { ok: true, date: '2026-09-01' });
    assert.deepEqual(read('i think it was the 3rd of november, not sure'), { ok: true, date: '2026-11-03' });
    assert.deepEqual(read('he was born 3 march 2015 and is 11 now'), { ok: true, date: '2015-03-03' });
    assert.equal(read('the letter is dated 2nd oct but it came on the 9th').ok, false);
    assert.equal(read('it came on 5/11 and was dated 1/11').ok, false);
  });

  it('reads a day of the month alone ("the 3rd", "its the 23rd i think") in the month the question points to', () => {
    const past = (t: string) => readParentDate(t, '2026-11-24', 'past');
    assert.deepEqual(past('the 3rd'), { ok: true, date: '2026-11-03' });
    assert.deepEqual(past('the 30th'), { ok: true, date: '2026-10-30' });
    assert.deepEqual(past('what date is on it?? its the 23rd i think'), { ok: true, date: '2026-11-23' });
    assert.deepEqual(past('same day, the 10th'), { ok: true, date: '2026-11-10' });
    assert.deepEqual(past('friday 20th'), { ok: true, date: '2026-11-20' });
    assert.deepEqual(past('it arrived on monday 16th, when is my last day'), { ok: true, date: '2026-11-16' });
    // A weekday that does not agree with the day: not read, rather than a wrong day.
    assert.equal(past('saturday 20th').ok, false);
    assert.deepEqual(readParentDate('the 3rd', '2026-11-24', 'future'), { ok: true, date: '2026-12-03' });
    // Too vague: a bare number, a day with no direction, a rough day, two days named.
    assert.equal(past('3').ok, false);
    assert.equal(readParentDate('the 3rd', '2026-11-24', 'near').ok, false);
    assert.equal(past('about the 10th').ok, false);
    assert.equal(past('dated the 2nd but it came on the 9th').ok, false);
  });

  describe('a day still to come, doubt around a date, and the tense of the words (set V)', () => {
    const TODAY = '2026-11-24'; // a Tuesday

    it("'ahead' is the next one on or after today, however far", () => {
      assert.equal(parseParentDate('5 May', TODAY, 'ahead'), '2027-05-05');
      assert.equal(parseParentDate('the 20th', TODAY, 'ahead'), '2026-12-20');
      assert.equal(parseParentDate('friday', TODAY, 'ahead'), '2026-11-27');
      assert.equal(parseParentDate('24 November', TODAY, 'ahead'), '2026-11-24');
      // 'future' still takes the nearer one, as before.
      assert.equal(parseParentDate('5 May', TODAY, 'future'), '2027-05-05');
      assert.equal(parseParentDate('1 September', TODAY, 'future'), '2026-09-01');
    });

    it('reads a date with doubt before or after it, but not a rough one', () => {
      assert.equal(parseParentDate('prob thursday', TODAY, 'future'), '2026-11-26');
      assert.equal(parseParentDate('yesterday i guess', TODAY, 'past'), '2026-11-23');
      assert.equal(parseParentDate('i think it was 5th may', TODAY, 'past'), '2026-05-05');
      assert.equal(parseParentDate('maybe the 3rd of november', TODAY, 'past'), '2026-11-03');
      assert.equal(readParentDate('about 3 weeks ago i think', TODAY, 'past').ok, false);
    });

    it('hears the tense of an answer about a day', () => {
      for (const past of ['i think it was 5th may', 'sent it on the 5th', 'posted 3/11', 'ages ago, back in may', 'we already emailed it on 2 June']) {
        assert.equal(tenseOfDate(past), 'past', past);
      }
      for (const future of ['I will send it on 5 May', "haven't sent it yet, 5 may", 'going to post it friday', 'not sent yet']) {
        assert.equal(tenseOfDate(future), 'future', future);
      }
      for (const neither of ['5 May', 'thursday', 'sent it already but will send again on 5 May']) assert.equal(tenseOfDate(neither), undefined, neither);
    });

    it('hears a month named without a day', () => {
      assert.equal(monthWithoutDay('back in may'), 5);
      assert.equal(monthWithoutDay('sometime in March'), 3);
      assert.equal(monthWithoutDay('october'), 10);
      assert.equal(monthWithoutDay('it may have been sent'), undefined);
      assert.equal(monthWithoutDay('5 may'), undefined);
      assert.equal(monthWithoutDay('we married young'), undefined);
    });
  });
});

describe('calendarDate: a day and month said with doubt around them (set AE)', () => {
  // Tuesday 24 November 2026.
  const today = '2026-11-24';
  const read = (text: string) => readParentDate(text, today, 'past');

  it('reads the day and the month when both are said, whatever words are around them', () => {
    assert.deepEqual(read('end of last month, the 28th i think'), { ok: true, date: '2026-10-28' });
    assert.deepEqual(read('early september, the 2nd'), { ok: true, date: '2026-09-02' });
    assert.deepEqual(read('the 3rd of last month'), { ok: true, date: '2026-10-03' });
    assert.deepEqual(read('mid october, the 15th'), { ok: true, date: '2026-10-15' });
  });

  it('does not read a day that disagrees with where in the month it was said to be, or a second number', () => {
    assert.equal(read('early september, the 28th').ok, false);
    assert.equal(read('he was 5 last month, the 3rd').ok, false);
    assert.equal(read('must have been the thurs before half term').ok, false);
  });

  it('"2 wks ago monday" is the Monday of the week two weeks back', () => {
    assert.deepEqual(read('2 wks ago monday'), { ok: true, date: '2026-11-09' });
    assert.deepEqual(read('monday 2 weeks ago'), { ok: true, date: '2026-11-09' });
    assert.deepEqual(read('a fortnight ago wednesday'), { ok: true, date: '2026-11-11' });
    assert.deepEqual(read('last week on friday'), { ok: true, date: '2026-11-20' });
    // The plain count of weeks is still the same weekday as today.
    assert.deepEqual(read('2 weeks ago'), { ok: true, date: '2026-11-10' });
  });
});
