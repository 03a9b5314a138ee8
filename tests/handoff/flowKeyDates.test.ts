import assert from 'node:assert/strict';
import { flowKeyDates } from '../../src/domain/handoff/flowKeyDates';

/** The dates an adviser sees with a guided flow's answers (set AT: "an adviser has to work them out again"). */
describe('key dates for the adviser\'s summary', () => {
  it('a refusal to assess, letter 3 November 2026: the mediation adviser by 3 January, the appeal by Monday 4 January 2027', () => {
    const dates = flowKeyDates({ decision: 'refuse-assess', decisionLetterDate: '2026-11-03', contactedAdviser: false, hasCertificate: false });
    assert.equal(dates['Last day to contact a mediation adviser'], 'Sunday 3 January 2027');
    assert.match(dates['Last day to appeal to the tribunal']!, /^Monday 4 January 2027 \(/);
  });

  it('a certificate later than the letter counts from the certificate; an appeal about the school alone needs no mediation adviser', () => {
    const withCertificate = flowKeyDates({ decision: 'refuse-plan', decisionLetterDate: '2026-09-15', hasCertificate: true, certificateDate: '2026-11-20' });
    assert.match(withCertificate['Last day to appeal to the tribunal']!, /^Monday 21 December 2026/);
    assert.equal(withCertificate['Last day to contact a mediation adviser'], undefined);
    const schoolOnly = flowKeyDates({ decision: 'plan-content', planParts: ['I'], decisionLetterDate: '2026-10-12', hasCertificate: false });
    assert.equal(schoolOnly['Last day to contact a mediation adviser'], undefined);
    assert.match(schoolOnly['Last day to appeal to the tribunal']!, /^Monday 14 December 2026/);
  });

  it('nothing to count from, nothing said', () => {
    assert.deepEqual(flowKeyDates({ requester: 'parent', childFirstName: 'Sam' }), {});
  });
});
