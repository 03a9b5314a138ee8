import assert from 'node:assert/strict';
import { dayOfWeek } from '../../src/domain/dates/calendarDate';
import { ageOn, endOfCompulsorySchoolAge, parseAgeOrDateOfBirth, rightsHolder } from '../../src/domain/ehcRequest';
import { TODAY } from './fixtures';

describe('EHC request: age, date of birth and whose right it is to ask', () => {
  describe('parseAgeOrDateOfBirth', () => {
    it('reads an age however a parent types it', () => {
      for (const text of ['7', '7 years old', "he's 7", 'She is 7.', 'aged 7', 'seven', '7yo', 'my son is 7', 'Sam’s 7', 'shes 7', 'hes 7']) {
        assert.deepEqual(parseAgeOrDateOfBirth(text, TODAY), { kind: 'age', age: 7 }, text);
      }
      assert.deepEqual(parseAgeOrDateOfBirth('twenty-one', TODAY), { kind: 'age', age: 21 });
      // Under 2, months and weeks are kept as typed, for the letter ("18 months old").
      assert.deepEqual(parseAgeOrDateOfBirth('18 months', TODAY), { kind: 'age', age: 1, young: { months: 18 } });
      assert.deepEqual(parseAgeOrDateOfBirth('6 weeks old', TODAY), { kind: 'age', age: 0, young: { weeks: 6 } });
      assert.deepEqual(parseAgeOrDateOfBirth('1 and a half', TODAY), { kind: 'age', age: 1, young: { months: 18 } });
      // From 2, whole years, as for a date of birth.
      assert.deepEqual(parseAgeOrDateOfBirth('2 and a half', TODAY), { kind: 'age', age: 2 });
      assert.deepEqual(parseAgeOrDateOfBirth('30 months', TODAY), { kind: 'age', age: 2 });
      assert.deepEqual(parseAgeOrDateOfBirth('1', TODAY), { kind: 'age', age: 1 });
      assert.deepEqual(parseAgeOrDateOfBirth('0', TODAY), { kind: 'age', age: 0 });
      assert.deepEqual(parseAgeOrDateOfBirth('25', TODAY), { kind: 'age', age: 25 });
    });

    it('an age with a birthday month: "7 in March" is 6 now, "turned 7 in June" is 7; "sorry I meant 9" corrects', () => {
      for (const [text, age] of [["he's 7 in march", 6], ['7 in march', 6], ['she will be 8 in january', 7], ['sam turns 10 in may', 9], ['he turned 7 in june', 7], ['sorry I meant 9 in march', 8], ['sorry i meant 9', 9]] as const) {
        assert.deepEqual(parseAgeOrDateOfBirth(text, TODAY), { kind: 'age', age }, text);
      }
    });

    it('"nearly 16" means 15 now', () => {
      assert.deepEqual(parseAgeOrDateOfBirth("she's nearly 16", TODAY), { kind: 'age', age: 15 });
    });

    it('reads a date of birth and works out the age on today', () => {
      for (const text of ['12/3/2015', '12 March 2015', '12th March 2015', 'born 12 March 2015', 'His date of birth is 12/03/2015']) {
        assert.deepEqual(parseAgeOrDateOfBirth(text, TODAY), { kind: 'dob', dateOfBirth: '2015-03-12', age: 11 }, text);
      }
    });

    it('an age over 25 is "too old", not a typing mistake to ask about again', () => {
      assert.deepEqual(parseAgeOrDateOfBirth('30', TODAY), { kind: 'too-old', age: 30 });
      assert.deepEqual(parseAgeOrDateOfBirth("I'm 26", TODAY), { kind: 'too-old', age: 26 });
    });

    it('refuses a date of birth in the future; one that makes them over 25 is "too old"', () => {
      const future = parseAgeOrDateOfBirth('1/1/2030', TODAY);
      assert.ok('error' in future);
      assert.match(future.error, /after today/);
      assert.match(future.error, /Tuesday 1 January 2030/);

      assert.deepEqual(parseAgeOrDateOfBirth('1 January 1990', TODAY), { kind: 'too-old', age: 36, dateOfBirth: '1990-01-01' });
    });

    it('says why a date of birth that never existed cannot be right', () => {
      const leap = parseAgeOrDateOfBirth('29/02/2013', TODAY);
      assert.ok('error' in leap);
      assert.match(leap.error, /2013 had no 29 February/);
      const april = parseAgeOrDateOfBirth('born 31 April 2015', TODAY);
      assert.ok('error' in april);
      assert.match(april.error, /There is no 31 April: April has 30 days/);
      assert.deepEqual(parseAgeOrDateOfBirth('29/02/2012', TODAY), { kind: 'dob', dateOfBirth: '2012-02-29', age: 14 });
    });

    it('reads the age before a school year, and takes "not sure" (with the school year, if given) as no age', () => {
      assert.deepEqual(parseAgeOrDateOfBirth("he's 7, year 3", TODAY), { kind: 'age', age: 7 });
      assert.deepEqual(parseAgeOrDateOfBirth('shes 10 in yr 5', TODAY), { kind: 'age', age: 10 });
      assert.deepEqual(parseAgeOrDateOfBirth('not sure, hes in year 2', TODAY), { kind: 'unknown', schoolYear: 2 });
      assert.deepEqual(parseAgeOrDateOfBirth("I don't know", TODAY), { kind: 'unknown' });
      assert.deepEqual(parseAgeOrDateOfBirth('she is in reception', TODAY), { kind: 'unknown', schoolYear: 0 });
    });

    it('asks for the year when a date of birth has none', () => {
      const result = parseAgeOrDateOfBirth('12 March', TODAY);
      assert.ok('error' in result);
      assert.match(result.error, /year/);
    });

    it('says what to type when it cannot read the answer', () => {
      for (const text of ['', 'banana', '-3']) {
        const result = parseAgeOrDateOfBirth(text, TODAY);
        assert.ok('error' in result, text);
        assert.match(result.error, /like 7/, text);
      }
    });
  });

  describe('ageOn', () => {
    it('counts whole years, with a birthday on the day itself', () => {
      assert.equal(ageOn('2015-11-23', TODAY), 11);
      assert.equal(ageOn('2015-11-24', TODAY), 10);
    });

    it('a child born on 29 February is a year older on 1 March in other years', () => {
      assert.equal(ageOn('2016-02-29', '2027-02-28'), 10);
      assert.equal(ageOn('2016-02-29', '2027-03-01'), 11);
    });
  });

  describe('endOfCompulsorySchoolAge', () => {
    it('born 31 August: the school year they turn 16 ends that June', () => {
      assert.equal(endOfCompulsorySchoolAge('2010-08-31'), '2026-06-26');
    });

    it('born 1 September: they turn 16 in the autumn term, so it is the next June', () => {
      assert.equal(endOfCompulsorySchoolAge('2010-09-01'), '2027-06-25');
    });

    it('born in the autumn or in the spring', () => {
      assert.equal(endOfCompulsorySchoolAge('2010-12-31'), '2027-06-25');
      assert.equal(endOfCompulsorySchoolAge('2011-01-01'), '2027-06-25');
      assert.equal(endOfCompulsorySchoolAge('2012-02-29'), '2028-06-30'); // 30 June 2028 is itself a Friday
    });

    it('is always the last Friday in June', () => {
      for (let year = 2000; year <= 2030; year += 1) {
        const end = endOfCompulsorySchoolAge(`${year}-03-01`);
        assert.equal(dayOfWeek(end), 5, end);
        assert.match(end, /^\d{4}-06-(2[4-9]|30)$/, end);
      }
    });
  });

  describe('rightsHolder', () => {
    it('with a date of birth, the parent until the last Friday in June, then the young person', () => {
      assert.equal(rightsHolder({ dateOfBirth: '2010-08-31' }, '2026-06-26').holder, 'parent');
      const after = rightsHolder({ dateOfBirth: '2010-08-31' }, '2026-06-27');
      assert.equal(after.holder, 'young-person');
      assert.equal(after.endOfCompulsorySchoolAge, '2026-06-26');
      assert.match(after.explanation, /Friday 26 June 2026/);
      assert.match(after.explanation, /mental capacity/);
      assert.match(after.explanation, /8\.13/);
    });

    it('two 16-year-olds a day apart in birth date are on different sides of the line today', () => {
      assert.equal(rightsHolder({ dateOfBirth: '2010-08-31' }, TODAY).holder, 'young-person');
      const younger = rightsHolder({ dateOfBirth: '2010-09-01' }, TODAY);
      assert.equal(younger.holder, 'parent');
      assert.match(younger.explanation, /Friday 25 June 2027/);
    });

    it('with only an age: under 16 the parent, 17 or over the young person', () => {
      assert.equal(rightsHolder({ age: 15 }, TODAY).holder, 'parent');
      assert.equal(rightsHolder({ age: 17 }, TODAY).holder, 'young-person');
      assert.equal(rightsHolder({ age: 25 }, TODAY).holder, 'young-person');
    });

    it('an age of 16 alone is unclear, and the explanation gives the rule', () => {
      const result = rightsHolder({ age: 16 }, TODAY);
      assert.equal(result.holder, 'unclear');
      assert.match(result.explanation, /depends on the date of birth/);
      assert.match(result.explanation, /last Friday in June/);
      assert.match(result.explanation, /turns 16/);
    });

    it('with nothing to go on, it is unclear', () => {
      assert.equal(rightsHolder({}, TODAY).holder, 'unclear');
    });

    it('a date of birth wins over an age', () => {
      assert.equal(rightsHolder({ dateOfBirth: '2010-09-01', age: 16 }, TODAY).holder, 'parent');
    });
  });
});

describe('EHC request: an age with more said after it (set AN)', () => {
  it('"17, my birthday was in june" is 17', () => {
    assert.deepEqual(parseAgeOrDateOfBirth('17, my birthday was in june', TODAY), { kind: 'age', age: 17 });
    assert.deepEqual(parseAgeOrDateOfBirth('7 - he was born in the summer', TODAY), { kind: 'age', age: 7 });
    // A date of birth with a comma is still a date of birth.
    assert.deepEqual(parseAgeOrDateOfBirth('12 March, 2015', TODAY), { kind: 'dob', dateOfBirth: '2015-03-12', age: 11 });
  });
});
