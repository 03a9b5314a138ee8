import assert from 'node:assert/strict';
import {
  computeAppealDeadlines, latestCertificateAfterMediation, latestCertificateDate, latestMediationDate,
} from '../../src/domain/deadlines/appealDeadlines';
import { DateOutOfRangeError } from '../../src/domain/dates/bankHolidays';
import { formatLongDate } from '../../src/domain/dates/calendarDate';

describe('computeAppealDeadlines', () => {
  it('gives 2 months after the decision letter when that is a working day', () => {
    const d = computeAppealDeadlines({ decision: '2026-09-14' });
    assert.equal(d.contactMediationAdviserBy, '2026-11-14');
    assert.equal(d.appealBy, '2026-11-16'); // 14 November 2026 is a Saturday
    const plain = computeAppealDeadlines({ decision: '2026-09-16' });
    assert.equal(plain.appealBy, '2026-11-16');
    assert.equal(plain.appealByRule, '2 months after the decision letter');
    assert.equal(plain.certificate, undefined);
    assert.equal('certificate' in plain, false);
  });

  it('moves a deadline in August to the first working day after 31 August (rule 12(3))', () => {
    const d = computeAppealDeadlines({ decision: '2026-06-15' });
    assert.equal(d.appealPeriodEnds, '2026-08-15');
    assert.equal(d.appealBy, '2026-09-01');
    assert.equal(formatLongDate(d.appealBy), 'Tuesday 1 September 2026'); // 31 August 2026 is a bank holiday
    assert.match(d.appealByRule, /first working day after 31 August \(tribunal rule 12\(3\)\)/);
    // ...but the mediation adviser deadline is never moved.
    assert.equal(d.contactMediationAdviserBy, '2026-08-15');
  });

  it('moves a deadline on 25 December to 1 January to the first working day after 1 January', () => {
    const d = computeAppealDeadlines({ decision: '2026-10-31' });
    assert.equal(d.appealPeriodEnds, '2026-12-31');
    assert.equal(d.appealBy, '2027-01-04'); // 1 January 2027 is a Friday and a bank holiday
    assert.equal(formatLongDate(d.appealBy), 'Monday 4 January 2027');
    assert.match(d.appealByRule, /between 25 December and 1 January/);
    assert.equal(d.contactMediationAdviserBy, '2026-12-31');

    assert.equal(computeAppealDeadlines({ decision: '2026-10-25' }).appealBy, '2027-01-04');
    // Ending on 1 January itself.
    assert.equal(computeAppealDeadlines({ decision: '2026-11-01' }).appealBy, '2027-01-04');
    // 2 January 2027 is a Saturday: outside the Christmas window, so the next working day.
    assert.equal(computeAppealDeadlines({ decision: '2026-11-02' }).appealBy, '2027-01-04');
    // 2 January 2026 is a Friday: 1 January 2026 ends the period, so Friday 2 January.
    assert.equal(computeAppealDeadlines({ decision: '2025-11-01' }).appealBy, '2026-01-02');
  });

  it('handles 31 December + 2 months and leap years', () => {
    const d = computeAppealDeadlines({ decision: '2026-12-31' });
    assert.equal(d.contactMediationAdviserBy, '2027-02-28'); // a Sunday: not moved
    assert.equal(d.appealBy, '2027-03-01');
    assert.match(d.appealByRule, /Sunday/);
    const leap = computeAppealDeadlines({ decision: '2027-12-31' });
    assert.equal(leap.contactMediationAdviserBy, '2028-02-29');
    assert.equal(leap.appealBy, '2028-02-29');
  });

  it('uses 1 month after the certificate when that is later', () => {
    const d = computeAppealDeadlines({ decision: '2026-09-01', certificate: '2026-10-20' });
    assert.equal(d.certificate, '2026-10-20');
    assert.equal(d.appealPeriodEnds, '2026-11-20');
    assert.equal(d.appealBy, '2026-11-20');
    assert.equal(d.appealCountedFrom, 'certificate');
    assert.match(d.appealByRule, /^1 month after the mediation certificate/);
    assert.equal(d.contactMediationAdviserBy, '2026-11-01');
  });

  it('keeps 2 months after the decision when the certificate came early', () => {
    const d = computeAppealDeadlines({ decision: '2026-09-16', certificate: '2026-09-30' });
    assert.equal(d.appealBy, '2026-11-16');
    assert.equal(d.appealCountedFrom, 'decision');
  });

  it('applies the August rule to a certificate-based deadline too', () => {
    const d = computeAppealDeadlines({ decision: '2026-05-01', certificate: '2026-07-10' });
    assert.equal(d.appealPeriodEnds, '2026-08-10');
    assert.equal(d.appealBy, '2026-09-01');
  });

  it('moves a weekend or bank holiday to the next working day', () => {
    const d = computeAppealDeadlines({ decision: '2027-05-31' });
    assert.equal(d.appealPeriodEnds, '2027-07-31'); // Saturday
    assert.equal(d.appealBy, '2027-08-02');
    const easter = computeAppealDeadlines({ decision: '2027-01-29' });
    assert.equal(easter.appealPeriodEnds, '2027-03-29'); // Easter Monday
    assert.equal(easter.appealBy, '2027-03-30');
    assert.match(easter.appealByRule, /bank holiday \(Easter Monday\)/);
  });

  it('throws DateOutOfRangeError when the answer needs bank holidays we do not have', () => {
    assert.throws(() => computeAppealDeadlines({ decision: '2028-10-31' }), DateOutOfRangeError);
    assert.throws(() => computeAppealDeadlines({ decision: '2029-03-01' }), /2024 to 2028/);
  });
});

describe('mediation timings', () => {
  it('certificate within 3 working days of telling the adviser, skipping bank holidays', () => {
    assert.equal(latestCertificateDate('2026-11-23'), '2026-11-26');
    assert.equal(latestCertificateDate('2026-12-23'), '2026-12-30');
    assert.equal(latestCertificateDate('2026-11-20'), '2026-11-25'); // Friday: weekend not counted
  });

  it('mediation within 30 calendar days of the council being told', () => {
    assert.equal(latestMediationDate('2026-11-23'), '2026-12-23');
    assert.equal(latestMediationDate('2028-02-01'), '2028-03-02');
    assert.equal(latestMediationDate('2030-01-01'), '2030-01-31'); // no bank holidays needed
  });

  it('certificate within 3 working days after mediation ends', () => {
    assert.equal(latestCertificateAfterMediation('2027-03-25'), '2027-04-01'); // over Easter 2027
    assert.throws(() => latestCertificateAfterMediation('2028-12-29'), DateOutOfRangeError);
  });
});
