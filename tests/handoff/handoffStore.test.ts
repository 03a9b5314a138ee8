import assert from 'node:assert/strict';
import type { NewHandoff, QueueEvent } from '../../src/domain/handoff/handoffQueue';
import { purgeExpiredHandoffs } from '../../src/domain/handoff/retention';
import { ConversationEraser } from '../../src/domain/privacy/conversationData';
import { HandoffClosedError, SqliteHandoffQueue } from '../../src/storage/sqlite/handoffStore';
import { openMemoryDatabase, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { tempDir } from '../helpers/fixtures';

function newHandoff(conversationId: string, overrides: Partial<NewHandoff> = {}): NewHandoff {
  return {
    conversationId,
    channelId: 'directline',
    reason: 'asked',
    summary: { topic: 'Asked about "Refusal to assess"', reasonText: 'Asked to talk to a person', botAnswered: ['Refusal to assess'] },
    transcript: [
      { from: 'parent', text: 'the council said no to an assessment', at: '2026-11-23T10:00:00.000Z' },
      { from: 'bot', text: 'You can appeal to the tribunal.', at: '2026-11-23T10:00:01.000Z' },
    ],
    conversationReference: JSON.stringify({ conversation: { id: conversationId } }),
    ...overrides,
  };
}

describe('the handoff queue in SQLite', () => {
  let now = new Date('2026-11-23T10:00:00Z');
  const clock = () => now;
  const later = (minutes: number) => { now = new Date(now.getTime() + minutes * 60000); };

  it('keeps a handoff with its summary and transcript, and lists safeguarding first, then oldest first', async () => {
    const queue = new SqliteHandoffQueue(openMemoryDatabase(), clock);
    const first = await queue.create(newHandoff('c1'));
    later(1);
    const second = await queue.create(newHandoff('c2'));
    later(1);
    const urgent = await queue.create(newHandoff('c3', { reason: 'safeguarding' }));
    assert.equal(first.status, 'waiting');
    assert.equal(first.summary.topic, 'Asked about "Refusal to assess"');
    assert.deepEqual(first.transcript.map((e) => e.from), ['parent', 'bot']);
    assert.equal(urgent.priority, 1);
    assert.equal(urgent.safeguardingFlag, true);
    assert.deepEqual((await queue.list()).map((r) => r.conversationId), ['c3', 'c1', 'c2']);
    assert.equal(await queue.position(first.id), 2);
    assert.equal(await queue.position(second.id), 3);
    assert.equal((await queue.findOpenByConversation('c2'))?.id, second.id);
    assert.equal(await queue.conversationReference(first.id), JSON.stringify({ conversation: { id: 'c1' } }));
  });

  it('lets exactly one adviser take a conversation; the second is told it is already taken', async () => {
    const queue = new SqliteHandoffQueue(openMemoryDatabase(), clock);
    const h = await queue.create(newHandoff('c1'));
    const [a, b] = await Promise.all([queue.take(h.id, { id: 'a1', firstName: 'Sam' }), queue.take(h.id, { id: 'a2', firstName: 'Priya' })]);
    assert.equal(a.ok, true);
    assert.deepEqual(b, { ok: false, reason: 'already-taken' });
    const taken = await queue.get(h.id);
    assert.equal(taken?.status, 'with-adviser');
    assert.deepEqual(taken?.adviser, { id: 'a1', firstName: 'Sam' });
    assert.ok(taken?.acceptedAt);
    assert.equal(await queue.position(h.id), undefined, 'no longer waiting');
    await queue.close(h.id, 'closed-by-adviser');
    assert.deepEqual(await queue.take(h.id, { id: 'a2', firstName: 'Priya' }), { ok: false, reason: 'closed' });
    assert.deepEqual(await queue.take('nope', { id: 'a2', firstName: 'Priya' }), { ok: false, reason: 'not-found' });
  });

  it('announces each change to subscribers after it is stored', async () => {
    const queue = new SqliteHandoffQueue(openMemoryDatabase(), clock);
    const events: QueueEvent[] = [];
    const stop = queue.subscribe((e) => events.push(e));
    queue.subscribe(() => { throw new Error('a broken listener does not stop the others'); });
    const h = await queue.create(newHandoff('c1'));
    await queue.take(h.id, { id: 'a1', firstName: 'Sam' });
    await queue.appendMessage(h.id, { from: 'adviser', text: 'Hello, I am Sam.', at: now.toISOString(), adviserName: 'Sam' });
    await queue.addNote(h.id, 'a1', 'Wants help with an appeal');
    await queue.flagSafeguarding(h.id);
    await queue.close(h.id, 'returned-to-bot');
    await queue.close(h.id, 'returned-to-bot');
    stop();
    await queue.create(newHandoff('c2'));
    assert.deepEqual(events.map((e) => e.type), ['created', 'taken', 'message', 'updated', 'updated', 'closed']);
    const record = await queue.get(h.id);
    assert.equal(record?.transcript.at(-1)?.adviserName, 'Sam');
    assert.equal(record?.notes[0].text, 'Wants help with an appeal');
    assert.equal(record?.safeguardingFlag, true);
    assert.equal(record?.priority, 1);
    assert.equal(record?.closedOutcome, 'returned-to-bot');
    await assert.rejects(queue.appendMessage(h.id, { from: 'parent', text: 'hello?', at: now.toISOString() }), HandoffClosedError);
  });

  it('records a call-back request, and when an adviser has done it', async () => {
    const queue = new SqliteHandoffQueue(openMemoryDatabase(), clock);
    const h = await queue.create(newHandoff('c1'));
    await queue.requestCallback(h.id, { method: 'phone', phone: '07700 900123', bestTime: 'weekday mornings' });
    let record = await queue.get(h.id);
    assert.equal(record?.status, 'callback-requested');
    assert.equal(record?.callback?.phone, '07700 900123');
    assert.equal(record?.callback?.email, undefined, 'only what they gave');
    assert.equal(await queue.position(h.id), undefined);
    await queue.markCallbackDone(h.id, 'a1');
    record = await queue.get(h.id);
    assert.equal(record?.callback?.doneBy, 'a1');
    assert.ok(record?.callback?.doneAt);
  });

  it('a restart (the database file closed and opened again) keeps waiting handoffs, transcripts and call-backs', async () => {
    const dir = tempDir();
    const firstRun = openSqliteDatabase(dir);
    const before = new SqliteHandoffQueue(firstRun, clock);
    const waiting = await before.create(newHandoff('c1'));
    const callback = await before.create(newHandoff('c2'));
    await before.requestCallback(callback.id, { method: 'email', email: 'parent@example.com', bestTime: 'any time' });
    await before.appendMessage(waiting.id, { from: 'parent', text: 'Are you still there?', at: now.toISOString() });
    firstRun.close();

    const after = new SqliteHandoffQueue(openSqliteDatabase(dir), clock);
    const open = await after.list();
    assert.deepEqual(open.map((r) => r.id).sort(), [waiting.id, callback.id].sort());
    const w = await after.get(waiting.id);
    assert.equal(w?.status, 'waiting');
    assert.deepEqual(w?.transcript.map((e) => e.text), ['the council said no to an assessment', 'You can appeal to the tribunal.', 'Are you still there?']);
    assert.equal(await after.position(waiting.id), 1);
    const c = await after.get(callback.id);
    assert.equal(c?.status, 'callback-requested');
    assert.equal(c?.callback?.email, 'parent@example.com');
  });

  it('retention deletes handoffs older than the period, with their transcripts and notes, and only those', async () => {
    const db = openMemoryDatabase();
    now = new Date('2026-10-01T10:00:00Z');
    const queue = new SqliteHandoffQueue(db, clock);
    const old = await queue.create(newHandoff('old'));
    await queue.addNote(old.id, 'a1', 'note');
    await queue.close(old.id, 'closed-by-adviser');
    now = new Date('2026-11-20T10:00:00Z');
    const recent = await queue.create(newHandoff('recent'));
    const events: QueueEvent[] = [];
    queue.subscribe((e) => events.push(e));

    const deleted = await purgeExpiredHandoffs(queue, 30, new Date('2026-11-23T10:00:00Z'));
    assert.equal(deleted, 1);
    assert.equal(await queue.get(old.id), undefined);
    assert.ok(await queue.get(recent.id));
    const rows = (sql: string) => (db.prepare(sql).get(old.id) as { n: number }).n;
    assert.equal(rows('SELECT COUNT(*) AS n FROM handoff_transcript WHERE handoff_id = ?'), 0);
    assert.equal(rows('SELECT COUNT(*) AS n FROM handoff_notes WHERE handoff_id = ?'), 0);
    assert.deepEqual(events, [], 'a closed handoff going is not news to anyone');
    assert.equal(await purgeExpiredHandoffs(queue, 30, new Date('2026-11-23T10:00:00Z')), 0);
  });

  it('"clear this conversation" deletes its handoffs through the conversation eraser', async () => {
    const queue = new SqliteHandoffQueue(openMemoryDatabase(), clock);
    await queue.create(newHandoff('mine'));
    const other = await queue.create(newHandoff('theirs'));
    const eraser = new ConversationEraser();
    eraser.register(queue);
    assert.deepEqual(await eraser.erase('mine'), { handoffs: 1 });
    assert.equal(await queue.findOpenByConversation('mine'), undefined);
    assert.ok(await queue.get(other.id));
  });
});
