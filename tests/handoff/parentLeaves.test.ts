import assert from 'node:assert/strict';
import WebSocket from 'ws';
import type { QueueEvent } from '../../src/domain/handoff/handoffQueue';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { addStaff, StaffClient } from '../advisers/helpers/staffClient';
import { testConfig } from '../helpers/fixtures';

interface Conv { conversationId: string; token: string }
type Act = { type: string; text?: string; from: { id: string; role?: string } };

/**
 * A parent who asked for a person and then goes: "Start a new conversation" (the page tells the
 * local Direct Line, POST .../leave) or "Clear this conversation". The real server and bot.
 */
describe('HTTP: a parent who leaves while waiting for a person', function () {
  this.timeout(30000);
  let running: RunningServer;
  let base: string;
  let sam: StaffClient;

  before(async () => {
    const config = testConfig({ ADVISER_HOURS: 'mon-sun 00:00-24:00' });
    running = await startServer(config, silentLogger);
    base = running.url;
    await addStaff(config, [{ email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: 'sam correct horse battery' }]);
    sam = new StaffClient(base);
    assert.equal((await sam.signIn('sam@sendiass.example', 'sam correct horse battery')).status, 303);
  });
  after(async () => running?.close());

  const start = async (): Promise<Conv> => (await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).json()) as Conv;
  const activities = async (c: Conv): Promise<Act[]> => {
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities?watermark=0`, { headers: { Authorization: `Bearer ${c.token}` } });
    return ((await r.json()) as { activities: Act[] }).activities;
  };
  const lastBotText = async (c: Conv): Promise<string> => (await activities(c)).filter((a) => a.from.role !== 'user' && a.text).at(-1)?.text ?? '';
  const waitForBot = async (c: Conv, pattern: RegExp): Promise<void> => {
    const until = Date.now() + 10000;
    while (!pattern.test(await lastBotText(c))) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}: ${await lastBotText(c)}`);
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
  const leave = (c: Conv, token = c.token) => fetch(`${base}/v3/directline/conversations/${c.conversationId}/leave`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  const queued = async () => (await sam.json<{ items: Array<{ id: string; status: string }> }>('/api/advisers/queue')).items.map((i) => i.id);

  it('"Start a new conversation" ends the request: it leaves the hub\'s queue and the next parent moves up', async () => {
    const first = await handOff();
    const second = await handOff();
    await say(second, 'where am I in the queue');
    await waitForBot(second, /You are number 2 in the queue/);
    const firstRecord = (await running.handoffs!.findOpenByConversation(first.conversationId))!;
    assert.ok(firstRecord.parentSeenAt, 'the web chat says the parent is there');

    assert.equal((await leave(first, second.token)).status, 403, 'only with the conversation\'s own token');
    assert.equal((await leave(first)).status, 200);
    const ended = (await running.handoffs!.get(firstRecord.id))!;
    assert.equal(ended.status, 'closed');
    assert.equal(ended.closedOutcome, 'parent-left');
    assert.ok(!(await queued()).includes(firstRecord.id), 'not in the hub\'s queue any more');

    await say(second, 'where am I in the queue');
    await waitForBot(second, /You are number 1 in the queue/);
    await leave(second);
  });

  it('a parent marked as gone whose chat connects again is back, and counts in the queue again', async () => {
    const parent = await handOff();
    const queue = running.handoffs!;
    const id = (await queue.findOpenByConversation(parent.conversationId))!.id;
    await queue.markParentAway({ conversationId: parent.conversationId });
    assert.ok((await queue.get(id))!.parentAwaySince);
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/v3/directline/conversations/${parent.conversationId}/stream?t=${encodeURIComponent(parent.token)}`);
    await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
    try {
      for (let i = 0; i < 100 && (await queue.get(id))!.parentAwaySince; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal((await queue.get(id))!.parentAwaySince, undefined);
    } finally {
      ws.close();
      await leave(parent);
    }
  });

  it('an adviser who writes to a parent who has left is told so plainly, and nothing is sent', async () => {
    const parent = await handOff();
    const id = (await running.handoffs!.findOpenByConversation(parent.conversationId))!.id;
    assert.equal((await sam.post(`/api/advisers/handoffs/${id}/take`)).status, 200);
    await waitForBot(parent, /has joined the chat/);
    assert.equal((await leave(parent)).status, 200);

    const res = await sam.post(`/api/advisers/handoffs/${id}/messages`, { text: 'Hello, are you there?' });
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { error: string }).error, 'The parent has left the chat, so your message was not sent. This conversation has ended.');
    assert.ok(!(await running.handoffs!.get(id))!.transcript.some((e) => e.text === 'Hello, are you there?'));
    const view = await sam.json<{ status: string; closedOutcome: string; canMessage: boolean }>(`/api/advisers/handoffs/${id}`);
    assert.deepEqual([view.status, view.closedOutcome, view.canMessage], ['closed', 'parent-left', false]);
  });

  it('"Clear this conversation" while waiting ends the request as "the parent left" and deletes it', async () => {
    const parent = await handOff();
    const id = (await running.handoffs!.findOpenByConversation(parent.conversationId))!.id;
    const events: QueueEvent[] = [];
    const stop = running.handoffs!.subscribe((e) => events.push(e));
    const res = await fetch(`${base}/v3/directline/conversations/${parent.conversationId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${parent.token}` } });
    stop();
    assert.equal(res.status, 200);
    assert.deepEqual(events.filter((e) => e.handoffId === id).map((e) => e.type === 'closed' && e.outcome), ['parent-left']);
    assert.equal(await running.handoffs!.get(id), undefined);
    assert.ok(!(await queued()).includes(id));
  });
});
