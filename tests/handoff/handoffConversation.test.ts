import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import { allText, buttonLabels, kinds } from '../helpers/bot';
import { handedOff, handoffBot, SUNDAY_AFTERNOON } from './harness';

/** A parent reaching a SENDIASS adviser through the bot: triggers, consent, the queue, call-backs. */
describe('handoff: from the parent\'s side', function () {
  this.timeout(20000);

  describe('triggers lead to the consent question', () => {
    const bot = handoffBot();

    for (const wording of ['I want to speak to someone', 'can I talk to a SENDIASS adviser', 'is there a real person I can talk to', 'Talk to a person', 'please can someone call me back']) {
      it(`"${wording}"`, async () => {
        const c = bot.chat();
        await c.start();
        const replies = await c.say(wording);
        assert.ok(replies.length >= 1 && replies.every((r) => metaOf(r)?.kind === 'handoff'), kinds(replies).join(', '));
        assert.match(allText(replies), /short summary.*answers.*messages in this conversation/s, 'says what an adviser will see');
        assert.deepEqual(buttonLabels(replies), ['Yes', 'No']);
      });
    }

    it('distress: warm words first, then the offer', async () => {
      const c = bot.chat();
      await c.start();
      const replies = await c.say('i am so exhausted, every meeting is a fight and i cry every night');
      assert.equal(replies.length, 2);
      assert.match(replies[0].text ?? '', /sorry things are so hard/);
      // Despair can hide in tiredness: the crisis line is always there, gently.
      assert.match(replies[0].text ?? '', /Samaritans free on 116 123/);
      assert.match(replies[1].text ?? '', /Is that OK\?/);
      assert.deepEqual(kinds(replies), ['handoff', 'handoff']);
    });

    // A parent near breaking point gets the kind words and Samaritans, even with a SEND matter told beside it (set AL).
    for (const wording of ["I can't cope any more", "I'm at breaking point and crying every night",
      "I'm exhausted and can't cope, the council have refused to assess my son again", 'i give up, the school have excluded him again']) {
      it(`distress near breaking point: "${wording}"`, async () => {
        const c = bot.chat();
        await c.start();
        const replies = await c.say(wording);
        assert.deepEqual(kinds(replies), ['handoff', 'handoff']);
        assert.match(replies[0].text ?? '', /sorry things are so hard.*Samaritans free on 116 123/s);
        assert.match(replies[1].text ?? '', /Is that OK\?/);
      });
    }

    it('a question about their own case (beyond general guidance)', async () => {
      const c = bot.chat();
      await c.start();
      const replies = await c.say('please look at my son\'s EHC plan and tell me if section F is specific enough');
      assert.ok(kinds(replies).includes('handoff'));
      assert.match(allText(replies), /Is that OK\?/);
    });

    it('safeguarding: the emergency help first; "Talk to a person" then asks for consent, as a safeguarding handoff', async () => {
      const c = bot.chat();
      await c.start();
      const help = await c.say('my child told me a teacher hit him');
      assert.equal(metaOf(help[0])?.kind, 'safeguarding');
      assert.ok(buttonLabels(help).includes('Talk to a person'));
      const consent = await c.say('Talk to a person');
      assert.match(allText(consent), /Is that OK\?/);
      await c.say('Yes');
      const record = await bot.handoffOf(c);
      assert.equal(record?.reason, 'safeguarding');
      assert.equal(record?.priority, 1);
    });

    it('two questions in a row the bot cannot answer: the second offers a person', async () => {
      const c = bot.chat();
      await c.start();
      const first = await c.say('can the SENCO paint the provision grid purple');
      assert.deepEqual(kinds(first), ['clarify']);
      const second = await c.say('does the SENCO choose the colour of the EHCP folder');
      assert.ok(kinds(second).every((k) => k === 'handoff'), kinds(second).join(', '));
      assert.match(allText(second), /I am sorry I have not been able to help\..*Is that OK\?/s);
      await c.say('yes');
      assert.equal((await bot.handoffOf(c))?.reason, 'not-answered');
    });
  });

  describe('consent', () => {
    it('given: the adviser gets a summary and this conversation\'s messages; the parent hears their place in the queue', async () => {
      const bot = handoffBot();
      const { c, replies } = await handedOff(bot);
      assert.match(allText(replies), /You are number 1 in the queue/);
      assert.match(allText(replies), /"end chat"/);
      assert.deepEqual(buttonLabels(replies), ['Where am I in the queue?', 'End chat']);
      const record = await bot.handoffOf(c);
      assert.ok(record);
      assert.equal(record.status, 'waiting');
      assert.equal(record.reason, 'asked');
      assert.equal(record.summary.reasonText, 'Asked to talk to a person');
      assert.equal(record.summary.botAnswered.length, 1);
      assert.match(record.summary.topic, /^Asked about "/);
      const parentSaid = record.transcript.filter((e) => e.from === 'parent').map((e) => e.text);
      assert.deepEqual(parentSaid, ['how long does the council have to decide whether to assess my child?', 'I want to speak to someone', 'Yes']);
      assert.ok(record.transcript.some((e) => e.from === 'bot' && /6 weeks/.test(e.text)), 'the bot\'s answer is there too');
      assert.ok(!record.transcript.some((e) => /Privacy: I do not keep/.test(e.text)), 'the welcome is left out');
    });

    it('refused: nothing is stored, and the parent gets the SENDIASS contact details', async () => {
      const bot = handoffBot({ env: { SENDIASS_NAME: 'Anytown SENDIASS', SENDIASS_PHONE: '0161 496 0000' } });
      const c = bot.chat();
      await c.start();
      await c.say('I want to speak to someone');
      const replies = await c.say('No');
      assert.match(allText(replies), /not passed anything on/);
      assert.match(allText(replies), /Anytown SENDIASS: phone 0161 496 0000/);
      assert.equal(await bot.handoffOf(c), undefined);
      assert.deepEqual(await bot.handoffs.list({ statuses: ['waiting', 'with-adviser', 'callback-requested', 'closed'] }), []);
      const after = await c.say('what is an EHC plan');
      assert.equal(metaOf(after[0])?.kind, 'answer', 'back with the bot');
    });

    it('unclear, then unclear again: the bot stops asking, says nothing was passed on, and carries on', async () => {
      const bot = handoffBot();
      const c = bot.chat();
      await c.start();
      await c.say('I want to speak to someone');
      const again = await c.say('hmm');
      assert.match(allText(again), /Please choose "Yes"/);
      const after = await c.say('hmm');
      assert.doesNotMatch(allText(after), /Please choose "Yes"/);
      assert.match(after[0].text ?? '', /^I have not passed anything on\./);
      assert.equal(await bot.handoffOf(c), undefined);
      const answer = await c.say('what is an EHC plan');
      assert.equal(metaOf(answer[0])?.kind, 'answer', 'back with the bot');
    });

    it('a button for another task instead of yes or no: the offer is set aside at once and the task starts', async () => {
      const bot = handoffBot();
      const c = bot.chat();
      await c.start();
      const offer = await c.say('the council are useless and i cant cope with this anymore');
      assert.match(allText(offer), /Is that OK\?/);
      // The welcome's buttons are still on screen; the parent presses one of them.
      const flow = await c.say('Ask for an EHC needs assessment');
      assert.doesNotMatch(allText(flow), /did not catch that/);
      assert.ok(kinds(flow).includes('flow'), kinds(flow).join(', '));
      assert.match(allText(flow), /Who is asking for the assessment\?/);
      assert.equal(await bot.handoffOf(c), undefined, 'nothing passed on without a yes');
      assert.deepEqual(await bot.handoffs.list({ statuses: ['waiting', 'with-adviser', 'callback-requested', 'closed'] }), []);
    });

    it('at the end of a guided flow: the flow\'s answers go to the adviser in plain words', async () => {
      const bot = handoffBot();
      const c = bot.chat();
      await c.start();
      await c.say('I want to ask the council to assess my son for an EHCP');
      for (const answer of ['I am a parent or carer', 'Sam', '12/5/2017', 'School', 'Hillside Primary', 'Anytown Council', '1, 3',
        'He cannot read yet and melts down every afternoon', 'SEN support since Year 1 with a TA for reading groups',
        'a speech and language therapist', '1, 2, 5', 'By email (you keep a dated copy)']) await c.say(answer);
      const end = await c.say('2 March 2026');
      assert.ok(buttonLabels(end).includes('Talk to a person'));
      const consent = await c.say('Talk to a person');
      assert.match(allText(consent), /Is that OK\?/);
      await c.say('Yes');
      const record = await bot.handoffOf(c);
      assert.equal(record?.reason, 'flow-end');
      assert.equal(record?.summary.flow?.name, 'ehc-request');
      assert.match(record?.summary.topic ?? '', /^Asking for an EHC needs assessment \(guided steps\)$/);
      const answers = record?.summary.flow?.answers ?? {};
      assert.equal(answers["Child's first name"], 'Sam');
      assert.equal(answers['Date of birth'], 'Friday 12 May 2017');
      assert.equal(answers['What is hard for the child'], 'He cannot read yet and melts down every afternoon');
      assert.equal(answers['Date they send it'], 'Monday 2 March 2026');
      // The dates worked out, so the adviser need not count them again (set AT): 6 and 20 weeks from an email's day.
      assert.equal(answers['Council must decide whether to assess by'], 'Monday 13 April 2026');
      assert.equal(answers['Final EHC plan due by'], 'Monday 20 July 2026');
      assert.ok(!Object.values(answers).some((v) => /undefined|\[object/.test(v)), JSON.stringify(answers));
    });

    it('asking for a person in the middle of a flow passes on the answers given so far', async () => {
      const bot = handoffBot();
      const c = bot.chat();
      await c.start();
      await c.say('I want to ask the council to assess my son for an EHCP');
      await c.say('I am a parent or carer');
      await c.say('Sam');
      await c.say('can I talk to a real person please');
      await c.say('Yes');
      const record = await bot.handoffOf(c);
      assert.equal(record?.reason, 'asked');
      assert.equal(record?.summary.flow?.answers["Child's first name"], 'Sam');
    });

    it('"talk to a person" then "No" in the middle of a flow: back to the same question, answers kept (QA e20)', async () => {
      const bot = handoffBot();
      const c = bot.chat();
      await c.start();
      await c.say('I want to ask for an EHC needs assessment');
      for (const answer of ['1', 'Amir', '11', 'School', 'Brook School']) await c.say(answer);
      assert.match(allText(await c.say('talk to a person')), /Is that OK\?/);
      const no = await c.say('No');
      assert.equal(no.length, 1, 'one message: nothing passed on, and the question again');
      assert.equal(metaOf(no[0])?.kind, 'flow');
      assert.match(allText(no), /^That is fine\. I have not passed anything on\./);
      assert.match(allText(no), /OK\. Let us carry on:\n\n\*\*Which council will you send it to\?\*\*/);
      assert.doesNotMatch(allText(no), /anything else I can help with/);
      assert.deepEqual(buttonLabels(no), ['Not sure']);
      // "Leeds" is the answer to that question, not something out of scope.
      const next = allText(await c.say('Leeds'));
      assert.match(next, /Which of these areas does your child need help with\?/);
      assert.doesNotMatch(next, /I can only help with/);
      for (const answer of ['1', 'He cannot read yet', 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
      const end = await c.say('today');
      const letter = end.flatMap((r) => r.attachments ?? []).find((a) => /letter\.txt$/.test(a.name ?? ''));
      const text = Buffer.from(letter?.contentUrl?.split(',')[1] ?? '', 'base64').toString('utf8');
      assert.match(text, /^To: the SEN team, Leeds$/m);
      assert.match(text, /for my child, Amir,/);
      assert.equal(await bot.handoffOf(c), undefined, 'nothing passed on without a yes');
    });

    it('a person offered mid-flow while advisers are away: "yes" ends the flow for the call-back questions', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = bot.chat();
      await c.start();
      await c.say('I want to ask for an EHC needs assessment');
      await c.say('1');
      await c.say('talk to a person');
      assert.match(allText(await c.say('Yes')), /Phone|phone/);
      // The call-back question, not the flow, reads the next message.
      const noThanks = allText(await c.say('No thanks'));
      assert.doesNotMatch(noThanks, /first name/);
    });
  });

  describe('while waiting', () => {
    it('the parent can ask where they are in the queue, and moves up when someone ahead leaves', async () => {
      const bot = handoffBot();
      const first = await handedOff(bot);
      const second = await handedOff(bot);
      assert.match(allText(second.replies), /You are number 2 in the queue/);
      assert.match(allText(await second.c.say('where am I in the queue')), /You are number 2 in the queue/);
      const left = await first.c.say('end chat');
      assert.match(allText(left), /left the queue/);
      assert.match(allText(left), /back with SEND Navigator/);
      assert.equal((await bot.handoffOf(first.c))?.closedOutcome, 'parent-left');
      assert.match(allText(await second.c.say('Where am I in the queue?')), /You are number 1 in the queue/);
      const answer = await first.c.say('what is an EHC plan');
      assert.equal(metaOf(answer[0])?.kind, 'answer', 'after leaving, the bot answers again');
    });

    it('messages go to the adviser, not the bot', async () => {
      const bot = handoffBot();
      const { c } = await handedOff(bot);
      const replies = await c.say('what is an EHC plan');
      assert.deepEqual(kinds(replies), ['handoff']);
      assert.match(allText(replies), /adviser will see that/);
      const record = await bot.handoffOf(c);
      assert.equal(record?.transcript.at(-1)?.text, 'what is an EHC plan');
    });

    it('safeguarding still works: the emergency help, and the adviser is told', async () => {
      const bot = handoffBot();
      const { c } = await handedOff(bot);
      const replies = await c.say('I\'m worried my son might hurt himself tonight');
      assert.equal(metaOf(replies[0])?.kind, 'safeguarding');
      assert.match(allText(replies), /\b999\b/);
      assert.match(allText(replies), /told the adviser/);
      const record = await bot.handoffOf(c);
      assert.equal(record?.safeguardingFlag, true);
      assert.equal(record?.priority, 1);
      assert.equal(record?.transcript.at(-1)?.text, 'I\'m worried my son might hurt himself tonight');
      assert.equal(record?.status, 'waiting', 'still in the queue');
    });

    it('when nobody takes it within the waiting time, the parent is offered a call-back, once', async () => {
      let now = new Date('2026-11-23T10:00:00Z');
      const bot = handoffBot({ clock: () => now });
      const { c } = await handedOff(bot);
      c.received();
      assert.equal(await bot.waitWatcher.checkOnce(), 0, 'not yet');
      now = new Date('2026-11-23T10:11:00Z');
      assert.equal(await bot.waitWatcher.checkOnce(), 1);
      const offer = c.received();
      assert.match(allText(offer), /no adviser has been free to take your chat yet/);
      assert.deepEqual(buttonLabels(offer), ['Phone', 'Email', 'No thanks']);
      assert.equal(await bot.waitWatcher.checkOnce(), 0, 'only once');
      const stay = await c.say('No thanks');
      assert.match(allText(stay), /still in the queue/);
      assert.equal((await bot.handoffOf(c))?.status, 'waiting');
    });
  });

  describe('outside opening hours', () => {
    it('"can u ring me 07700 900456" at "Phone or Email?" takes the number, not asking for it again (tester AZ)', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = bot.chat();
      await c.start();
      await c.say('the council refused to assess my daughter');
      await c.say('I want to speak to someone');
      await c.say('Yes');
      const next = allText(await c.say('can u ring me 07700 900456'));
      assert.doesNotMatch(next, /What number should the adviser call/);
      assert.match(next, /good time to call/);
      await c.say('after 3');
      const record = await bot.handoffOf(c);
      assert.equal(record?.callback?.method, 'phone');
      assert.equal(record?.callback?.phone, '07700900456');
    });

    it('after the emergency help, says where help is tonight before the call-back, and again after "No thanks" (tester BB)', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = bot.chat();
      await c.start();
      await c.say('no one would notice if i disappeared');
      await c.say('Talk to a person');
      const closed = allText(await c.say('Yes'));
      assert.match(closed, /no adviser is free to chat right now\..*Samaritans are there any time on 116 123/s);
      assert.match(allText(await c.say('No thanks')), /I have not passed anything on\. If you need to talk to someone now, Samaritans/);
      // An ordinary request out of hours: no emergency line.
      const d = bot.chat();
      await d.start();
      await d.say('the council refused to assess my daughter');
      await d.say('I want to speak to someone');
      assert.doesNotMatch(allText(await d.say('Yes')), /Samaritans/);
    });

    it('says honestly when advisers are back and takes a call-back request with only the details given', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = bot.chat();
      await c.start();
      await c.say('the council refused to assess my daughter');
      await c.say('I want to speak to someone');
      const closed = await c.say('Yes');
      assert.match(allText(closed), /no adviser is free to chat right now/);
      assert.match(allText(closed), /Advisers will be back tomorrow at 9am\./);
      assert.deepEqual(buttonLabels(closed), ['Phone', 'Email', 'No thanks']);
      assert.equal(await bot.handoffOf(c), undefined, 'nothing stored until they choose a call-back');
      assert.match(allText(await c.say('Phone')), /What number/);
      assert.match(allText(await c.say('12345')), /does not look like a UK phone number/);
      assert.match(allText(await c.say('07700 900123')), /good time to call/);
      const done = await c.say('weekday mornings');
      assert.match(allText(done), /An adviser will phone you/);
      assert.match(allText(done), /back with SEND Navigator/);
      assert.ok(kinds(done).every((k) => k === 'handoff'));
      const record = await bot.handoffOf(c);
      assert.equal(record?.status, 'callback-requested');
      assert.deepEqual({ method: record?.callback?.method, phone: record?.callback?.phone, bestTime: record?.callback?.bestTime, email: record?.callback?.email },
        { method: 'phone', phone: '07700900123', bestTime: 'weekday mornings', email: undefined });
      assert.ok(record?.transcript.some((e) => e.text === 'the council refused to assess my daughter'));
      assert.ok(!record?.transcript.some((e) => e.from === 'parent' && /07700|12345/.test(e.text)), 'the number is in the call-back request, not the transcript');
      // (The bot's reading of it back is a note too; "like 07700 900123" in its help is only an example.)
      assert.ok(record?.transcript.some((e) => e.from === 'bot' && e.text === '[Contact details read back: see the call-back request]'), 'nor the bot\'s reading of it back');
      // A note stands in its place, so the transcript still reads in order (set AT).
      assert.ok(record?.transcript.some((e) => e.from === 'parent' && e.text === '[Contact details given: see the call-back request]'));
      const after = await c.say('what is an EHC plan');
      assert.equal(metaOf(after[0])?.kind, 'answer');
    });

    it('a button for another task instead of phone or email: nothing is stored and the task starts', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = bot.chat();
      await c.start();
      await c.say('I want to speak to someone');
      assert.deepEqual(buttonLabels(await c.say('Yes')), ['Phone', 'Email', 'No thanks']);
      const flow = await c.say('Get ready for mediation or an appeal');
      assert.ok(kinds(flow).includes('flow'), kinds(flow).join(', '));
      assert.doesNotMatch(allText(flow), /Please choose "Phone"/);
      assert.equal(await bot.handoffOf(c), undefined);
    });

    it('"no thanks" to a call-back stores nothing and gives the contact details', async () => {
      const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
      const c = bot.chat();
      await c.start();
      await c.say('I want to speak to someone');
      await c.say('Yes');
      const replies = await c.say('No thanks');
      assert.match(allText(replies), /not passed anything on/);
      assert.match(allText(replies), /SENDIASS/);
      assert.equal(await bot.handoffOf(c), undefined);
    });
  });
});
