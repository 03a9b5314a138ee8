import assert from 'node:assert/strict';
import { ActivityTypes, TurnContext } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import { createBot } from '../../src/bot/createBot';
import { TestConversation } from '../../src/cli/testConversation';
import { createLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { allText } from '../helpers/bot';
import { handedOff, handoffBot, SUNDAY_AFTERNOON, type ParentChat } from './harness';

/**
 * A parent leaving call-back details the way people really do: correcting a number, giving the
 * time with it, changing their mind about phone or email, and asking what happens next.
 */
describe('handoff: correcting and checking a call-back request', function () {
  this.timeout(30000);

  /** Outside adviser hours, at the question the parent is about to answer. */
  async function atCallbackStep(bot: ReturnType<typeof handoffBot>, method: 'Phone' | 'Email'): Promise<ParentChat> {
    const c = bot.chat();
    await c.start();
    await c.say('the council refused to assess my daughter');
    await c.say('I want to speak to someone');
    await c.say('Yes');
    await c.say(method);
    return c;
  }

  const noNumberAnywhere = (entries: readonly { readonly text: string }[] | undefined): boolean =>
    !(entries ?? []).some((e) => /07700|900 ?12[345]|@example/.test(e.text));

  describe('the number or address is read back, and can be changed', () => {
    const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });

    it('reads the number back, says how to change it, then asks the best time', async () => {
      const c = await atCallbackStep(bot, 'Phone');
      const reply = allText(await c.say('07700 900123'));
      assert.match(reply, /Thank you\. I will pass on 07700 900123\./);
      assert.match(reply, /type the right number/);
      assert.match(reply, /good time to call/);
    });

    it('"sorry wrong number, it\'s ..." at the best-time step changes the number and asks the time again (tester 1)', async () => {
      const c = await atCallbackStep(bot, 'Phone');
      await c.say('07700 900123');
      const changed = allText(await c.say("sorry wrong number, it's 07700 900124"));
      assert.match(changed, /I have changed the number to 07700 900124\./);
      assert.match(changed, /good time to call/);
      assert.equal(await bot.handoffOf(c), undefined, 'nothing stored before the best time');
      const done = allText(await c.say('weekday mornings'));
      assert.match(done, /An adviser will phone you on 07700 900124/);
      const record = await bot.handoffOf(c);
      assert.equal(record?.callback?.phone, '07700900124');
      assert.equal(record?.callback?.bestTime, 'weekday mornings');
      assert.ok(noNumberAnywhere(record?.transcript), 'numbers stay out of the transcript, the bot\'s read-back too');
      assert.ok(noNumberAnywhere(await bot.handoffState.getRecentMessages(await contextOf(bot, c))), 'and out of the recent messages');
    });

    it('"that\'s the wrong number" with no new one asks for the number again', async () => {
      const c = await atCallbackStep(bot, 'Phone');
      await c.say('07700 900123');
      assert.match(allText(await c.say("oh no that's the wrong number")), /Sorry about that\. What number should the adviser call\?/);
      assert.match(allText(await c.say('07700 900125')), /I will pass on 07700 900125/);
      await c.say('any time');
      assert.equal((await bot.handoffOf(c))?.callback?.phone, '07700900125');
    });

    it('a corrected email address replaces the first one', async () => {
      const c = await atCallbackStep(bot, 'Email');
      assert.match(allText(await c.say('sam.parnet@example.com')), /I will pass on sam\.parnet@example\.com\..*type the right address/s);
      assert.match(allText(await c.say('oops typo, it is sam.parent@example.com')), /I have changed the email address to sam\.parent@example\.com\./);
      await c.say('this week');
      const record = await bot.handoffOf(c);
      assert.deepEqual({ method: record?.callback?.method, email: record?.callback?.email, bestTime: record?.callback?.bestTime },
        { method: 'email', email: 'sam.parent@example.com', bestTime: 'this week' });
    });
  });

  describe('a best time given with the number, and questions at the best-time step', () => {
    const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });

    it('keeps the time given with the number and does not ask for it again (tester 3)', async () => {
      const c = await atCallbackStep(bot, 'Phone');
      const done = allText(await c.say('07700 900123, after 3pm is best as I do the school run'));
      assert.doesNotMatch(done, /good time to call/);
      assert.match(done, /I have passed this on\. An adviser will phone you on 07700 900123/);
      assert.match(done, /If that number is not right, just type the right one\./, 'not read back before, so how to put it right');
      const record = await bot.handoffOf(c);
      assert.equal(record?.status, 'callback-requested');
      assert.equal(record?.callback?.phone, '07700900123');
      assert.equal(record?.callback?.bestTime, 'after 3pm is best as I do the school run');
    });

    it('"where am I in the queue?" at the best-time step is answered, not stored as the time', async () => {
      const c = await atCallbackStep(bot, 'Phone');
      await c.say('07700 900123');
      for (const question of ['where am I in the queue?', 'how long will it be?']) {
        const reply = allText(await c.say(question));
        assert.match(reply, /no queue/, question);
        assert.match(reply, /tomorrow at 9am/, question);
        assert.match(reply, /good time to call/, `${question}: the question again`);
        assert.equal(await bot.handoffOf(c), undefined, question);
      }
      await c.say('after 3pm');
      assert.equal((await bot.handoffOf(c))?.callback?.bestTime, 'after 3pm');
    });
  });

  describe('switching between phone and email (tester 4)', () => {
    const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });

    it('"no actually phone is better" at the email step asks for the number', async () => {
      const c = await atCallbackStep(bot, 'Email');
      const reply = allText(await c.say('no actually phone is better'));
      assert.match(reply, /What number should the adviser call\?/);
      assert.doesNotMatch(reply, /not passed anything on/);
      await c.say('07700 900123');
      await c.say('any time');
      const record = await bot.handoffOf(c);
      assert.deepEqual({ method: record?.callback?.method, phone: record?.callback?.phone, email: record?.callback?.email },
        { method: 'phone', phone: '07700900123', email: undefined });
    });

    for (const [method, wording, asks] of [
      ['Email', 'can you call me instead', /What number/],
      ['Phone', 'email me instead', /What email address/],
      ['Phone', 'actually can they email me?', /What email address/],
    ] as const) {
      it(`"${wording}" at the ${method.toLowerCase()} step moves to the other question`, async () => {
        const c = await atCallbackStep(bot, method);
        assert.match(allText(await c.say(wording)), asks);
        assert.equal(await bot.handoffOf(c), undefined);
      });
    }

    it('at the best-time step, "can you email me instead" asks for the address', async () => {
      const c = await atCallbackStep(bot, 'Phone');
      await c.say('07700 900123');
      assert.match(allText(await c.say('can you email me instead')), /What email address/);
      await c.say('sam@example.com');
      await c.say('any time');
      const record = await bot.handoffOf(c);
      assert.deepEqual({ method: record?.callback?.method, phone: record?.callback?.phone, email: record?.callback?.email },
        { method: 'email', phone: undefined, email: 'sam@example.com' });
    });

    for (const decline of ['no thanks', "I'd rather not"]) {
      it(`"${decline}" at the email step still declines`, async () => {
        const c = await atCallbackStep(bot, 'Email');
        assert.match(allText(await c.say(decline)), /not passed anything on/);
        assert.equal(await bot.handoffOf(c), undefined);
      });
    }
  });

  describe('after the call-back is booked (tester 5)', () => {
    const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });

    async function booked(): Promise<ParentChat> {
      const c = await atCallbackStep(bot, 'Phone');
      await c.say('07700 900123');
      assert.match(allText(await c.say('weekday mornings')), /I have passed this on/);
      return c;
    }

    it('"where am I in the queue?" and "how long will it be" say an adviser will call when the service opens', async () => {
      const c = await booked();
      for (const question of ['where am I in the queue?', 'how long will it be']) {
        const replies = await c.say(question);
        const reply = allText(replies);
        assert.doesNotMatch(reply, /I can only help with/, question);
        assert.match(reply, /no place in a queue/, question);
        assert.match(reply, /An adviser will phone you when the service opens, tomorrow at 9am\./, question);
        assert.equal(metaOf(replies[0])?.kind, 'handoff');
      }
      assert.equal((await bot.handoffOf(c))?.callback?.bestTime, 'weekday mornings', 'questions are not stored as the time');
    });

    it('"after 3pm is better actually" updates the best time on the request', async () => {
      const c = await booked();
      const reply = allText(await c.say('after 3pm is better actually'));
      assert.doesNotMatch(reply, /I can only help with/);
      assert.match(reply, /I have changed the best time to "after 3pm is better actually"\./);
      const record = await bot.handoffOf(c);
      assert.equal(record?.callback?.bestTime, 'after 3pm is better actually');
      assert.equal(record?.callback?.phone, '07700900123');
      assert.equal(record?.status, 'callback-requested');
    });

    it('a corrected number right after booking changes the request', async () => {
      const c = await booked();
      assert.match(allText(await c.say('sorry, wrong number! it is 07700 900124')), /I have changed the number to 07700 900124\./);
      const record = await bot.handoffOf(c);
      assert.equal(record?.callback?.phone, '07700900124');
      assert.equal(record?.callback?.bestTime, 'weekday mornings');
      assert.ok(noNumberAnywhere(record?.transcript));
    });

    it('safeguarding words just after booking reach the adviser first', async () => {
      const c = await booked();
      const replies = await c.say("I'm worried my son might hurt himself tonight");
      assert.equal(metaOf(replies[0])?.kind, 'safeguarding');
      assert.match(allText(replies), /told the adviser/);
      const record = await bot.handoffOf(c);
      assert.equal(record?.safeguardingFlag, true);
      assert.equal(record?.status, 'callback-requested');
    });

    it('when the adviser later closes the done call-back, the parent is not told "the adviser has ended the chat"', async () => {
      const c = await booked();
      const record = await bot.handoffOf(c);
      await bot.handoffs.markCallbackDone(record!.id, 'adviser-1');
      await bot.handoffs.close(record!.id, 'closed-by-adviser');
      await bot.relay.idle();
      assert.equal(allText(c.received()), '');
      assert.equal(metaOf((await c.say('what is an EHC plan'))[0])?.kind, 'answer');
    });

    it('anything else goes back to the bot, and the request stays as it is', async () => {
      const c = await booked();
      const answer = await c.say('what is an EHC plan');
      assert.equal(metaOf(answer[0])?.kind, 'answer');
      const record = await bot.handoffOf(c);
      assert.equal(record?.status, 'callback-requested');
      assert.equal(record?.callback?.bestTime, 'weekday mornings');
    });
  });

  it('in adviser hours, a parent who booked a call-back after waiting is told they no longer have a queue place', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const bot = handoffBot({ clock: () => now });
    const { c } = await handedOff(bot);
    now = new Date('2026-11-23T10:11:00Z');
    assert.equal(await bot.waitWatcher.checkOnce(), 1);
    c.received();
    await c.say('Phone');
    await c.say('07700 900123 mornings are best');
    assert.equal((await bot.handoffOf(c))?.callback?.bestTime, 'mornings are best');
    const reply = allText(await c.say('where am I in the queue?'));
    assert.match(reply, /no place in a queue/);
    assert.match(reply, /as soon as they can/);
  });

  it('never writes the number, the address or the time to the logs', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const { bot } = createBot({ config: testConfig(), logger, clock: () => SUNDAY_AFTERNOON });
    const c = new TestConversation(bot, 'callback-privacy');
    await c.start();
    for (const said of ['I want to speak to someone', 'Yes', 'Email', 'no actually phone is better', '07700 900123',
      "sorry wrong number, it's 07700 900124", 'where am I in the queue?', 'after 3pm as I do the school run', 'after 4pm is better actually']) await c.say(said);
    assert.ok(lines.some((l) => l.includes('handoff.callback_requested')), 'the request itself is logged');
    assert.ok(!/07700|9001|school run|4pm|3pm|queue\?/.test(lines.join('\n')), 'no details or message text in the logs');
  });
});

/** A turn context for reading this chat's conversation state. */
async function contextOf(bot: ReturnType<typeof handoffBot>, c: ParentChat): Promise<TurnContext> {
  const ref = c.adapter.conversation;
  const context = new TurnContext(c.adapter, { type: ActivityTypes.Message, text: '', channelId: ref.channelId, conversation: ref.conversation, from: ref.user, recipient: ref.bot });
  await bot.handoffState.load(context);
  return context;
}
