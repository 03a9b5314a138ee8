import assert from 'node:assert/strict';
import {
  AdviserHoursError, describeClockTime, describeOpeningTime, isOpenAt, nextOpening, parseAdviserHours,
} from '../../src/domain/handoff/adviserHours';

/** 2026-11-23 is a Monday; 25 and 28 December 2026 are bank holidays. London is on GMT in winter, BST in summer. */
describe('adviser opening hours', () => {
  const weekdays = parseAdviserHours('mon-fri 09:00-17:00');

  it('reads several ranges, including a short Friday and a Saturday morning', () => {
    const hours = parseAdviserHours('mon-thu 09:00-17:00; fri 09:00-16:30; sat 10:00-12:00');
    assert.equal(hours.ranges.length, 3);
    assert.deepEqual(hours.ranges[0].days, [1, 2, 3, 4]);
    assert.deepEqual(hours.ranges[1], { days: [5], opens: 540, closes: 990 });
    assert.deepEqual(hours.ranges[2].days, [6]);
    assert.deepEqual(parseAdviserHours('FRI-MON 08:00-10:00').ranges[0].days, [5, 6, 0, 1], 'a range can wrap over the weekend');
  });

  it('explains what is wrong with a bad setting', () => {
    assert.throws(() => parseAdviserHours(''), AdviserHoursError);
    assert.throws(() => parseAdviserHours('weekdays 9-5'), /should look like "mon-fri 09:00-17:00"/);
    assert.throws(() => parseAdviserHours('mon-fry 09:00-17:00'), /"fry" .* is not a day/);
    assert.throws(() => parseAdviserHours('mon 17:00-09:00'), /closing time must be after/);
    assert.throws(() => parseAdviserHours('mon 09:00-25:00'), /does not exist/);
  });

  it('is open on a weekday morning and closed in the evening, at weekends and on bank holidays', () => {
    assert.equal(isOpenAt(weekdays, new Date('2026-11-23T10:00:00Z')), true);
    assert.equal(isOpenAt(weekdays, new Date('2026-11-23T17:00:00Z')), false, 'closing time itself is closed');
    assert.equal(isOpenAt(weekdays, new Date('2026-11-22T14:00:00Z')), false, 'Sunday');
    assert.equal(isOpenAt(weekdays, new Date('2026-12-25T10:00:00Z')), false, 'Christmas Day');
    assert.equal(isOpenAt(weekdays, new Date('2026-12-28T10:00:00Z')), false, 'Boxing Day (substitute day)');
  });

  it('uses London time: in summer 08:30 UTC is 09:30 in London', () => {
    assert.equal(isOpenAt(weekdays, new Date('2026-06-15T08:30:00Z')), true);
    assert.equal(isOpenAt(weekdays, new Date('2026-11-23T08:30:00Z')), false);
  });

  it('says when advisers are next in, skipping weekends and bank holidays', () => {
    const at = (iso: string) => describeOpeningTime(nextOpening(weekdays, new Date(iso))!, new Date(iso));
    // Sunday afternoon: tomorrow; Monday evening: tomorrow; Monday 7am: today; Friday evening: on Monday.
    assert.equal(at('2026-11-22T14:00:00Z'), 'tomorrow at 9am');
    assert.equal(at('2026-11-23T18:00:00Z'), 'tomorrow at 9am');
    assert.equal(at('2026-11-23T07:00:00Z'), 'today at 9am');
    assert.equal(at('2026-11-27T18:00:00Z'), 'on Monday 30 November 2026 at 9am');
    // Thursday 24 December after 5pm: Friday 25 (Christmas), the weekend, Monday 28 (substitute Boxing Day).
    assert.equal(describeOpeningTime(nextOpening(weekdays, new Date('2026-12-24T18:00:00Z'))!, new Date('2026-12-24T18:00:00Z')), 'on Tuesday 29 December 2026 at 9am');
    const open = nextOpening(weekdays, new Date('2026-11-23T10:15:00Z'))!;
    assert.deepEqual(open, { date: '2026-11-23', minutes: 615 }, 'when open, the next opening is now');
  });

  it('writes times the way people say them', () => {
    assert.equal(describeClockTime(540), '9am');
    assert.equal(describeClockTime(570), '9:30am');
    assert.equal(describeClockTime(720), '12 noon');
    assert.equal(describeClockTime(990), '4:30pm');
  });
});
