import assert from 'node:assert/strict';
import { SETTING_CHOICES, readChoice } from '../../src/domain/ehcRequest';

describe('EHC request: reading a pressed button', () => {
  it('a button label picks that choice even when its words name another ("Not in a school or setting now")', () => {
    for (const c of SETTING_CHOICES) assert.equal(readChoice(c.label, SETTING_CHOICES, { school: ['school'], none: ['not in school'] }), c.value);
  });
});
