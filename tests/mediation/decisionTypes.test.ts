import assert from 'node:assert/strict';
import {
  DECISION_CHOICES, DECISION_TYPES, DecisionType, PLAN_PART_EXPLANATIONS, canAppeal, needsMediationAdvice,
} from '../../src/domain/mediation';

describe('mediation: which decisions need mediation advice and can be appealed', () => {
  const alwaysRequired: DecisionType[] = ['refuse-assess', 'refuse-plan', 'refuse-amend', 'cease-plan', 'refuse-reassess'];

  for (const decision of alwaysRequired) {
    it(`${decision}: contacting a mediation adviser is required before appealing`, () => {
      const rule = needsMediationAdvice(decision);
      assert.equal(rule.required, true);
      assert.match(rule.reason, /mediation adviser within 2 months/);
    });
  }

  it('an appeal only about the school or placement (section I) does not need mediation advice', () => {
    const rule = needsMediationAdvice('plan-content', ['I']);
    assert.equal(rule.required, false);
    assert.match(rule.reason, /section I/);
    assert.match(rule.reason, /do not have to contact a mediation adviser/);
  });

  it('sections B and I together need mediation advice (more than the school)', () => {
    const rule = needsMediationAdvice('plan-content', ['B', 'I']);
    assert.equal(rule.required, true);
    assert.match(rule.reason, /more than the school/);
  });

  it('section F alone needs mediation advice', () => {
    assert.equal(needsMediationAdvice('plan-content', ['F']).required, true);
  });

  it('plan content with no parts chosen yet is treated as needing advice, and says the school exception', () => {
    const rule = needsMediationAdvice('plan-content');
    assert.equal(rule.required, true);
    assert.match(rule.reason, /just about the school or placement in section I/);
  });

  it('health and social care: mediation is possible and advice is needed before an appeal about the plan', () => {
    const rule = needsMediationAdvice('health-social-care');
    assert.equal(rule.required, true);
    assert.match(rule.reason, /Mediation can be about the health and social care parts/);
  });

  it('health and social care alone cannot be appealed: recommendations only, as part of an appeal', () => {
    const rule = canAppeal('health-social-care');
    assert.equal(rule.appealable, false);
    assert.match(rule.note, /only make recommendations/);
    assert.match(rule.note, /section B, F or I/);
    assert.match(rule.note, /Mediation can be about health and social care/);
  });

  it('every other decision can be appealed to the tribunal', () => {
    for (const decision of DECISION_TYPES.filter((d) => d !== 'health-social-care')) {
      assert.equal(canAppeal(decision).appealable, true, decision);
      assert.match(canAppeal(decision).note, /tribunal/);
    }
  });

  it('offers a plain choice for every decision type, explaining sections B, F and I', () => {
    assert.deepEqual(DECISION_CHOICES.map((c) => c.value).sort(), [...DECISION_TYPES].sort());
    const planContent = DECISION_CHOICES.find((c) => c.value === 'plan-content');
    assert.match(planContent?.label ?? '', /needs \(section B\).*help \(section F\).*school \(section I\)/);
    assert.match(PLAN_PART_EXPLANATIONS.F, /help your child must get/);
  });

  it('for what a plan says, names only the parts the parent disagrees with (set AE)', () => {
    assert.match(canAppeal('plan-content', ['I']).note, /about section I \(school or placement\) of the plan\.$/);
    assert.doesNotMatch(canAppeal('plan-content', ['I']).note, /section B|section F/);
    assert.match(canAppeal('plan-content', ['B', 'I']).note, /about section B \(needs\) and section I \(school or placement\) of the plan/);
    assert.match(canAppeal('plan-content').note, /section B \(needs\), section F \(help\) and section I/);
  });
});
