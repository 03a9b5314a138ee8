import assert from 'node:assert/strict';
import type { TranscriptEntry } from '../../src/domain/handoff/handoffQueue';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { testConfig } from '../helpers/fixtures';
import { addStaff, SseReader, StaffClient } from './helpers/staffClient';

interface Conv { conversationId: string; token: string }
type Act = { type: string; text?: string; from: { id: string; role?: string }; channelData?: { sendNavigator?: { kind: string } } };
interface QueueItem { id: string; status: string }

/**
 * The whole loop on the real server: two parents ask the real bot for a person (over the local
 * Direct Line), advisers work them through the hub API, and the relay carries messages both ways.
 * Adviser hours are every day, all day, so the test does not depend on today's date.
 */
describe('HTTP: parents and advisers through the hub, end to end', function () {
  this.timeout(30000);
  let running: RunningServer;
  let base: string;

  before(async () => {
    const config = testConfig({ ADVISER_HOURS: 'mon-sun 00:00-24:00' });
    running = await startServer(config, silentLogger);
    base = running.url;
    await addStaff(config, [
      { email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: 'sam correct horse battery' },
      { email: 'alex@sendiass.example', name: 'Alex Patel', roles: ['adviser'], password: 'alex correct horse battery' },
    ]);
  });
  after(async () => running?.close());

  const start = async (): Promise<Conv> => (await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).json()) as Conv;
  const activities = async (c: Conv): Promise<Act[]> => {
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities?watermark=0`, { headers: { Authorization: `Bearer ${c.token}` } });
    return ((await r.json()) as { activities: Act[] }).activities;
  };
  const waitForBot = async (c: Conv, pattern: RegExp, ms = 10000): Promise<void> => {
    const until = Date.now() + ms;
    for (;;) {
      const acts = await activities(c);
      if (acts.some((a) => a.from.role !== 'user' && pattern.test(a.text ?? ''))) return;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}: ${JSON.stringify(acts.map((a) => a.text?.slice(0, 60)))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const say = async (c: Conv, text: string) => {
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST', headers: { Authorization: `Bearer ${c.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: 'parent' } }),
    });
    assert.equal(r.status, 200);
  };
  const handOff = async (): Promise<Conv> => {
    const c = await start();
    await say(c, 'I want to speak to someone');
    await waitForBot(c, /Is that OK\?/);
    await say(c, 'Yes');
    await waitForBot(c, /in the queue/);
    return c;
  };

  it('two parents hand off; an adviser takes one, they talk both ways, and the parent is back with the bot', async () => {
    const first = await handOff();
    const second = await handOff();

    const sam = new StaffClient(base);
    assert.equal((await sam.signIn('sam@sendiass.example', 'sam correct horse battery')).status, 303);
    const { items } = await sam.json<{ items: QueueItem[] }>('/api/advisers/queue');
    assert.equal(items.length, 2);
    assert.ok(items.every((i) => i.status === 'waiting'));
    const live = await SseReader.open(sam);
    await live.next((e) => e.event === 'ready');

    const firstId = (await running.handoffs!.findOpenByConversation(first.conversationId))!.id;
    assert.equal((await sam.post(`/api/advisers/handoffs/${firstId}/take`)).status, 200);
    await waitForBot(first, /An adviser from SENDIASS, Sam, has joined/);

    assert.equal((await sam.post(`/api/advisers/handoffs/${firstId}/messages`, { text: 'Hello, I am Sam. How can I help?' })).status, 201);
    await waitForBot(first, /Sam \(SENDIASS adviser\).*Hello, I am Sam\. How can I help\?/);

    await say(first, 'The council will not assess my son.');
    const reply = await live.next((e) => (e.data as { entry?: TranscriptEntry }).entry?.text === 'The council will not assess my son.', 10000);
    assert.equal((reply.data as { entry: TranscriptEntry }).entry.from, 'parent');

    const alex = new StaffClient(base);
    await alex.signIn('alex@sendiass.example', 'alex correct horse battery');
    const refused = await alex.post(`/api/advisers/handoffs/${firstId}/take`);
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as { error: string }).error, 'Already taken by Sam.');

    assert.equal((await sam.post(`/api/advisers/handoffs/${firstId}/close`, { outcome: 'returned-to-bot' })).status, 200);
    await waitForBot(first, /back with SEND Navigator/);
    await say(first, 'what is an EHC plan');
    const until = Date.now() + 10000;
    while (!(await activities(first)).some((a) => a.channelData?.sendNavigator?.kind === 'answer')) {
      assert.ok(Date.now() < until, 'the bot answers the parent again');
      await new Promise((r) => setTimeout(r, 50));
    }

    const left = await alex.json<{ items: QueueItem[] }>('/api/advisers/queue');
    assert.deepEqual(left.items.map((i) => i.id), [(await running.handoffs!.findOpenByConversation(second.conversationId))!.id]);
    live.close();
  });
});
