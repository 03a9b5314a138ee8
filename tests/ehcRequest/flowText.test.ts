import assert from 'node:assert/strict';
import {
  AREA_OF_NEED_CHOICES, AREA_OF_NEED_INFO, AREAS_OF_NEED, EHC_FLOW_TEXT, EHC_QUESTIONS, EVIDENCE_CHOICES,
  REQUESTER_CHOICES, SEND_METHOD_CHOICES, SETTING_CHOICES, questionFor,
} from '../../src/domain/ehcRequest';
import { measureReadability } from '../../src/domain/text/readability';
import { tooOldText } from '../../src/domain/ehcRequest/flowText';

/** Every string in the text object, with where it is. */
function allTexts(value: unknown, path = 'EHC_FLOW_TEXT'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allTexts(v, `${path}.${k}`));
  }
  return [];
}

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/** Terms explained at first use; they count as one short word for readability. */
const KNOWN_TERMS = [
  'education, health and care', 'EHC needs assessment', 'EHC plan', 'special educational needs',
  'Children and Families Act 2014', 'SEND Code of Practice', 'SENDIASS', 'educational psychologist',
  'communication and interaction', 'cognition and learning', 'social, emotional and mental health',
];

describe('EHC request: the flow text', () => {
  const texts = allTexts(EHC_FLOW_TEXT);

  it('keeps every text to 60 words or fewer, and none is empty', () => {
    assert.ok(texts.length > 30);
    for (const [path, text] of texts) {
      assert.ok(text.trim().length > 0, path);
      assert.ok(wordCount(text) <= 60, `${path} has ${wordCount(text)} words`);
    }
  });

  it('reads at a reading age of 13 or under, on average', () => {
    const all = texts.map(([, t]) => t).join('\n');
    assert.ok(measureReadability(all, KNOWN_TERMS).readingAge <= 13, String(measureReadability(all, KNOWN_TERMS).readingAge));
  });

  it('the intro says what it does, how long, and that they can go back, cancel or talk to a person', () => {
    const intro = EHC_FLOW_TEXT.intro;
    assert.match(intro, /draft letter/);
    assert.match(intro, /about 5 minutes/);
    for (const word of ['"back"', '"cancel"', '"talk to a person"']) assert.ok(intro.includes(word), word);
  });

  it('every question has a prompt and a reason, for a parent and for a young person', () => {
    for (const q of EHC_QUESTIONS) {
      for (const requester of ['parent', 'young-person'] as const) {
        const text = questionFor(q, requester);
        assert.ok(text.prompt.length > 5 && text.whyWeAsk.length > 10, `${q} ${requester}`);
      }
    }
    assert.match(questionFor('difficulties', 'young-person').prompt, /what do you find hard/);
    assert.match(questionFor('difficulties', 'parent').prompt, /your child/);
  });

  it('busts the myths: none of diagnosis, school agreement, council form, time on SEN support or an EP report is required', () => {
    const m = EHC_FLOW_TEXT.explanations.mythBusting;
    for (const word of ['diagnosis', 'school’s agreement', 'form', 'time on SEN support', 'educational psychologist']) {
      assert.ok(m.includes(word), word);
    }
    assert.match(m, /section 36\(8\)/);
  });

  it('numbers come from the timescales table', () => {
    assert.match(EHC_FLOW_TEXT.explanations.whatHappensNext, /within 6 weeks.*within 16 weeks.*within 20 weeks/);
  });

  it('the closing text covers sending, proof, dates and a SENDIASS adviser', () => {
    const c = EHC_FLOW_TEXT.closing;
    assert.match(c, /send your letter/);
    assert.match(c, /proof/);
    assert.match(c, /dates in your diary/);
    assert.match(c, /SENDIASS adviser/);
    assert.match(c, /\?$/);
  });

  it('offers the fixed choices the dialog needs', () => {
    assert.deepEqual(REQUESTER_CHOICES.map((c) => c.value), ['parent', 'young-person', 'professional']);
    assert.deepEqual(SETTING_CHOICES.map((c) => c.value), ['early-years', 'school', 'college', 'none']);
    assert.deepEqual(AREA_OF_NEED_CHOICES.map((c) => c.value), [...AREAS_OF_NEED, 'not-sure']);
    assert.deepEqual(SEND_METHOD_CHOICES.map((c) => c.value), ['email', 'hand', 'post']);
    assert.ok(EVIDENCE_CHOICES.some((c) => c.value === 'none-yet'));
    for (const choices of [REQUESTER_CHOICES, SETTING_CHOICES, AREA_OF_NEED_CHOICES, SEND_METHOD_CHOICES, EVIDENCE_CHOICES]) {
      for (const c of choices) assert.ok(c.label.length > 0 && c.label.length <= 60, c.label);
    }
  });

  it('each area of need has its Code of Practice name and a one-line explanation', () => {
    assert.deepEqual(AREAS_OF_NEED.map((a) => AREA_OF_NEED_INFO[a].label), [
      'communication and interaction', 'cognition and learning',
      'social, emotional and mental health', 'sensory and/or physical',
    ]);
    for (const a of AREAS_OF_NEED) assert.equal(AREA_OF_NEED_INFO[a].explanation.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, 1);
  });

  it('explains every question, and says why the ones the letter needs cannot be skipped', () => {
    for (const q of EHC_QUESTIONS) assert.ok(EHC_FLOW_TEXT.explain[q].length > 20, q);
    assert.match(EHC_FLOW_TEXT.cannotSkip.council, /"Not sure"/);
    assert.match(EHC_FLOW_TEXT.cannotSkip.supportTried, /"none yet"/);
  });

  it('over 25: says kindly that assessments stop at 25 and points to a person', () => {
    assert.match(tooOldText(26, 'young-person'), /up to the age of 25, so I cannot help you ask for one at 26\./);
    assert.match(tooOldText(40, 'parent'), /for someone aged 40/);
    assert.match(tooOldText(26, 'parent'), /SENDIASS/);
  });
});
