import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import { mentionsPossibleRisk } from '../../src/domain/recognizer/possibleRisk';
import { allText, testBot } from '../helpers/bot';

/**
 * A safety net under the safeguarding rules: when the bot cannot place a message and it has a word
 * that may mean danger, the unsure reply starts with 999 and the NSPCC.
 */
describe('an unsure reply to a message that may be about danger', () => {
  it('starts with where to get help now', async () => {
    const replies = await testBot().conversation().say('the neighbours dog barks and he is scared to walk past');
    const reply = replies.find((r) => ['clarify', 'out-of-scope'].includes(metaOf(r)?.kind ?? ''));
    assert.ok(reply, 'an unsure reply');
    assert.match(reply.text ?? '', /^If you or anyone else is in danger now, call 999\. .*NSPCC on 0808 800 5000/);
  });

  it('adds nothing to an unsure reply without such words, or to an answer', async () => {
    const c = testBot().conversation();
    assert.doesNotMatch(allText(await c.say('whats the weather like')), /danger now/);
    assert.doesNotMatch(allText(await c.say('what is an ehcp')), /danger now/);
  });

  it('an answer starts with the same line only for words that rarely mean anything else', async () => {
    const c = testBot().conversation();
    const police = await c.say('is there a police check for taxi drivers who take children with send to school');
    assert.match(allText(police), /^If you or anyone else is in danger now, call 999/m);
    assert.doesNotMatch(allText(await c.say('he is missing school because of anxiety, what can i do')), /danger now/);
    // (Nor school missed in any amount: set AR.)
    assert.ok(!mentionsPossibleRisk('she is missing loads of school') && !mentionsPossibleRisk('he has been missing 3 days a week'));
    assert.ok(mentionsPossibleRisk('my daughter has been missing since last night'));
    assert.doesNotMatch(allText(await c.say('my son hits other children when he is overwhelmed, what support can school give')), /danger now/);
  });

  it('a school or council threatening a fine, court or exclusion is procedure, not danger (tester CB); a person threatening someone is not', () => {
    assert.equal(mentionsPossibleRisk('my daughter has anxiety and cant go to school (ebsa) and the school is threatening me with a fine'), false);
    assert.equal(mentionsPossibleRisk('the council threatened us with court for attendance'), false);
    assert.equal(mentionsPossibleRisk('the school threatened to exclude him'), false);
    assert.equal(mentionsPossibleRisk('he threatened to kill me'), true);
  });

  it('knows the words, whatever their form', () => {
    for (const t of ['she was choking', 'he keeps running away', 'they threatened him', 'left alone', 'bleeding']) assert.equal(mentionsPossibleRisk(t), true, t);
    for (const t of ['what is section F', 'how long is the annual review', 'can I appeal']) assert.equal(mentionsPossibleRisk(t), false, t);
  });

  it('"killed it at sports day" is praise, not danger; "he will kill me" still counts', () => {
    assert.equal(mentionsPossibleRisk('my daughter absolutely killed it at sports day, so proud'), false);
    assert.equal(mentionsPossibleRisk('she is killing it in her new class'), false);
    assert.equal(mentionsPossibleRisk('he says he will kill me'), true);
  });
});
