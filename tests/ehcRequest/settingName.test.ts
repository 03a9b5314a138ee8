import assert from 'node:assert/strict';
import { settingNameIn } from '../../src/domain/ehcRequest/settingName';

describe('EHC request: a school named where the kind of place is asked', () => {
  it('finds the name in the answer, from its first word that is not filler', () => {
    assert.equal(settingNameIn('st marys primary'), 'st marys primary');
    assert.equal(settingNameIn('Greenway Primary School'), 'Greenway Primary School');
    assert.equal(settingNameIn("hes in year 4 at Brookside"), 'Brookside');
    assert.equal(settingNameIn("he goes to St Mary's, i think"), "St Mary's");
    assert.equal(settingNameIn('the local primary which is called Oakfield'), 'Oakfield');
  });

  it('names nothing when the answer is only the kind of place', () => {
    for (const t of ['School', 'a mainstream primary, year 3', 'he goes to the local primary', 'special school', 'sixth form college', 'nursery', '2']) {
      assert.equal(settingNameIn(t), undefined, t);
    }
  });
});
