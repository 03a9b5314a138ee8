import assert from 'node:assert/strict';
import { twoQuestionsIn } from '../../src/domain/text/questionParts';
import { allText, testBot } from '../helpers/bot';

/** Two questions in one message: each answered (set AW: 14 of 15 lost a part). */
describe('two questions in one message', () => {
  it('finds them in two sentences, joined by "and", or numbered, with the background before them', () => {
    assert.deepEqual(twoQuestionsIn('Is mediation confidential? and how long after mediation do I get the certificate?'),
      ['Is mediation confidential?', 'how long after mediation do I get the certificate?']);
    assert.deepEqual(twoQuestionsIn('what is the local offer and what is an SEN information report'), ['what is the local offer', 'what is an SEN information report']);
    assert.deepEqual(twoQuestionsIn('My son has an EHCP. How often must it be reviewed, and what happens to it if we move to another council?'),
      ['My son has an EHCP. How often must it be reviewed', 'My son has an EHCP. what happens to it if we move to another council?']);
    assert.deepEqual(twoQuestionsIn("Two questions: 1) can the LA just cease my son's plan? 2) how do I complain to the ombudsman about delays?"),
      ["can the LA just cease my son's plan?", 'how do I complain to the ombudsman about delays?']);
  });

  it('leaves one question alone, and a statement before a question', () => {
    assert.equal(twoQuestionsIn('what is a part time timetable and can school force one?'), undefined);
    assert.equal(twoQuestionsIn('what is an ehcp'), undefined);
    assert.equal(twoQuestionsIn('My daughter has been excluded twice this term. Also, how do I ask for an EHC needs assessment for her?'), undefined);
    assert.equal(twoQuestionsIn('and why?'), undefined);
  });

  it('the bot answers both, each from its own article, the second said to be the other question', async () => {
    const text = allText(await testBot().conversation().say('How long does the council have to decide whether to assess? And can I ask for a personal budget?'));
    assert.match(text, /\*\*How long the EHC process takes\*\*[\s\S]*6 weeks[\s\S]*And your other question:\s+\*\*Personal budgets and direct payments\*\*/);
    // (Tester AZ: one "Was this helpful?", under the second answer, not two sets of Yes and No in one list.)
    assert.equal(text.match(/Was this helpful\?/g)?.length, 1);
    assert.ok(text.lastIndexOf('Was this helpful?') > text.indexOf('And your other question'));
  });

  it('"what is a part time timetable and can school force one" is one question: the second leans on the first (tester CB: an answer about reforms no one asked for)', async () => {
    const text = allText(await testBot().conversation().say('what is a part time timetable and can school force one'));
    assert.doesNotMatch(text, /And your other question/);
    assert.match(text, /part-time timetable/i);
  });

  it('a follow-up joined by "and" is still one follow-up ("will they tell me what they are doing and how shes getting on?")', async () => {
    const c = testBot().conversation();
    await c.say('what is sen support');
    assert.doesNotMatch(allText(await c.say('will they tell me what they are doing and how shes getting on?')), /And your other question/);
  });
});
