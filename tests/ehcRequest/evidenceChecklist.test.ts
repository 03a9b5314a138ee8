import assert from 'node:assert/strict';
import {
  EVIDENCE_CHOICES, EVIDENCE_ITEMS, EVIDENCE_KEYS, EVIDENCE_KEYWORDS, buildEvidenceChecklist, evidenceChoicesFor, evidenceKeysFrom, readChoices,
} from '../../src/domain/ehcRequest';

describe('EHC request: the evidence checklist', () => {
  it('has one item, with a reason, for every kind of evidence', () => {
    assert.deepEqual(EVIDENCE_ITEMS.map((i) => i.key), [...EVIDENCE_KEYS]);
    for (const item of EVIDENCE_ITEMS) assert.ok(item.whyItHelps.length > 10, item.key);
  });

  it('ticks what they have and lists what could help', () => {
    const list = buildEvidenceChecklist(['school-records', 'child-views']);
    assert.deepEqual(list.have.map((i) => i.key), ['school-records', 'child-views']);
    assert.equal(list.couldHelp.length, EVIDENCE_KEYS.length - 2);
    const ticked = list.text.split('\n').filter((l) => l.startsWith('✓'));
    assert.equal(ticked.length, 2);
    assert.match(ticked[0], /SEN support plans/);
    assert.match(ticked[1], /own views/);
    assert.match(list.text, /^- Reports from professionals, such as an educational psychologist/m);
  });

  it('says plainly that none of it is a legal requirement', () => {
    assert.match(buildEvidenceChecklist([]).text, /None of these is a legal requirement/);
    assert.match(buildEvidenceChecklist([]).text, /you can still ask/);
  });

  it('says a diagnosis is helpful but not needed', () => {
    const diagnosis = EVIDENCE_ITEMS.find((i) => i.key === 'diagnosis-letters');
    assert.match(diagnosis?.label ?? '', /not needed/);
  });

  it('reads typed answers and drops "none yet"', () => {
    assert.deepEqual(readChoices('the IEP and my diary', EVIDENCE_CHOICES, { keywords: EVIDENCE_KEYWORDS }), ['school-records', 'home-log']);
    assert.deepEqual(readChoices('2, 5', EVIDENCE_CHOICES), ['professional-reports', 'home-log']);
    assert.deepEqual(evidenceKeysFrom(['none-yet']), []);
    assert.deepEqual(
      readChoices('all', EVIDENCE_CHOICES, { excludeFromAll: ['none-yet'] }),
      [...EVIDENCE_KEYS],
    );
  });

  it('a young person asking for themselves reads "your own views" and "your work", not "the child’s"', () => {
    const list = buildEvidenceChecklist(['child-views'], { about: 'self', setting: 'college', age: 19 });
    assert.match(list.text, /^✓ Your own views, in your own words, drawings or a recording\. The council must take into account your views/m);
    assert.match(list.text, /^- Examples of your work\./m);
    assert.doesNotMatch(list.text, /the child\b|child’s own/);
    assert.equal(evidenceChoicesFor('self').find((c) => c.value === 'child-views')?.label, 'My own views');
    assert.equal(evidenceChoicesFor('child'), EVIDENCE_CHOICES);
  });

  it('a parent of a young person past school age reads "the young person’s own views"', () => {
    assert.match(buildEvidenceChecklist([], { about: 'young-person', age: 17 }).text, /The young person’s own views/);
  });

  it('a toddler at home: no exclusion records, school work or setting records, and views shown in their own way', () => {
    const list = buildEvidenceChecklist([], { about: 'child', setting: 'none', age: 1 });
    const keys = list.couldHelp.map((i) => i.key);
    for (const key of ['attendance-exclusions', 'work-examples', 'school-records'] as const) assert.ok(!keys.includes(key), key);
    assert.doesNotMatch(list.text, /school/i);
    assert.match(list.text, /shown in their own way/);
  });

  it('a child at nursery keeps setting records but not exclusions or school work; a school-age child at home keeps them all', () => {
    const nursery = buildEvidenceChecklist([], { about: 'child', setting: 'early-years', age: 3 }).couldHelp.map((i) => i.key);
    assert.ok(nursery.includes('school-records'));
    assert.ok(!nursery.includes('attendance-exclusions') && !nursery.includes('work-examples'));
    const homeEducated = buildEvidenceChecklist([], { about: 'child', setting: 'none', age: 13 });
    assert.equal(homeEducated.couldHelp.length, EVIDENCE_KEYS.length);
  });

  it('keeps what the family said they have, even if it would not be suggested', () => {
    const list = buildEvidenceChecklist(['work-examples'], { about: 'child', setting: 'none', age: 2 });
    assert.deepEqual(list.have.map((i) => i.key), ['work-examples']);
  });
});
