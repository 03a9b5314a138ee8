import assert from 'node:assert/strict';
import type { AppConfig } from '../../src/config/config';
import type { HandoffSummary } from '../../src/domain/handoff/handoffQueue';
import { buildHandoffSummary, NO_TOPIC } from '../../src/domain/handoff/handoffSummary';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { testConfig } from '../helpers/fixtures';
import { MemoryHandoffQueue, newHandoff } from './helpers/memoryHandoffQueue';
import { addStaff, disableStaff, SseReader, StaffClient } from './helpers/staffClient';

interface QueueItem {
  id: string; topic: string; reasonText: string; status: string; kind: 'chat' | 'callback';
  parent: { presence: 'here' | 'gone' | 'unknown'; goneSince?: string };
}
interface HandoffView extends QueueItem { mine: boolean; canMessage: boolean; flowName?: string; summary: HandoffSummary }

const PASSWORD = 'a long enough pass phrase';

/** What an adviser choosing whom to help next reads, and what happens when they write to someone not there. */
describe('HTTP: the hub says who is waiting, about what, and who has gone', function () {
  this.timeout(30000);
  let running: RunningServer;
  let config: AppConfig;
  let queue: MemoryHandoffQueue;
  let sam: StaffClient;

  before(async () => {
    config = testConfig({ LOCAL_DIRECT_LINE: 'off' });
    queue = new MemoryHandoffQueue();
    running = await startServer(config, silentLogger, { handoffQueue: queue });
    await addStaff(config, [
      { email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: PASSWORD },
      { email: 'leaver@sendiass.example', name: 'Lee Leaver', roles: ['adviser'], password: PASSWORD },
    ]);
    sam = new StaffClient(running.url);
    assert.equal((await sam.signIn('sam@sendiass.example', PASSWORD)).status, 303);
  });
  after(async () => running?.close());
  afterEach(async () => {
    for (const r of await queue.list()) await queue.close(r.id, 'closed-by-adviser');
  });

  const items = async () => (await sam.json<{ items: QueueItem[] }>('/api/advisers/queue')).items;

  it('titles each parent with what the summary holds, never "No topic yet"', async () => {
    const ownCase = await queue.create(newHandoff('', { reason: 'beyond-guidance', summary: buildHandoffSummary({ reason: 'beyond-guidance', botAnswered: [] }) }));
    const answered = await queue.create(newHandoff('', { summary: buildHandoffSummary({ reason: 'asked', botAnswered: ['What an EHC plan is', 'Refusal to assess'] }) }));
    const flow = await queue.create(newHandoff('', { reason: 'flow-end', summary: buildHandoffSummary({ reason: 'flow-end', botAnswered: [], flow: { name: 'ehc-request', answers: { Age: '9' } } }) }));
    // Stored before this change: the placeholder is worked out again from the same summary.
    const older = await queue.create(newHandoff('', { reason: 'distress', summary: { topic: NO_TOPIC, reasonText: 'Sounded upset or overwhelmed', botAnswered: [] } }));
    const byId = new Map((await items()).map((i) => [i.id, i]));
    assert.equal(byId.get(ownCase.id)?.topic, 'A question about their own case');
    assert.equal(byId.get(answered.id)?.topic, 'Asked about "Refusal to assess"');
    assert.equal(byId.get(flow.id)?.topic, 'Asking for an EHC needs assessment (guided steps)');
    assert.equal(byId.get(older.id)?.topic, 'Sounded upset or overwhelmed');
    assert.ok([...byId.values()].every((i) => !/No topic yet|I need help/.test(i.topic)), 'never the placeholder, never what the parent typed');

    const view = await sam.json<HandoffView>(`/api/advisers/handoffs/${flow.id}`);
    assert.equal(view.flowName, 'Asking for an EHC needs assessment', 'the flow\'s name, not its id "ehc-request"');
  });

  it('shows a parent who has gone as gone, after those still waiting; writing to them says plainly it was not sent', async () => {
    const gone = await queue.create(newHandoff('Gone'));
    const here = await queue.create(newHandoff('Here'));
    await queue.markParentSeen([gone.conversationId, here.conversationId]);
    await queue.markParentAway({ conversationId: gone.conversationId });
    const list = await items();
    assert.deepEqual(list.map((i) => i.id), [here.id, gone.id], 'the parent still waiting first');
    assert.equal(list[1].parent.presence, 'gone');
    assert.ok(list[1].parent.goneSince);
    assert.equal(list[0].parent.presence, 'here');

    assert.equal((await sam.post(`/api/advisers/handoffs/${gone.id}/take`)).status, 200);
    const view = await sam.json<HandoffView>(`/api/advisers/handoffs/${gone.id}`);
    assert.equal(view.mine, true);
    assert.equal(view.canMessage, false, 'no message box for a parent who has gone');
    const res = await sam.post(`/api/advisers/handoffs/${gone.id}/messages`, { text: 'Hello, are you there?' });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as { error: string }).error,
      /^The parent has left the chat \(not connected since \d\d:\d\d\), so your message was not sent\. If they come back, this page will show it\.$/);
    assert.ok(!(await queue.get(gone.id))!.transcript.some((e) => e.text === 'Hello, are you there?'));

    // Back: the chat connects again.
    await queue.markParentSeen([gone.conversationId]);
    assert.equal((await sam.json<HandoffView>(`/api/advisers/handoffs/${gone.id}`)).canMessage, true);
    assert.equal((await sam.post(`/api/advisers/handoffs/${gone.id}/messages`, { text: 'Hello again' })).status, 201);
  });

  it('a call-back request from a parent not in the chat is a call-back, with no message box', async () => {
    const h = await queue.create(newHandoff('Call me'));
    await queue.requestCallback(h.id, { method: 'phone', phone: '07700 900123', bestTime: 'after 3pm' });
    const item = (await items()).find((i) => i.id === h.id)!;
    assert.equal(item.kind, 'callback');
    assert.equal((await sam.post(`/api/advisers/handoffs/${h.id}/take`)).status, 200);
    const view = await sam.json<HandoffView>(`/api/advisers/handoffs/${h.id}`);
    assert.deepEqual([view.kind, view.mine, view.canMessage], ['callback', true, false]);
    const res = await sam.post(`/api/advisers/handoffs/${h.id}/messages`, { text: 'Hello?' });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as { error: string }).error, /^This is a call-back request: the parent is not in the chat, so your message was not sent\. Please phone them instead/);
  });

  it('a call-back request from a parent still in the chat can also be a chat', async () => {
    const h = await queue.create(newHandoff('Call me, or chat'));
    await queue.requestCallback(h.id, { method: 'email', email: 'parent@example.org' });
    await queue.markParentSeen([h.conversationId]);
    await sam.post(`/api/advisers/handoffs/${h.id}/take`);
    const view = await sam.json<HandoffView>(`/api/advisers/handoffs/${h.id}`);
    assert.deepEqual([view.kind, view.canMessage], ['callback', true]);
    assert.equal((await sam.post(`/api/advisers/handoffs/${h.id}/messages`, { text: 'I can chat now if you like' })).status, 201);
  });

  it('when the session ends: the live stream says "signed-out", the API says so plainly, and the sign-in page too', async () => {
    const lee = new StaffClient(running.url);
    assert.equal((await lee.signIn('leaver@sendiass.example', PASSWORD)).status, 303);
    const live = await SseReader.open(lee);
    await live.next((e) => e.event === 'ready');
    await disableStaff(config, 'leaver@sendiass.example');
    const said = await live.next((e) => e.event === 'signed-out', 8000);
    assert.deepEqual(said.data, { message: 'You have been signed out. Sign in again to carry on.' });
    await assert.rejects(live.next(() => false, 2000), /ended/);

    const api = await lee.get('/api/advisers/queue');
    assert.equal(api.status, 401);
    assert.equal(((await api.json()) as { error: string }).error, 'You have been signed out. Sign in again to carry on.');

    // Reloading the page (its session cookie no longer works) goes to sign-in, saying why, and back to the same conversation.
    const page = await lee.get('/advisers?open=abc-123');
    assert.equal(page.status, 303);
    const location = page.headers.get('location')!;
    assert.equal(location, `/advisers/sign-in?session-ended&next=${encodeURIComponent('/advisers?open=abc-123')}`);
    const signIn = await (await lee.get(location)).text();
    assert.match(signIn, /You have been signed out\. Sign in again to carry on\./);
    assert.match(signIn, /name="next" value="\/advisers\?open=abc-123"/);
  });
});
