import assert from 'node:assert/strict';
import { ActivityTypes, type Activity } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import { SqliteHandoffQueue } from '../../src/storage/sqlite/handoffStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { allText, kinds } from '../helpers/bot';
import { tempDir } from '../helpers/fixtures';
import { handedOff, handoffBot, MONDAY_MORNING, SUNDAY_AFTERNOON } from './harness';

const SAM = { id: 'adviser-1', firstName: 'Sam' };

describe('handoff: an adviser joins, writes and closes (the relay)', function () {
  this.timeout(20000);

  it('the parent is told who joined, reads the adviser\'s words, and is back with the bot when the adviser closes', async () => {
    const bot = handoffBot();
    const { c } = await handedOff(bot);
    const record = (await bot.handoffOf(c))!;
    c.received();

    assert.equal((await bot.handoffs.take(record.id, SAM)).ok, true);
    await bot.relay.idle();
    const joined = c.received();
    assert.match(allText(joined), /An adviser from SENDIASS, Sam, has joined the chat\./);

    // The parent writes: it goes to the adviser, and the bot says nothing.
    assert.deepEqual(await c.say('Hi Sam, the council said no to an assessment'), []);
    assert.equal((await bot.handoffs.get(record.id))?.transcript.at(-1)?.text, 'Hi Sam, the council said no to an assessment');

    await bot.handoffs.appendMessage(record.id, { from: 'adviser', text: 'I am sorry to hear that. You can appeal.', at: MONDAY_MORNING.toISOString(), adviserName: 'Sam' });
    await bot.relay.idle();
    const words = c.received();
    assert.match(allText(words), /Sam \(SENDIASS adviser\):\*\* I am sorry to hear that\. You can appeal\./);
    assert.deepEqual(kinds(words), ['handoff']);

    await bot.handoffs.close(record.id, 'closed-by-adviser');
    await bot.relay.idle();
    const bye = c.received();
    assert.match(allText(bye), /The adviser has ended the chat\..*Take care/s);
    assert.match(allText(bye), /back with SEND Navigator/);

    const answer = await c.say('what is an EHC plan');
    assert.equal(metaOf(answer[0])?.kind, 'answer', 'the bot answers again');
  });

  it('"returned to the bot" says so; safeguarding while with an adviser flags it; "end chat" ends it', async () => {
    const bot = handoffBot();
    const one = await handedOff(bot);
    const first = (await bot.handoffOf(one.c))!;
    await bot.handoffs.take(first.id, SAM);
    await bot.relay.idle();
    const help = await one.c.say('I\'m worried my son might hurt himself tonight');
    assert.equal(metaOf(help[0])?.kind, 'safeguarding');
    assert.equal((await bot.handoffs.get(first.id))?.safeguardingFlag, true);
    await bot.handoffs.close(first.id, 'returned-to-bot');
    await bot.relay.idle();
    assert.match(allText(one.c.received()), /passed you back to me/);

    const two = await handedOff(bot);
    const second = (await bot.handoffOf(two.c))!;
    await bot.handoffs.take(second.id, SAM);
    await bot.relay.idle();
    const ended = await two.c.say('end chat');
    assert.match(allText(ended), /ended your chat with the adviser/);
    assert.equal((await bot.handoffs.get(second.id))?.closedOutcome, 'parent-left');
    await bot.relay.idle();
    assert.deepEqual(two.c.received(), [], 'no goodbye from the adviser side for a chat the parent ended');
  });

  it('an adviser taking a call-back request while the parent is still here joins the chat', async () => {
    const bot = handoffBot({ clock: () => SUNDAY_AFTERNOON });
    const c = bot.chat();
    await c.start();
    await c.say('I want to speak to someone');
    await c.say('Yes');
    await c.say('Email');
    await c.say('parent@example.com');
    await c.say('any time');
    const record = (await bot.handoffOf(c))!;
    assert.equal(record.callback?.email, 'parent@example.com');
    await bot.handoffs.take(record.id, SAM);
    await bot.relay.idle();
    assert.match(allText(c.received()), /Sam, has joined/);
    assert.deepEqual(await c.say('hello'), []);

    // "End chat" ends the chat, not the promised email (set AT: it had left the queue, "Done: Not yet").
    const ended = allText(await c.say('end chat'));
    assert.match(ended, /ended your chat with the adviser\. Your request for an adviser to email you is still in place/);
    const kept = (await bot.handoffs.get(record.id))!;
    assert.notEqual(kept.status, 'closed');
    assert.ok(kept.callback && !kept.callback.doneAt);
    assert.ok((await bot.handoffs.list({ statuses: ['waiting', 'with-adviser', 'callback-requested'] })).some((r) => r.id === record.id), 'still in the queue');
    assert.equal(metaOf((await c.say('what is an EHC plan'))[0])?.kind, 'answer', 'the bot answers again');
  });
});

