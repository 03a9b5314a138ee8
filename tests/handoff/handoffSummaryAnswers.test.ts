import assert from 'node:assert/strict';
import { describeFlowAnswers } from '../../src/domain/handoff/handoffSummary';

/** What an adviser reads of a parent's answers in a guided flow. */
describe('handoff summary: a flow\'s answers for the adviser', () => {
  it('shows the choices as the parent saw them, not as codes, with dates written out', () => {
    const shown = describeFlowAnswers({
      decision: 'refuse-assess',
      areasOfNeed: ['social-emotional-mental-health'],
      decisionLetterDate: '2026-10-02',
      hasCertificate: false,
    });
    assert.equal(shown['Decision they disagree with'], 'The council said no to an EHC needs assessment');
    assert.doesNotMatch(shown['Areas of need'], /-|social emotional mental health$/);
    assert.match(shown['Date of the decision letter'], /2 October 2026/);
    assert.equal(shown['Has a mediation certificate'], 'No');
  });
});
