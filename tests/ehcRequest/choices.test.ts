import assert from 'node:assert/strict';
import { AREA_OF_NEED_CHOICES, AREA_OF_NEED_KEYWORDS, SETTING_CHOICES, readChoice, readChoices } from '../../src/domain/ehcRequest';

describe('EHC request: reading a pressed button', () => {
  it('a button label picks that choice even when its words name another ("Not in a school or setting now")', () => {
    for (const c of SETTING_CHOICES) assert.equal(readChoice(c.label, SETTING_CHOICES, { school: ['school'], none: ['not in school'] }), c.value);
  });
});

describe('EHC request: a list with how sure the parent is (set AN)', () => {
  it('"1 and 3 mainly, maybe 2" picks 1, 2 and 3', () => {
    assert.deepEqual(readChoices('1 and 3 mainly, maybe 2', AREA_OF_NEED_CHOICES, { keywords: AREA_OF_NEED_KEYWORDS }), ['communication-interaction', 'cognition-learning', 'social-emotional-mental-health']);
  });
});
