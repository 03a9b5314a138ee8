import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import { allText, buttonLabels, kinds } from '../helpers/bot';
import { handoffBot, SUNDAY_AFTERNOON, type ParentChat } from './harness';

const ALL_STATUSES = { statuses: ['waiting', 'with-adviser', 'callback-requested', 'closed'] as const };

/** "Is that OK?" is on the screen: an adviser was offered for the parent's own case. */
async function offered(bot: ReturnType<typeof handoffBot>): Promise<ParentChat> {
  const c = bot.chat();
  await c.start();
  const offer = await c.say('I want to speak to someone');
  assert.match(allText(offer), /Is that OK\?/);
  return c;
}

function answerOf(replies: Partial<Activity>[]): Partial<Activity> | undefined {
  return replies.find((r) => metaOf(r)?.kind === 'answer');
}

/**
 * While the consent question is open, the parent's message is never lost: a question or a new
 * topic is answered (nothing is passed on, and the offer stays a button away), "maybe later" is a
 * polite no, and only a yes passes anything to an adviser.
 */
describe('handoff: something other than yes or no to "Is that OK?"', function () {
  this.timeout(30000);

  describe('a question instead: answered at once, as if no offer had been made', () => {
    const bot = handoffBot();

    for (const question of ["what's an individual support plan", 'what should i bring to the meeting', "what's the equality act", 'Does the school have to tell me if my child gets SEN support?']) {
      it(`"${question}"`, async () => {
        const c = await offered(bot);
        const replies = await c.say(question);
        assert.doesNotMatch(allText(replies), /did not catch that|Please choose "Yes"/);
        // First one short line: nothing was passed on, and the way back to an adviser.
        assert.match(replies[0].text ?? '', /^I have not passed anything on\..*"Talk to a person"/);
        assert.equal(metaOf(replies[0])?.kind, 'handoff');
        assert.ok(buttonLabels([replies[0]]).includes('Talk to a person'));
        // Then the same answer a parent gets with no offer on the screen.
        const fresh = bot.chat();
        await fresh.start();
        const plain = await fresh.say(question);
        assert.ok(answerOf(plain), `the question has an answer of its own: ${kinds(plain).join(', ')}`);
        assert.equal(answerOf(replies)?.text, answerOf(plain)?.text);
        assert.equal(await bot.handoffOf(c), undefined, 'nothing is passed on');
      });
    }

    it('nothing is queued for advisers, and a later "yes" is not taken as consent', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      await c.say("what's an individual support plan");
      await c.say('yes');
      assert.deepEqual(await bot.handoffs.list(ALL_STATUSES), []);
    });

    it('the offer stays open: "Talk to a person" asks again, and a yes then passes it on', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      await c.say('what should i bring to the meeting');
      const again = await c.say('Talk to a person');
      assert.match(allText(again), /Is that OK\?/);
      const queued = await c.say('Yes');
      assert.match(allText(queued), /You are number 1 in the queue/);
      const record = await bot.handoffOf(c);
      assert.equal(record?.status, 'waiting');
      assert.ok(record.transcript.some((e) => e.from === 'parent' && e.text === 'what should i bring to the meeting'), 'the adviser sees the question too');
    });

    it('a new topic that is not a question is carried on with too', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      const replies = await c.say('bye');
      assert.match(replies[0].text ?? '', /^I have not passed anything on\./);
      assert.ok(replies.length >= 2, 'the bot replies to the message itself');
      assert.equal(await bot.handoffOf(c), undefined);
    });
  });

  describe('"not now": a polite no, with the way back', () => {
    const bot = handoffBot();

    for (const wording of ['maybe later', 'not now', 'no not now', 'not yet', "I'll think about it", 'No thanks, maybe later.']) {
      it(`"${wording}"`, async () => {
        const c = await offered(bot);
        const replies = await c.say(wording);
        assert.equal(replies.length, 1);
        assert.match(allText(replies), /That is fine, there is no rush\. I have not passed anything on\./);
        assert.match(allText(replies), /When you are ready, press "Talk to a person"/);
        assert.doesNotMatch(allText(replies), /did not catch that/);
        assert.deepEqual(buttonLabels(replies), ['Talk to a person']);
        assert.equal(await bot.handoffOf(c), undefined, 'no handoff record');
      });
    }

    it('then back with the bot: the next question is answered as usual', async () => {
      const c = await offered(bot);
      await c.say('maybe later');
      const after = await c.say('what is an EHC plan');
      assert.equal(metaOf(after[0])?.kind, 'answer');
    });
  });

  describe('a no with a question after it: nothing passed on, then the question answered (set AL)', () => {
    const bot = handoffBot();
    const cases: ReadonlyArray<readonly [string, string]> = [
      // [the reply to "Is that OK?", the question in it]
      ["No. I don't need Samaritans I need to know what to do about the refusal", 'I need to know what to do about the refusal'],
      ['no its ok, i just want to know if he can get help at school before the diagnosis', 'i just want to know if he can get help at school before the diagnosis'],
      ['no thanks, can I appeal the refusal?', 'can I appeal the refusal?'],
      ['nah im ok thanks. does she need a diagnosis to get sen support', 'does she need a diagnosis to get sen support'],
    ];
    for (const [reply, question] of cases) {
      it(`"${reply}"`, async () => {
        const c = await offered(bot);
        const replies = await c.say(reply);
        // One short line: declined, nothing passed on (not "is there anything else?", which drops the question).
        assert.equal(replies[0].text, 'That is fine. I have not passed anything on.');
        assert.equal(metaOf(replies[0])?.kind, 'handoff');
        assert.doesNotMatch(allText(replies), /Is there anything else I can help with\?|did not catch that/);
        // Then the answer the question gets on its own.
        const fresh = bot.chat();
        await fresh.start();
        const plain = await fresh.say(question);
        assert.ok(answerOf(plain), `the question has an answer of its own: ${kinds(plain).join(', ')}`);
        assert.equal(answerOf(replies)?.text, answerOf(plain)?.text);
        await c.say('yes');
        assert.equal(await bot.handoffOf(c), undefined, 'nothing is passed on, and a later "yes" is not consent');
      });
    }

    it('after the kind words for distress (the tester\'s conversation): the refusal is answered, not dropped', async () => {
      const c = bot.chat();
      await c.start();
      const offer = await c.say('i am so exhausted, every meeting is a fight and i cry every night');
      assert.match(allText(offer), /Samaritans free on 116 123.*Is that OK\?/s);
      const replies = await c.say("No. I don't need Samaritans I need to know what to do about the refusal");
      assert.match(replies[0].text ?? '', /^That is fine\. I have not passed anything on\.$/);
      assert.match(answerOf(replies)?.text ?? '', /\*\*If the council refuses to assess\*\*[\s\S]*appeal/);
      assert.equal(await bot.handoffOf(c), undefined);
    });

    for (const wording of ['no', "no i don't want them seeing everything", 'No. Can you just answer my question']) {
      it(`a no with no question in it stays a plain no: "${wording}"`, async () => {
        const c = await offered(bot);
        const replies = await c.say(wording);
        assert.equal(replies.length, 1);
        assert.match(allText(replies), /^That is fine\. I have not passed anything on\.[\s\S]*Is there anything else I can help with\?$/);
        assert.equal(answerOf(replies), undefined);
      });
    }
  });

  describe('still asked again', () => {
    const bot = handoffBot();

    for (const wording of ['hmm', 'what?', 'yes but can I change my mind later?']) {
      it(`genuinely unclear: "${wording}"`, async () => {
        const c = await offered(bot);
        const replies = await c.say(wording);
        assert.match(allText(replies), /Sorry, I did not catch that\..*Please choose "Yes" or "No"\./s);
        assert.deepEqual(buttonLabels(replies), ['Yes', 'No']);
        await c.say('yes');
        assert.equal((await bot.handoffOf(c))?.status, 'waiting', 'the question was still open');
      });
    }
  });

  describe('questions about the handoff itself: answered, and the question stays open', () => {
    for (const wording of ['who will see this?', 'will the school find out?', 'ok but who will see it?']) {
      it(`"${wording}"`, async () => {
        const bot = handoffBot();
        const c = await offered(bot);
        const replies = await c.say(wording);
        assert.match(allText(replies), /^Only a SENDIASS adviser\. SENDIASS is free, confidential and separate from the council\./);
        assert.match(allText(replies), /short summary.*messages in this conversation/s);
        assert.deepEqual(buttonLabels(replies), ['Yes', 'No']);
        assert.equal(await bot.handoffOf(c), undefined);
        await c.say('Yes');
        assert.equal((await bot.handoffOf(c))?.status, 'waiting');
      });
    }

    it('"what can I do?": what a yes and a no each lead to, not the list of what the bot does', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      const replies = await c.say('what can I do');
      assert.match(allText(replies), /Yes: I pass this conversation to a SENDIASS adviser.*No: nothing is passed on/s);
      assert.doesNotMatch(allText(replies), /I have not passed anything on|Here is what I can do/);
      assert.deepEqual(buttonLabels(replies), ['Yes', 'No']);
      await c.say('ok yes');
      assert.equal((await bot.handoffOf(c))?.status, 'waiting');
    });

    it('"how long will I wait?" with advisers in: no promised time', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      const replies = await c.say('how long will I wait?');
      assert.match(allText(replies), /I ask an adviser to join this chat\..*I cannot say exactly how long/s);
      assert.deepEqual(buttonLabels(replies), ['Yes', 'No']);
      assert.equal(await bot.handoffOf(c), undefined);
    });

    it('"how long will I wait?" with advisers out: when they are back, and the call-back', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = await offered(bot);
      const replies = await c.say('how long will I wait?');
      assert.match(allText(replies), /No adviser is free to chat right now.*Advisers will be back tomorrow.*phone or email you/s);
      // The call-back questions work as before.
      const method = await c.say('yes');
      assert.deepEqual(buttonLabels(method), ['Phone', 'Email', 'No thanks']);
      assert.match(allText(await c.say('Phone')), /What number should the adviser call\?/);
    });
  });

  describe('yes and no as before', () => {
    it('pressing "Talk to a person" while asked is a yes', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      const replies = await c.say('Talk to a person');
      assert.match(allText(replies), /You are number 1 in the queue/);
    });

    it('a plain no still gives SENDIASS\'s own contact details', async () => {
      const bot = handoffBot({ env: { SENDIASS_NAME: 'Anytown SENDIASS', SENDIASS_PHONE: '0161 496 0000' } });
      const c = await offered(bot);
      const replies = await c.say('no thanks');
      assert.match(allText(replies), /Anytown SENDIASS: phone 0161 496 0000/);
      assert.equal(await bot.handoffOf(c), undefined);
    });

    it('safeguarding words while asked: the emergency help first, then the question again', async () => {
      const bot = handoffBot();
      const c = await offered(bot);
      const replies = await c.say('my child told me a teacher hit him, what should i do?');
      assert.equal(metaOf(replies[0])?.kind, 'safeguarding');
      assert.doesNotMatch(allText(replies), /I have not passed anything on/);
      assert.match(allText(replies), /Is that OK\?/);
      await c.say('yes');
      const record = await bot.handoffOf(c);
      assert.equal(record?.reason, 'safeguarding');
    });
  });

  describe('offered in the middle of a guided flow', () => {
    async function inFlowOffered(bot: ReturnType<typeof handoffBot>): Promise<ParentChat> {
      const c = bot.chat();
      await c.start();
      await c.say('Ask for an EHC needs assessment');
      await c.say('I am a parent or carer');
      const offer = await c.say('I want to speak to someone');
      assert.match(allText(offer), /Is that OK\?/);
      return c;
    }

    it('a question: nothing passed on, answered briefly, and the flow asks its question again', async () => {
      const bot = handoffBot();
      const c = await inFlowOffered(bot);
      const replies = await c.say('what is an EHC plan?');
      assert.match(replies[0].text ?? '', /^I have not passed anything on\./);
      assert.ok(kinds(replies).includes('flow'), kinds(replies).join(', '));
      assert.match(allText(replies), /first name/i, 'the flow\'s question again, the answer not taken as the name');
      assert.equal(await bot.handoffOf(c), undefined);
    });

    it('"maybe later": back to the flow\'s question, nothing passed on', async () => {
      const bot = handoffBot();
      const c = await inFlowOffered(bot);
      const replies = await c.say('maybe later');
      assert.match(allText(replies), /I have not passed anything on/);
      assert.match(allText(replies), /first name/i);
      assert.equal(await bot.handoffOf(c), undefined);
    });

    it('a no with a question: a no, and the flow asks its question again (the flow would take the whole message as its answer)', async () => {
      const bot = handoffBot();
      const c = await inFlowOffered(bot);
      const replies = await c.say('no thanks, can I ask for an assessment myself?');
      assert.match(allText(replies), /I have not passed anything on/);
      assert.match(allText(replies), /first name/i);
      assert.equal(await bot.handoffOf(c), undefined);
    });

    it('something that could be taken for an answer: the consent question again, not stored in the flow', async () => {
      const bot = handoffBot();
      const c = await inFlowOffered(bot);
      const replies = await c.say('he is seven');
      assert.match(allText(replies), /Please choose "Yes" or "No"/);
    });
  });
});