describe('handoff: the Bot Framework handoff protocol (HANDOFF_MODE=protocol)', function () {
  this.timeout(20000);
  const status = (state: string): Partial<Activity> => ({ type: ActivityTypes.Event, name: 'handoff.status', value: { state } });

  it('sends handoff.initiate with the transcript, and records the handoff', async () => {
    const bot = handoffBot({ env: { HANDOFF_MODE: 'protocol' } });
    const c = bot.chat();
    await c.start();
    await c.say('what is an EHC plan');
    await c.say('I want to speak to someone');
    const sent = await c.send({ type: ActivityTypes.Message, text: 'Yes' });
    const initiate = sent.find((a) => a.type === ActivityTypes.Event && a.name === 'handoff.initiate');
    assert.ok(initiate, 'a handoff.initiate event');
    const transcript = initiate.attachments?.find((a) => a.name === 'Transcript');
    assert.ok(transcript);
    const activities = (transcript.content as { activities: Array<{ text: string; from: { role: string } }> }).activities;
    assert.ok(activities.some((a) => a.text === 'what is an EHC plan' && a.from.role === 'user'));
    assert.match(JSON.stringify(initiate.value), /Asked to talk to a person/);
    assert.match(allText(sent.filter((a) => a.type === ActivityTypes.Message)), /asked a SENDIASS adviser to join/);
    assert.equal((await bot.handoffOf(c))?.status, 'waiting');
  });

  it('accepted: the parent is told and their messages go to the agent; completed: back to the bot', async () => {
    const bot = handoffBot({ env: { HANDOFF_MODE: 'protocol' } });
    const { c } = await handedOff(bot);
    const accepted = await c.send(status('accepted'));
    assert.match(allText(accepted), /An adviser from SENDIASS has joined the chat/);
    assert.equal((await bot.handoffOf(c))?.status, 'with-adviser');
    assert.deepEqual(await c.say('what is an EHC plan'), [], 'the bot stays quiet while the agent talks');
    assert.equal((await bot.handoffOf(c))?.transcript.at(-1)?.text, 'what is an EHC plan');
    const completed = await c.send(status('completed'));
    assert.match(allText(completed), /ended the chat/);
    assert.match(allText(completed), /back with SEND Navigator/);
    assert.equal((await bot.handoffOf(c))?.closedOutcome, 'contact-centre-completed');
    const answer = await c.say('what is an EHC plan');
    assert.equal(metaOf(answer[0])?.kind, 'answer');
  });

  it('failed: the parent gets the SENDIASS contact details and is back with the bot', async () => {
    const bot = handoffBot({ env: { HANDOFF_MODE: 'protocol', SENDIASS_NAME: 'Anytown SENDIASS', SENDIASS_EMAIL: 'help@anytown-sendiass.example.org' } });
    const { c } = await handedOff(bot);
    const failed = await c.send(status('failed'));
    assert.match(allText(failed), /could not connect you to an adviser/);
    assert.match(allText(failed), /Anytown SENDIASS: email help@anytown-sendiass\.example\.org/);
    assert.equal((await bot.handoffOf(c))?.closedOutcome, 'contact-centre-failed');
    const answer = await c.say('what is an EHC plan');
    assert.equal(metaOf(answer[0])?.kind, 'answer');
  });

  it('in hub mode a handoff.status event is ignored', async () => {
    const bot = handoffBot();
    const { c } = await handedOff(bot);
    assert.deepEqual((await c.send(status('completed'))).filter((a) => a.type === ActivityTypes.Message), []);
    assert.equal((await bot.handoffOf(c))?.status, 'waiting');
  });
});

describe('handoff: a restart of the bot', function () {
  this.timeout(20000);

  it('keeps a waiting handoff with its transcript, and a call-back request', async () => {
    const dir = tempDir();
    const firstRun = openSqliteDatabase(dir);
    const weekday = handoffBot({ database: firstRun });
    const { c } = await handedOff(weekday);
    const sunday = handoffBot({ database: firstRun, clock: () => SUNDAY_AFTERNOON });
    const other = sunday.chat();
    await other.start();
    for (const text of ['I want to speak to someone', 'Yes', 'Phone', '07700 900123', 'after 3pm']) await other.say(text);
    firstRun.close();

    const queue = new SqliteHandoffQueue(openSqliteDatabase(dir));
    const open = await queue.list();
    assert.equal(open.length, 2);
    const waiting = open.find((r) => r.conversationId === c.id);
    assert.equal(waiting?.status, 'waiting');
    assert.ok(waiting?.transcript.some((e) => e.text === 'how long does the council have to decide whether to assess my child?'));
    const callback = open.find((r) => r.conversationId === other.id);
    assert.equal(callback?.status, 'callback-requested');
    assert.equal(callback?.callback?.bestTime, 'after 3pm');
  });
});
