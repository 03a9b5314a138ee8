import assert from 'node:assert/strict';
import { nameCalledIn, saysNotInASetting, settingNameIn } from '../../src/domain/ehcRequest/settingName';

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

describe('EHC request: a child in no school or setting, and a name inside a sentence (set AE)', () => {
  it('hears that the child is not in a school now, though the words name a school', () => {
    for (const t of ['shes not been in school since easter, anxiety, school took her off roll', 'home educated', 'he was off-rolled in year 8', 'she hasnt got a school place', 'out of school since september', 'not attending anywhere']) {
      assert.ok(saysNotInASetting(t), t);
    }
    for (const t of ['St Marys Primary', 'he goes to school but hates it', 'a special school', 'Notley Green Primary']) assert.ok(!saysNotInASetting(t), t);
  });

  it('finds the name after "called" in a sentence, and keeps "Our Lady" in a name', () => {
    assert.equal(nameCalledIn("he goes to the one on the hill, it's called Oak Lane"), 'Oak Lane');
    assert.equal(nameCalledIn('the local primary'), undefined);
    assert.equal(settingNameIn('Our Lady of Lourdes Catholic Primary'), 'Our Lady of Lourdes Catholic Primary');
  });
});

describe('EHC request: no setting now, in the words of a fresh tester (set AN)', () => {
  it('"nothing at the moment, she left college in the summer" is no setting now', () => {
    for (const text of ['nothing at the moment, she left college in the summer because they couldnt support her', 'nowhere right now', 'she finished school in july and is at home all day']) {
      assert.ok(saysNotInASetting(text), text);
    }
    for (const text of ['he left St Marys and now goes to Oak Lane', 'she left college and started at Riverside College', 'Oak Lane Primary']) assert.ok(!saysNotInASetting(text), text);
  });
});
