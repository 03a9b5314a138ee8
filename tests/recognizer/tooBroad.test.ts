import assert from 'node:assert/strict';
import { describesChildWithoutAsking, isTooBroadToAnswer } from '../../src/domain/recognizer/tooBroad';
import { metaOf } from '../../src/bot/replies';
import { allText, buttonLabels, testBot } from '../helpers/bot';

describe('a message too broad to answer ("school", "the letter")', () => {
  it('knows one or two everyday words that name no question', () => {
    // ("What happens next?" with nothing before it: any article's "what you can do next" would be a guess.)
    for (const text of ['school', 'The letter', 'my daughter', 'the LA', 'about the email from the council', 'reports', 'what happens next?', 'so whats next']) {
      assert.equal(isTooBroadToAnswer(text), true, text);
    }
  });

  it('leaves topics that are questions in themselves, and real questions, to the knowledge base', () => {
    for (const text of ['mediation', 'EHCP', 'annual review', 'school transport', 'what is an EHC plan', 'the school refuses to help']) {
      assert.equal(isTooBroadToAnswer(text), false, text);
    }
  });

  it('the bot asks what they want to know, with an example and the main tasks, instead of guessing an article', async () => {
    const c = testBot().conversation();
    for (const text of ['school', 'the letter']) {
      const replies = await c.say(text);
      assert.deepEqual(replies.map((r) => metaOf(r)?.kind).filter((k) => k !== 'welcome'), ['clarify'], text);
      assert.match(allText(replies), /tell me a bit more/);
      assert.ok(buttonLabels(replies).includes('Talk to a person'));
    }
    assert.deepEqual((await c.say('mediation')).map((r) => metaOf(r)?.kind).filter((k) => k !== 'welcome'), ['answer']);
  });

  it('a parent describing their child with nothing asked is told so; a question after a comma is a question', () => {
    assert.equal(describesChildWithoutAsking("He struggles to read and write and gets very anxious. He has panic attacks before school. At home he won't sleep."), true);
    assert.equal(describesChildWithoutAsking('we live in cardiff, how do i get an idp for my daughter'), false);
    assert.equal(describesChildWithoutAsking('she cries every morning and will not eat at school, so what can i do'), false);
    // (Tester BA: a question turned round mid-message, and a school named in the plan, are not only background.)
    assert.equal(describesChildWithoutAsking('my son has dyslexia can he get a reader in his sats'), false);
    assert.equal(describesChildWithoutAsking('my daughter is autistic and gets tired by lunchtime could she do mornings only'), false);
    assert.equal(describesChildWithoutAsking('school wont accept my son even tho he is named in section I'), false);
  });
});
