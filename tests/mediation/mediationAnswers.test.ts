import assert from 'node:assert/strict';
import {
  checkAdviserContactDate, checkCertificateDate, checkDecisionLetterDate, readAnswerDate, validateMediationAnswers,
} from '../../src/domain/mediation';
import type { MediationAnswers } from '../../src/domain/mediation';

/** Today for every test, as in the rest of the project. */
const TODAY = '2026-11-23';

/** A parent who has not contacted the adviser yet; override what a test is about. */
function answers(overrides: Partial<MediationAnswers> = {}): MediationAnswers {
  return {
    decision: 'refuse-assess',
    decisionLetterDate: '2026-11-12',
    contactedAdviser: false,
    hasCertificate: false,
    wantToChange: 'I want the council to assess Sam because school cannot meet his needs.',
    evidence: ['school-reports'],
    companions: ['not-sure'],
    ...overrides,
  };
}

describe('mediation: checking the answers', () => {
  it('reads a date as a parent types it, and explains when it cannot', () => {
    assert.deepEqual(readAnswerDate('12/11/2026', TODAY), { ok: true, date: '2026-11-12' });
    const bad = readAnswerDate('last week sometime', TODAY);
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /13 April 2026/);
  });

  it('refuses a decision letter date in the future, naming the date', () => {
    const check = checkDecisionLetterDate('2026-12-01', TODAY);
    assert.equal(check.ok, false);
    assert.match(check.ok ? '' : check.message, /Tuesday 1 December 2026/);
    assert.equal(checkDecisionLetterDate(TODAY, TODAY).ok, true);
  });

  it('refuses an adviser contact date before the decision letter', () => {
    const check = checkAdviserContactDate('2026-11-01', '2026-11-12', TODAY);
    assert.equal(check.ok, false);
    assert.match(check.ok ? '' : check.message, /before the date on the decision letter \(Thursday 12 November 2026\)/);
  });

  it('refuses a certificate dated before the decision or in the future', () => {
    assert.equal(checkCertificateDate('2026-11-11', '2026-11-12', TODAY).ok, false);
    assert.equal(checkCertificateDate('2026-11-24', '2026-11-12', TODAY).ok, false);
    assert.equal(checkCertificateDate('2026-11-20', '2026-11-12', TODAY).ok, true);
  });

  it('refuses a certificate dated before the mediation adviser was contacted (the adviser gives it)', () => {
    const check = checkCertificateDate('2026-11-14', '2026-11-12', TODAY, '2026-11-16');
    assert.equal(check.ok, false);
    assert.match(check.ok ? '' : check.message, /before the day you contacted the mediation adviser \(Monday 16 November 2026\)/);
    assert.equal(checkCertificateDate('2026-11-16', '2026-11-12', TODAY, '2026-11-16').ok, true);
  });

  it('accepts a complete set of answers', () => {
    const result = validateMediationAnswers(answers({
      contactedAdviser: true, adviserContactDate: '2026-11-16', choseMediation: 'no',
      hasCertificate: true, certificateDate: '2026-11-19',
    }), TODAY);
    assert.equal(result.ok, true, result.ok ? '' : result.messages.join(' | '));
  });

  it('asks for the plan sections, the dates that go with yes answers, and their own words', () => {
    const result = validateMediationAnswers({
      ...answers({ decision: 'plan-content', contactedAdviser: true, hasCertificate: true }),
      wantToChange: '   ',
    }, TODAY);
    assert.equal(result.ok, false);
    const text = result.ok ? '' : result.messages.join(' | ');
    assert.match(text, /which parts of the plan/);
    assert.match(text, /when you contacted the mediation adviser/);
    assert.match(text, /date on the certificate/);
    assert.match(text, /in your own words/);
  });

  it('catches a certificate dated before the decision in a whole set of answers', () => {
    const result = validateMediationAnswers(answers({ hasCertificate: true, certificateDate: '2026-10-01' }), TODAY);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.messages.join(' '), /certificate/);
  });

  it('rejects a date that does not exist with a friendly message', () => {
    const result = validateMediationAnswers(answers({ decisionLetterDate: '2026-02-30' }), TODAY);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.messages.join(' '), /real date/);
  });
});
