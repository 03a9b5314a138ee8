import assert from 'node:assert/strict';
import { matchManyChoices } from '../../dialogs/guidedFlowDialog';

/** Several of a question's numbered choices, typed as parents type them (set AQ: "3, 6 and 8" went into a summary as a quote). */
describe('guided flows: several choices typed as a list', () => {
  const choices = ['school reports', 'reports from professionals', 'my own notes', 'emails', 'photos', 'the plan', 'videos', 'letters'].map((label) => ({ label, value: label }));
  const typed = (text: string) => matchManyChoices({ text }, choices)?.map((c) => c.label);

  it('reads numbers joined by commas and "and", however the spaces fall', () => {
    assert.deepEqual(typed('3, 6 and 8'), ['my own notes', 'the plan', 'letters']);
    assert.deepEqual(typed('1 and 4 then'), ['school reports', 'emails']);
    assert.deepEqual(typed('2,3 & 5'), ['reports from professionals', 'my own notes', 'photos']);
  });

  it('leaves words that are not choices to be kept as the parent\'s own', () => {
    assert.equal(typed('3 and the speech therapist letter'), undefined);
    assert.equal(typed('9 and 10'), undefined);
  });
});
