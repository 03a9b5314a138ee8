import assert from 'node:assert/strict';
import { correctedDateText, readCorrection, sameText } from '../../src/domain/flowAnswers/correction';

describe('flow answers: a correction of an earlier answer (set V)', () => {
  it('reads the new value and the old one, keeping the capitals typed', () => {
    assert.deepEqual(readCorrection('sorry I meant 14 not 13'), { to: '14', from: '13', plain: true });
    assert.deepEqual(readCorrection('sorry its spelt Aimee not Amy'), { to: 'Aimee', from: 'Amy', plain: true });
    assert.deepEqual(readCorrection('it should be 14/10 not 13/10'), { to: '14/10', from: '13/10', plain: true });
    assert.deepEqual(readCorrection('I meant Aimee'), { to: 'Aimee', plain: true });
    assert.deepEqual(readCorrection('oops, 14 not 13'), { to: '14', from: '13', plain: false });
    assert.deepEqual(readCorrection("sorry, not 13, it's 14"), { to: '14', from: '13', plain: false });
  });

  it('leaves answers alone', () => {
    for (const text of ['he can read but not write', 'no not yet, mediation hasnt happened', 'i mean he struggles with everything', 'not sure', 'Aimee', '14']) {
      assert.equal(readCorrection(text), undefined, text);
    }
  });

  it('changes the day of a date, keeping its month and year, only when the old day is the one given', () => {
    assert.equal(correctedDateText({ to: '14', from: '13', plain: true }, '2026-10-13'), '14 October 2026');
    assert.equal(correctedDateText({ to: 'the 14th', plain: true }, '2026-10-13'), '14 October 2026');
    assert.equal(correctedDateText({ to: '14/10', from: '13/10', plain: true }, '2026-10-13'), '14/10');
    assert.equal(correctedDateText({ to: '14', from: '12', plain: true }, '2026-10-13'), undefined);
    assert.equal(correctedDateText({ to: '31', from: '13', plain: true }, '2026-11-13'), undefined, 'no 31 November');
    assert.equal(correctedDateText({ to: '14', from: '13', plain: true }, undefined), undefined);
  });

  it('compares names as typed', () => {
    assert.ok(sameText('amy', 'Amy'));
    assert.ok(sameText('St Marys', "St Mary's"));
    assert.ok(!sameText('13', 'Amy'));
  });
});
