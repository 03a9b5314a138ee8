import assert from 'node:assert/strict';
import {
  EVIDENCE_CHOICES, EVIDENCE_ITEMS, EVIDENCE_KEYS, EVIDENCE_KEYWORDS, buildEvidenceChecklist, evidenceKeysFrom, readChoices,
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
});
