import assert from 'node:assert/strict';
import { allText, testBot } from '../helpers/bot';

/** "In simple words" says how to answer, not what about (tester CA: "what is an ehc plan in simple words" got keeping "a simple file" of records). */
describe('a question asked "in simple words"', () => {
  it('is answered on its topic', async () => {
    assert.match(allText(await testBot().conversation().say('what is an ehc plan in simple words')), /\*\*What an EHC plan is\*\*/);
    assert.match(allText(await testBot().conversation().say('explain sen support in plain english')), /\*\*SEN support and the graduated approach\*\*/);
  });
});
