import assert from 'node:assert/strict';
import type { DecisionType } from '../../src/domain/mediation/decisionTypes';
import { describedDecision } from '../../src/domain/mediation/describedDecision';

describe('mediation: the decision in a parent\'s own words', () => {
  it('reads each kind of decision as parents describe it', () => {
    const cases: ReadonlyArray<readonly [string, DecisionType]> = [
      ['the LA refused to assess', 'refuse-assess'],
      ["the council won't assess my son", 'refuse-assess'],
      ['they assessed him but said no to a plan', 'refuse-plan'],
      ['said no to a plan after assessing', 'refuse-plan'],
      ['the council decided not to issue a plan', 'refuse-plan'],
      ['we disagree with section F', 'plan-content'],
      ['they named the wrong school', 'plan-content'],
      ['the health part of the plan', 'health-social-care'],
      ["after the annual review they refused to amend it", 'refuse-amend'],
      ['they want to stop his ehcp', 'cease-plan'],
      ['his plan is being ceased', 'cease-plan'],
      ["they won't assess him again", 'refuse-reassess'],
    ];
    for (const [text, decision] of cases) assert.equal(describedDecision(text), decision, text);
  });

  it('takes the more specific decision when the words fit two', () => {
    // Section F is named, but what was refused is a change after a review.
    assert.equal(describedDecision("they won't change section F after the annual review"), 'refuse-amend');
    // A reassessment is also an assessment.
    assert.equal(describedDecision('they refused a reassessment'), 'refuse-reassess');
  });

  it('does not guess when the words could mean more than one decision', () => {
    // Parents often say "an EHCP" for the assessment: asking again beats the wrong rules.
    for (const text of ['they said no to an ehcp', 'the council said no', 'they turned down our request', 'the letter was dated 2 november']) {
      assert.equal(describedDecision(text), undefined, text);
    }
  });
});

describe('mediation: decisions in the words a fresh tester used (set AN)', () => {
  it('reads "they want to cease it" and "they assessed him but wouldnt give him a plan"', () => {
    assert.equal(describedDecision('they want to cease it'), 'cease-plan');
    assert.equal(describedDecision('they want to end it'), 'cease-plan');
    assert.equal(describedDecision('they assessed him but wouldnt give him a plan'), 'refuse-plan');
    assert.equal(describedDecision('they did not give her a plan after the assessment'), 'refuse-plan');
    assert.equal(describedDecision('they refused to assess'), 'refuse-assess');
  });
});
