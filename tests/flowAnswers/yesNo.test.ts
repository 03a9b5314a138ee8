import assert from 'node:assert/strict';
import { readYesNo } from '../../src/domain/flowAnswers/yesNo';

describe('flow answers: yes or no', () => {
  it('reads a no said in words, even one that starts like a yes ("I have not")', () => {
    for (const no of ['I have not', "I haven't", "haven't", 'not yet', 'No, not yet', "I've not", 'we didn\u2019t', "I don't have one", 'nope', 'never']) {
      assert.equal(readYesNo(no), 'no', no);
    }
  });

  it('reads a yes said in words', () => {
    for (const yes of ['yes', 'Yes I have', 'I have', 'we did, last week', "I've got it", 'yep', 'I think so']) assert.equal(readYesNo(yes), 'yes', yes);
  });

  it('"no idea", "not sure" and "maybe" are neither: the parent is unsure', () => {
    for (const unsure of ['no idea', 'not sure', "I don't know", 'maybe', 'dunno', "can't remember", 'I might have']) assert.equal(readYesNo(unsure), 'unsure', unsure);
  });

  it('"ok", "sure" and other words are not an answer', () => {
    for (const other of ['ok', 'okay', 'sure', 'fine', 'x', '5', '', 'the council']) assert.equal(readYesNo(other), undefined, other);
  });
});
