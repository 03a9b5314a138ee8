import assert from 'node:assert/strict';
import { computeEhcRequestDeadlines } from '../../src/domain/deadlines/ehcRequestDeadlines';
import { addWeeks, daysBetween } from '../../src/domain/dates/calendarDate';
import { TIMESCALES } from '../../src/domain/timescales';

describe('computeEhcRequestDeadlines', () => {
  it('gives 6, 16 and 20 calendar weeks from the day the council received the request', () => {
    assert.deepEqual(computeEhcRequestDeadlines('2026-03-02'), {
      received: '2026-03-02',
      decideWhetherToAssess: '2026-04-13', // Easter Monday 6 April is not skipped
      decideWhetherToIssuePlan: '2026-06-22',
      finalPlan: '2026-07-20',
    });
  });

  it('uses the TIMESCALES table', () => {
    const d = computeEhcRequestDeadlines('2026-11-23');
    assert.equal(d.decideWhetherToAssess, addWeeks('2026-11-23', TIMESCALES.decideWhetherToAssess.value));
    assert.equal(d.decideWhetherToIssuePlan, addWeeks('2026-11-23', TIMESCALES.decideNotToIssuePlan.value));
    assert.equal(d.finalPlan, addWeeks('2026-11-23', TIMESCALES.finalPlan.value));
  });

  it('counts straight through Christmas and the summer holidays (weeks, not working days)', () => {
    const d = computeEhcRequestDeadlines('2026-11-23');
    assert.equal(d.decideWhetherToAssess, '2027-01-04');
    assert.equal(daysBetween(d.received, d.finalPlan), 140);
    assert.equal(computeEhcRequestDeadlines('2026-06-01').decideWhetherToAssess, '2026-07-13');
  });

  it('lands on the same weekday, even on a bank holiday or weekend', () => {
    assert.equal(computeEhcRequestDeadlines('2026-11-14').decideWhetherToAssess, '2026-12-26'); // Saturday
    assert.equal(computeEhcRequestDeadlines('2026-11-13').decideWhetherToAssess, '2026-12-25'); // Christmas Day
  });

  it('handles leap years and dates beyond the bank holiday table', () => {
    assert.equal(computeEhcRequestDeadlines('2028-01-18').decideWhetherToAssess, '2028-02-29');
    assert.equal(computeEhcRequestDeadlines('2030-01-07').finalPlan, '2030-05-27');
  });

  it('refuses an impossible date', () => {
    assert.throws(() => computeEhcRequestDeadlines('2026-02-30'), /YYYY-MM-DD/);
  });
});
