import assert from 'node:assert/strict';
import type { AppConfig } from '../../src/config/config';
import type { TranscriptEntry } from '../../src/domain/handoff/handoffQueue';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { SqliteHandoffAuditLog } from '../../src/storage/sqlite/auditLogStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { testConfig } from '../helpers/fixtures';
import { MemoryHandoffQueue, newHandoff } from './helpers/memoryHandoffQueue';
import { addStaff, SseReader, StaffClient } from './helpers/staffClient';

interface QueueItem { id: string; topic: string; status: string; priority: number; safeguarding: boolean; adviser?: { firstName: string; isMe: boolean }; callback?: { method: string; done: boolean } }
interface HandoffView extends QueueItem { mine: boolean; transcript: TranscriptEntry[]; notes: Array<{ by: string; text: string }>; summary: { topic: string }; callbackDetails?: { phone?: string; doneAt?: string; doneBy?: string } }

/** Two parents wait; two advisers work the queue through the real server's hub API. */
describe('HTTP: the adviser hub on the real server', function () {
  this.timeout(20000);
  let running: RunningServer;
  let config: AppConfig;
  let queue: MemoryHandoffQueue;
  let sam: StaffClient;
  let alex: StaffClient;
  let first: string;
  let second: string;
  const streams: SseReader[] = [];

  before(async () => {
    // The hub needs no Direct Line: keep these tests apart from the parent side.
    config = testConfig({ LOCAL_DIRECT_LINE: 'off' });
    queue = new MemoryHandoffQueue();
    running = await startServer(config, silentLogger, { handoffQueue: queue });
    await addStaff(config, [
      { email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: 'sam correct horse battery' },
      { email: 'alex@sendiass.example', name: 'Alex Patel', roles: ['adviser', 'reviewer'], password: 'alex correct horse battery' },
    ]);
    first = (await queue.create(newHandoff('Appealing a refusal to assess'))).id;
    second = (await queue.create(newHandoff('School transport', { reason: 'safeguarding' }))).id;
    sam = new StaffClient(running.url);
    alex = new StaffClient(running.url);
  });
  after(async () => {
    streams.forEach((s) => s.close());
    await running?.close();
  });

  it('signs an adviser in through the form and shows the hub page', async () => {
    const res = await sam.signIn('Sam@SENDIASS.example ', 'sam correct horse battery');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/advisers');
    const cookie = sam.cookieHeaders.get('sn_staff_session') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Max-Age=28800/, 'expires after SESSION_HOURS (8)');
    assert.doesNotMatch(cookie, /Secure/, 'plain http: no Secure flag');
    const page = await sam.get('/advisers');
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<h1>Adviser hub<\/h1>/);
    assert.match(html, /Signed in as <strong>Sam<\/strong>/);
    assert.match(html, new RegExp(`<meta name="csrf-token" content="${sam.csrfToken}">`));
    assert.ok(page.headers.get('content-security-policy')?.includes("script-src 'self'"));
    assert.doesNotMatch(html, /<script>|<script [^s]|\son[a-z]+="/, 'no inline scripts or handlers');
    assert.equal((await sam.get('/advisers/hub.js')).status, 200);
  });

  it('shows both waiting parents, safeguarding first', async () => {
    const { items } = await sam.json<{ items: QueueItem[] }>('/api/advisers/queue');
    assert.deepEqual(items.map((i) => i.topic), ['School transport', 'Appealing a refusal to assess']);
    assert.equal(items[0].safeguarding, true);
    assert.equal(items[0].priority, 1);
    assert.ok(items.every((i) => i.status === 'waiting'));
  });

  it('lets the adviser take one, chat with the parent both ways, and close it', async () => {
    const live = await SseReader.open(sam);
    streams.push(live);
    assert.equal(live.status, 200);
    await live.next((e) => e.event === 'ready');

    const took = await sam.post(`/api/advisers/handoffs/${first}/take`);
    assert.equal(took.status, 200);
    const view = (await took.json()) as HandoffView;
    assert.equal(view.mine, true);
    assert.equal(view.summary.topic, 'Appealing a refusal to assess');
    assert.match(view.transcript[0].text, /I need help/);
    assert.equal((queue.calls.find((c) => c.method === 'take')?.args[1] as { firstName: string }).firstName, 'Sam');
    await live.next((e) => (e.data as { type: string }).type === 'taken');

    const sent = await sam.post(`/api/advisers/handoffs/${first}/messages`, { text: 'Hello, I am Sam from SENDIASS. How can I help?' });
    assert.equal(sent.status, 201);
    const appended = queue.calls.filter((c) => c.method === 'appendMessage').map((c) => c.args[1] as TranscriptEntry);
    assert.equal(appended.length, 1);
    assert.equal(appended[0].from, 'adviser');
    assert.equal(appended[0].adviserName, 'Sam');
    assert.equal(appended[0].text, 'Hello, I am Sam from SENDIASS. How can I help?');

    // The relay (issue 7) appends the parent's reply to the queue; the hub streams it to Sam.
    await queue.appendMessage(first, { from: 'parent', text: 'The council said no to an assessment. <b>What now?</b>', at: new Date().toISOString() });
    const reply = await live.next((e) => (e.data as { type: string; entry?: TranscriptEntry }).entry?.from === 'parent');
    assert.equal((reply.data as { entry: TranscriptEntry }).entry.text, 'The council said no to an assessment. <b>What now?</b>');
    const reread = await sam.json<HandoffView>(`/api/advisers/handoffs/${first}`);
    assert.deepEqual(reread.transcript.slice(-2).map((t) => t.from), ['adviser', 'parent']);

    const noted = await sam.post(`/api/advisers/handoffs/${first}/notes`, { text: 'Explained the right to appeal.' });
    assert.equal(noted.status, 201);
    assert.deepEqual((await sam.json<HandoffView>(`/api/advisers/handoffs/${first}`)).notes.map((n) => [n.by, n.text]), [['Sam', 'Explained the right to appeal.']]);

    const closed = await sam.post(`/api/advisers/handoffs/${first}/close`, { outcome: 'closed-by-adviser' });
    assert.equal(closed.status, 200);
    assert.deepEqual(queue.calls.find((c) => c.method === 'close')?.args, [first, 'closed-by-adviser']);
    assert.equal((await queue.get(first))?.status, 'closed');
    const { items } = await sam.json<{ items: QueueItem[] }>('/api/advisers/queue');
    assert.deepEqual(items.map((i) => i.id), [second], 'the closed conversation leaves the queue');
  });

  it('tells a second adviser the conversation is already taken, by whom', async () => {
    assert.equal((await alex.signIn('alex@sendiass.example', 'alex correct horse battery')).status, 303);
    const aLive = await SseReader.open(alex);
    streams.push(aLive);
    await aLive.next((e) => e.event === 'ready');
    assert.equal((await sam.post(`/api/advisers/handoffs/${second}/take`)).status, 200);
    const taken = await aLive.next((e) => (e.data as { type: string }).type === 'taken');
    assert.deepEqual((taken.data as { adviser: unknown }).adviser, { firstName: 'Sam', isMe: false });

    const res = await alex.post(`/api/advisers/handoffs/${second}/take`);
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { error: string }).error, 'Already taken by Sam.');
    const talk = await alex.post(`/api/advisers/handoffs/${second}/messages`, { text: 'Hi' });
    assert.equal(talk.status, 409);
    assert.match(((await talk.json()) as { error: string }).error, /Sam is looking after/);
    assert.equal(queue.calls.filter((c) => c.method === 'appendMessage' && (c.args[1] as TranscriptEntry).text === 'Hi').length, 0);

    // Alex hears no messages from Sam's conversation.
    await queue.appendMessage(second, { from: 'parent', text: 'Private to Sam', at: new Date().toISOString() });
    await assert.rejects(aLive.next((e) => (e.data as { type: string }).type === 'message', 400));
  });

  it('hands the parent back to the bot', async () => {
    const res = await sam.post(`/api/advisers/handoffs/${second}/close`, { outcome: 'returned-to-bot' });
    assert.equal(res.status, 200);
    assert.equal((await queue.get(second))?.closedOutcome, 'returned-to-bot');
    const again = await sam.post(`/api/advisers/handoffs/${second}/messages`, { text: 'Still there?' });
    assert.equal(again.status, 409, 'no messages after the end');
  });

  it('marks a call-back done', async () => {
    const h = await queue.create(newHandoff('Call me please'));
    await queue.requestCallback(h.id, { method: 'phone', phone: '07700 900123', bestTime: 'weekday mornings' });
    const { items } = await alex.json<{ items: QueueItem[] }>('/api/advisers/queue');
    const listed = items.find((i) => i.id === h.id)!;
    assert.equal(listed.status, 'callback-requested');
    assert.deepEqual(listed.callback && { method: listed.callback.method, done: listed.callback.done }, { method: 'phone', done: false });
    assert.equal(JSON.stringify(items).includes('07700'), false, 'the queue list carries no phone numbers');
    assert.equal((await alex.post(`/api/advisers/handoffs/${h.id}/callback-done`)).status, 409, 'take it first');
    assert.equal((await alex.post(`/api/advisers/handoffs/${h.id}/take`)).status, 200);
    assert.equal((await alex.post(`/api/advisers/handoffs/${h.id}/callback-done`)).status, 200);
    const view = await alex.json<HandoffView>(`/api/advisers/handoffs/${h.id}`);
    assert.equal(view.callbackDetails?.phone, '07700 900123');
    assert.equal(view.callbackDetails?.doneBy, 'Alex');
    assert.ok(view.callbackDetails?.doneAt);
  });

  it('records who viewed and took which conversation in the audit log', async () => {
    const db = openSqliteDatabase(config.dataDir);
    try {
      const rows = await new SqliteHandoffAuditLog(db).forHandoff(first);
      assert.deepEqual(rows.map((r) => [r.staffName, r.action]), [['Sam Jones', 'took'], ['Sam Jones', 'viewed'], ['Sam Jones', 'note-added'], ['Sam Jones', 'closed']]);
    } finally {
      db.close();
    }
  });

  it('refuses bad input plainly', async () => {
    const h = await queue.create(newHandoff('Another'));
    await sam.post(`/api/advisers/handoffs/${h.id}/take`);
    assert.equal((await sam.post(`/api/advisers/handoffs/${h.id}/messages`, { text: '   ' })).status, 400);
    assert.equal((await sam.post(`/api/advisers/handoffs/${h.id}/messages`, { text: 'x'.repeat(config.limits.maxMessageChars + 1) })).status, 400);
    assert.equal((await sam.post(`/api/advisers/handoffs/${h.id}/close`, { outcome: 'expired' })).status, 400);
    assert.equal((await sam.post('/api/advisers/handoffs/no-such-id/take')).status, 404);
  });
});
