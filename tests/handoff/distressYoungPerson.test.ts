import assert from 'node:assert/strict';
import { allText, testBot } from '../helpers/bot';

/** The kind words before the offer of an adviser fit who is writing. */
describe('distress: the words before the offer of an adviser', () => {
  it('a young person writing about themselves is not told they are doing their best "for your child", and gets Childline', async () => {
    const text = allText(await testBot().conversation().say('im 17 and autistic and honestly im exhausted, nobody at college listens to me'));
    assert.match(text, /You do not have to deal with this alone/);
    assert.match(text, /Childline free on 0800 1111/);
    assert.doesNotMatch(text, /for your child/);
  });

  it('a parent still hears that they are doing their best for their child', async () => {
    const text = allText(await testBot().conversation().say('i am exhausted, nobody listens to me about my son'));
    assert.match(text, /You are doing your best for your child/);
    assert.match(text, /call 999/);
  });
});

describe('distress said again in the same conversation', () => {
  it('gets shorter words, not the same paragraph word for word, and the crisis line is still there', async () => {
    const c = testBot().conversation();
    const first = allText(await c.say('i am exhausted, nobody listens to me about my son'));
    await c.say('no');
    const second = allText(await c.say("i'm so fed up with all of this, nobody ever helps"));
    assert.match(first, /You are doing your best for your child/);
    assert.doesNotMatch(second, /You are doing your best for your child/);
    assert.match(second, /I hear you/);
    assert.match(second, /Samaritans/);
  });
});
