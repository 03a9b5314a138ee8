import assert from 'node:assert/strict';
import { correctedDateText, readCorrection, sameText } from '../../src/domain/flowAnswers/correction';

describe('flow answers: a correction of an earlier answer (set V)', () => {
  it('reads the new value and the old one, keeping the capitals typed', () => {
    assert.deepEqual(readCorrection('sorry I meant 14 not 13'), { to: '14', from: '13', plain: true });
    assert.deepEqual(readCorrection('sorry its spelt Aimee not Amy'), { to: 'Aimee', from: 'Amy', plain: true });
    assert.deepEqual(readCorrection('it should be 14/10 not 13/10'), { to: '14/10', from: '13/10', plain: true });
    assert.deepEqual(readCorrection('I meant Aimee'), { to: 'Aimee', plain: true });
    assert.deepEqual(readCorrection('oops, 14 not 13'), { to: '14', from: '13', plain: false, strong: true });
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

describe('flow answers: corrections as a fresh tester typed them (set AE)', () => {
  it('"no wait", "hang on" and "actually" start a correction; a bare "no" does not', () => {
    assert.deepEqual(readCorrection('no wait its 12 not 11'), { to: '12', from: '11', plain: false, strong: true });
    assert.deepEqual(readCorrection('hang on, she is 10'), { to: '10', plain: false, about: 'age', strong: true });
    assert.deepEqual(readCorrection("actually he's 12"), { to: '12', plain: false, about: 'age' });
    assert.deepEqual(readCorrection('no wait, the 12th'), { to: 'the 12th', plain: false, about: 'date', strong: true });
    assert.deepEqual(readCorrection('oops 12th november'), { to: '12th november', plain: false, about: 'date', strong: true });
    // (Tester CA: "wait no the 16th" after the letter's day was read back.)
    assert.deepEqual(readCorrection('wait no the 16th'), { to: 'the 16th', plain: false, about: 'date', strong: true });
    assert.deepEqual(readCorrection('no the 16th'), { to: 'the 16th', plain: false, about: 'date', strong: true });
    for (const text of ['no', 'no wait', 'no its fine', 'no, not yet', 'no the school is fine', 'actually yesterday', 'no he has not', 'actually no, not yet, the mediation hasnt happened']) assert.equal(readCorrection(text), undefined, text);
    // A polite "sorry" is no sign on its own: "sorry, the 12th" may answer a date question.
    assert.deepEqual(readCorrection('sorry, the 12th'), { to: 'the 12th', plain: false, about: 'date' });
  });

  it('a school, council or name named as wrong is the new value for that kind of answer', () => {
    assert.deepEqual(readCorrection("I typed the wrong school, it's Oak Lane"), { to: 'Oak Lane', plain: true, about: 'school' });
    assert.deepEqual(readCorrection('wrong school - Oak Lane Primary'), { to: 'Oak Lane Primary', plain: true, about: 'school' });
    assert.deepEqual(readCorrection('sorry the school is Oak Lane not St Marys'), { to: 'Oak Lane', from: 'St Marys', plain: true, about: 'school' });
    assert.deepEqual(readCorrection('I put the wrong council, its Kent'), { to: 'Kent', plain: true, about: 'council' });
    assert.deepEqual(readCorrection('sorry her name is Aimee'), { to: 'Aimee', plain: true, about: 'name' });
  });

  it('never takes a sentence about the school as its new name', () => {
    for (const text of ['the school is useless, they do nothing', 'sorry the school is rubbish', 'the school is called Oak Lane', 'wrong school - she goes to the one by the park', 'the wrong school sorry']) {
      assert.equal(readCorrection(text), undefined, text);
    }
  });
});

describe('flow answers: corrections in more words, as a fresh tester typed them (set AN)', () => {
  it('"its X not Y" with more said around it: the new day and the old, and that both are dates', () => {
    assert.deepEqual(readCorrection('wait sorry, ive just found it, its dated 30th september not the 13th'),
      { to: '30th september', from: 'the 13th', plain: false, about: 'date', strong: true });
    assert.deepEqual(readCorrection('sorry i got that wrong, it was the 5th not the 3rd'), { to: 'the 5th', from: 'the 3rd', plain: false, about: 'date' });
    assert.deepEqual(readCorrection('actually sorry it was the 5th not the 3rd, it was a monday'), { to: 'the 5th', from: 'the 3rd', plain: false, about: 'date' });
    // With no "sorry" before it, only a day in place of a day is a correction.
    assert.deepEqual(readCorrection('its dated 30th september not the 13th'), { to: '30th september', from: 'the 13th', plain: false, about: 'date' });
    assert.deepEqual(readCorrection('it was the 5th not the 3rd'), { to: 'the 5th', from: 'the 3rd', plain: false, about: 'date' });
    assert.deepEqual(readCorrection('wait sorry, ive just found it, its dated 30th september'), { to: '30th september', plain: false, about: 'date', strong: true });
  });

  it('a name put right with "and" before it, and a school named first in a longer sentence', () => {
    assert.deepEqual(readCorrection("oh and it's spelt Maisy not Maisie"), { to: 'Maisy', from: 'Maisie', plain: true });
    assert.deepEqual(readCorrection('sorry the school is just Oakfield Academy, year 6 is her class'), { to: 'Oakfield Academy', plain: true, about: 'school' });
  });

  it('still leaves answers alone', () => {
    for (const text of ['its the school not the council', 'it was the school, not the council, that said it', 'actually no, not yet, the mediation hasnt happened', 'it was her idea not mine']) {
      assert.equal(readCorrection(text), undefined, text);
    }
  });

  it('reads "the letter was dated the 5th not the 2nd" and "the date on the letter is 5th nov" as date corrections', () => {
    assert.deepEqual(readCorrection('sorry the letter was dated the 5th not the 2nd'), { to: 'the 5th', from: 'the 2nd', plain: false, about: 'date' });
    assert.deepEqual(readCorrection('the letter was actually dated the 5th, not the 2nd'), { to: 'the 5th', from: 'the 2nd', plain: false, about: 'date' });
    assert.deepEqual(readCorrection('actually the letter date was 5 November'), { to: '5 November', plain: false, about: 'date' });
    assert.deepEqual(readCorrection('sorry the date on the letter is 5th nov not 2nd'), { to: '5th nov', from: '2nd', plain: false, about: 'date' });
    // Said with nothing that makes it a correction, it is an answer.
    assert.equal(readCorrection('the letter is dated 5 November'), undefined);
  });
});

