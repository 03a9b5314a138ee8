import assert from 'node:assert/strict';
import {
  COMPANION_CHOICES, DECISION_CHOICES, EVIDENCE_CHOICES, MEDIATION_CHOICE_CHOICES, MEDIATION_FLOW_TEXT,
  PLAN_PART_CHOICES, YES_NO_CHOICES,
} from '../../src/domain/mediation';

/** Every string in the text object, with where it is. */
function allTexts(value: unknown, path = 'MEDIATION_FLOW_TEXT'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allTexts(v, `${path}.${k}`));
  }
  return [];
}

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

describe('mediation: the flow text', () => {
  const texts = allTexts(MEDIATION_FLOW_TEXT);

  it('keeps every text to 60 words or fewer, and none is empty', () => {
    assert.ok(texts.length > 20);
    for (const [path, text] of texts) {
      assert.ok(text.trim().length > 0, path);
      assert.ok(wordCount(text) <= 60, `${path} has ${wordCount(text)} words`);
    }
  });

  it('the intro says what it does, how long, and that they can go back, cancel or talk to a person', () => {
    const intro = MEDIATION_FLOW_TEXT.intro;
    assert.match(intro, /5 minutes/);
    for (const word of ['"back"', '"cancel"', '"talk to a person"']) assert.ok(intro.includes(word), word);
  });

  it('explains the terms parents meet: mediation adviser, certificate, tribunal', () => {
    const e = MEDIATION_FLOW_TEXT.explanations;
    assert.match(e.mediationAdviser, /^A mediation adviser is/);
    assert.match(e.certificate, /^A certificate is/);
    assert.match(e.tribunal, /^The tribunal is/);
  });

  it('numbers come from the timescales table, not typed into the text', () => {
    const all = texts.map(([, t]) => t).join('\n');
    assert.match(all, /within 30 days of the council being told/);
    assert.match(all, /within 3 working days/);
    assert.match(all, /2 months after the decision letter/);
  });

  it('the closing text offers a SENDIASS adviser', () => {
    assert.match(MEDIATION_FLOW_TEXT.closing, /SENDIASS adviser/);
    assert.match(MEDIATION_FLOW_TEXT.closing, /\?$/);
  });

  it('offers the fixed choices the dialog needs', () => {
    assert.equal(DECISION_CHOICES.length, 7);
    assert.deepEqual(PLAN_PART_CHOICES.map((c) => c.value), ['B', 'F', 'I']);
    assert.deepEqual(YES_NO_CHOICES.map((c) => c.value), ['yes', 'no']);
    assert.deepEqual(MEDIATION_CHOICE_CHOICES.map((c) => c.value), ['yes', 'no', 'not-yet']);
    assert.deepEqual(COMPANION_CHOICES.map((c) => c.label),
      ['a friend or family member', 'SENDIASS', 'an advocate', 'no one', 'not sure yet']);
    assert.ok(EVIDENCE_CHOICES.some((c) => c.value === 'none-yet'));
  });

  it('explains every question, and says why each cannot be skipped', () => {
    for (const [q, text] of Object.entries(MEDIATION_FLOW_TEXT.questions)) {
      const key = q as keyof typeof MEDIATION_FLOW_TEXT.explain;
      assert.ok(MEDIATION_FLOW_TEXT.explain[key].length > 20 && MEDIATION_FLOW_TEXT.cannotSkip[key].length > 20, `${q}: ${text.prompt}`);
    }
    assert.match(MEDIATION_FLOW_TEXT.notSure.contactedAdviser, /choose "No" for now/);
  });
});
