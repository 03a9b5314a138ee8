import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

interface Conv { conversationId: string; token: string }
type Act = {
  type: string; id?: string; name?: string; replyToId?: string; text?: string; from: { id: string; role?: string };
  channelData?: { sendNavigator?: { kind: string }; sendNavigatorSender?: { role: string; name?: string }; sendNavigatorPresence?: { adviser: boolean; name?: string } };
};

/**
 * The real server and its local Direct Line: a parent hands off, an adviser (through the queue,
 * as the hub does) joins, writes and closes, and the parent sees each step in their chat.
 * Adviser hours are set to every day, all day, so the test does not depend on today's date.
 */
describe('HTTP: handoff relay on the real server', function () {
  this.timeout(30000);
  let running: RunningServer;
  let base: string;

  before(async () => {
    running = await startServer(testConfig({ ADVISER_HOURS: 'mon-sun 00:00-24:00' }), silentLogger);
    base = running.url;
  });
  after(async () => running?.close());

  const start = async (): Promise<Conv> => (await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).json()) as Conv;
  const activities = async (c: Conv): Promise<Act[]> => {
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities?watermark=0`, { headers: { Authorization: `Bearer ${c.token}` } });
    return ((await r.json()) as { activities: Act[] }).activities;
  };
  const waitForText = async (c: Conv, pattern: RegExp, ms = 10000): Promise<Act[]> => {
    const until = Date.now() + ms;
    for (;;) {
      const acts = await activities(c);
      if (acts.some((a) => a.from.role !== 'user' && pattern.test(a.text ?? ''))) return acts;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}: ${JSON.stringify(acts.map((a) => a.text?.slice(0, 60)))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const send = async (c: Conv, text: string) => {
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST', headers: { Authorization: `Bearer ${c.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: 'parent' } }),
    });
    assert.equal(r.status, 200);
  };

  it('delivers the adviser joining, their message and the closing words to the parent', async () => {
    const queue = running.handoffs!;
    const c = await start();
    await send(c, 'I want to speak to someone');
    await waitForText(c, /Is that OK\?/);
    await send(c, 'Yes');
    await waitForText(c, /You are number \d+ in the queue/);
    const record = await queue.findOpenByConversation(c.conversationId);
    assert.ok(record, 'the handoff is in the shared queue');
    assert.ok(record.transcript.some((e) => e.text === 'I want to speak to someone'));

    assert.equal((await queue.take(record.id, { id: 'adviser-1', firstName: 'Sam' })).ok, true);
    await waitForText(c, /An adviser from SENDIASS, Sam, has joined the chat/);
    await send(c, 'Hello Sam');
    for (let i = 0; i < 100 && (await queue.get(record.id))?.transcript.at(-1)?.text !== 'Hello Sam'; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal((await queue.get(record.id))?.transcript.at(-1)?.text, 'Hello Sam');

    await queue.appendMessage(record.id, { from: 'adviser', text: 'Hello, how can I help?', at: new Date().toISOString(), adviserName: 'Sam' });
    const seen = await waitForText(c, /Sam \(SENDIASS adviser\):\*\* Hello, how can I help\?/);
    // Web Chat holds back, for 5 seconds, a reply to something it has not seen: the adviser's
    // words reply to nothing, so each bot message's replyToId (if any) is an activity in the chat.
    const ids = new Set(seen.map((a) => a.id));
    for (const a of seen.filter((x) => x.from.role !== 'user')) assert.ok(!a.replyToId || ids.has(a.replyToId), `"${a.text?.slice(0, 40)}" replies to ${a.replyToId}, not in the chat`);
    // The page shows the adviser's words as theirs (not the bot's), and a person in the chat while they are.
    const joined = seen.find((a) => /has joined the chat/.test(a.text ?? ''));
    assert.deepEqual(joined?.channelData?.sendNavigatorPresence, { adviser: true, name: 'Sam' });
    const words = seen.find((a) => /\(SENDIASS adviser\):\*\* Hello, how can I help\?/.test(a.text ?? ''));
    assert.deepEqual(words?.channelData?.sendNavigatorSender, { role: 'adviser', name: 'Sam' });
    assert.equal(words?.channelData?.sendNavigator?.kind, 'handoff');
    assert.equal(seen.filter((a) => a.channelData?.sendNavigatorSender).length, 1, 'only the adviser\'s own words are marked as theirs');
    await queue.close(record.id, 'closed-by-adviser');
    const after = await waitForText(c, /back with SEND Navigator/);
    assert.deepEqual(after.find((a) => /ended the chat/.test(a.text ?? ''))?.channelData?.sendNavigatorPresence, { adviser: false });

    await send(c, 'what is an EHC plan');
    const until = Date.now() + 10000;
    while (!(await activities(c)).some((a) => a.channelData?.sendNavigator?.kind === 'answer')) {
      assert.ok(Date.now() < until, 'the bot answers again');
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it('when the parent ends the chat with an adviser, the page is told nobody else is in it (an event, no words)', async () => {
    const queue = running.handoffs!;
    const c = await start();
    await send(c, 'I want to speak to someone');
    await waitForText(c, /Is that OK\?/);
    await send(c, 'Yes');
    await waitForText(c, /in the queue/);
    const record = (await queue.findOpenByConversation(c.conversationId))!;
    await queue.take(record.id, { id: 'adviser-1', firstName: 'Sam' });
    await waitForText(c, /has joined the chat/);
    await send(c, 'end chat');
    await waitForText(c, /ended your chat with the adviser/);
    const until = Date.now() + 10000;
    let event: Act | undefined;
    while (!(event = (await activities(c)).find((a) => a.type === 'event'))) {
      assert.ok(Date.now() < until, 'the presence event arrives');
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(event.name, 'sendNavigator.presence');
    assert.deepEqual(event.channelData?.sendNavigatorPresence, { adviser: false });
    assert.equal(event.text, undefined, 'nothing is said twice');
  });
});
