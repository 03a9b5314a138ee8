import assert from 'node:assert/strict';
import { Client } from 'pg';
import { ConversationState, TurnContext, type Activity, type BotAdapter } from 'botbuilder';
import { ParentFileStore } from '../../src/domain/files/parentFileStore';
import type { QueueEvent } from '../../src/domain/handoff/handoffQueue';
import { silentLogger } from '../../src/logging/logger';
import { PostgresEventBus } from '../../src/storage/postgres/eventBus';
import { PostgresDatabase } from '../../src/storage/postgres/postgresDatabase';
import { SQLITE_MIGRATIONS } from '../../src/storage/sqlite/migrations';
import { POSTGRES_MIGRATIONS } from '../../src/storage/postgres/migrations';
import { openStores, type ServerStores } from '../../src/storage/storageFactory';
import { testConfig } from '../helpers/fixtures';
import { createTestSchema, requirePostgres, type TestSchema } from '../helpers/postgres';

/** Two "instances": two sets of stores, each with its own pool and listening connection, on one database. */
describe('PostgreSQL: several instances sharing one database', function () {
  let schema: TestSchema;
  let a: ServerStores;
  let b: ServerStores;
  const open = () => openStores(testConfig({ DATABASE_URL: schema.url }), silentLogger);

  before(async function () {
    await requirePostgres(this);
    schema = await createTestSchema();
  });
  beforeEach(async () => {
    await schema.truncateAll();
    [a, b] = await Promise.all([open(), open()]);
  });
  afterEach(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });
  after(async () => schema?.drop());

  /** Waits until `check` passes (events from the other instance arrive a moment later). */
  async function eventually(check: () => void, ms = 3000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        check();
        return;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }

  it('applies each migration once, at start-up, with the same ids as the SQLite ones', async () => {
    // Both instances started together above: the advisory lock let only one apply them.
    const { rows } = await queryIn(schema, 'SELECT id FROM schema_migrations ORDER BY id');
    assert.deepEqual(rows.map((r) => r.id), POSTGRES_MIGRATIONS.map((m) => m.id).sort());
    assert.deepEqual(POSTGRES_MIGRATIONS.map((m) => m.id), SQLITE_MIGRATIONS.map((m) => m.id), 'one migration per SQLite migration');
    // A third start finds nothing to do.
    const again = await PostgresDatabase.open(schema.url);
    assert.equal(again.schema, schema.schema);
    await again.close();
  });

  it('a change on one instance reaches the other\'s queue subscribers, read back from the database', async () => {
    const heardOnA: QueueEvent[] = [];
    const heardOnB: QueueEvent[] = [];
    const heardHereOnB: QueueEvent[] = [];
    a.handoffs.subscribe((e) => heardOnA.push(e));
    b.handoffs.subscribe((e) => heardOnB.push(e));
    b.handoffsMadeHere.subscribe((e) => heardHereOnB.push(e));

    const h = await a.handoffs.create({
      conversationId: 'conv-1', channelId: 'directline', reason: 'asked',
      summary: { topic: 'Asked about appeals', reasonText: 'Asked to talk to a person', botAnswered: [] },
      transcript: [{ from: 'parent', text: 'my son has been excluded', at: '2026-11-23T10:00:00.000Z' }],
      conversationReference: '{}',
    });
    await b.handoffs.take(h.id, { id: 'acc-sam', firstName: 'Sam' });
    await b.handoffs.appendMessage(h.id, { from: 'adviser', text: 'Hello, I am Sam from SENDIASS.', at: '2026-11-23T10:01:00.000Z', adviserName: 'Sam' });

    // The parent's side (A) hears the adviser (B) join and write.
    await eventually(() => assert.deepEqual(heardOnA.map((e) => e.type), ['created', 'taken', 'message']));
    assert.deepEqual(heardOnA[1], { type: 'taken', handoffId: h.id, conversationId: 'conv-1', adviser: { id: 'acc-sam', firstName: 'Sam' } });
    assert.deepEqual(heardOnA[2], { type: 'message', handoffId: h.id, conversationId: 'conv-1', entry: { from: 'adviser', text: 'Hello, I am Sam from SENDIASS.', at: '2026-11-23T10:01:00.000Z', adviserName: 'Sam' } });
    await a.handoffs.appendMessage(h.id, { from: 'parent', text: 'Thank you', at: '2026-11-23T10:02:00.000Z' });
    await a.handoffs.close(h.id, 'closed-by-adviser');

    await eventually(() => assert.deepEqual(heardOnB.map((e) => e.type), ['created', 'taken', 'message', 'message', 'closed']));
    assert.deepEqual(heardOnB[3], { type: 'message', handoffId: h.id, conversationId: 'conv-1', entry: { from: 'parent', text: 'Thank you', at: '2026-11-23T10:02:00.000Z' } });
    // The relay's view hears only what was done on its own instance: the parent is messaged once, not once per instance.
    assert.deepEqual(heardHereOnB.map((e) => e.type), ['taken', 'message']);
    assert.deepEqual(heardOnA.map((e) => e.type), ['created', 'taken', 'message', 'message', 'closed']);
  });

  it('tells other instances ids only: no message text or personal details go over NOTIFY', async () => {
    const spy = new Client({ connectionString: schema.url });
    await spy.connect();
    const payloads: string[] = [];
    spy.on('notification', (n) => payloads.push(n.payload ?? ''));
    const { rows } = await spy.query<{ channel: string }>('SELECT current_schema() AS channel');
    await spy.query(`LISTEN "send_navigator_events_${rows[0].channel}"`);
    try {
      const h = await a.handoffs.create({
        conversationId: 'conv-2', channelId: 'directline', reason: 'asked',
        summary: { topic: 'Asked about transport', reasonText: 'Asked to talk to a person', botAnswered: [] },
        transcript: [], conversationReference: '{}',
      });
      await a.handoffs.take(h.id, { id: 'acc-sam', firstName: 'Sam' });
      await a.handoffs.appendMessage(h.id, { from: 'parent', text: 'Call me on 07700 900123, I am Jane Doe', at: '2026-11-23T10:00:00.000Z' });
      await a.handoffs.requestCallback(h.id, { method: 'phone', phone: '07700 900123' });
      const { conversation } = await a.directLine.create();
      await a.directLine.append(conversation.id, { type: 'message', text: 'Jane Doe, 12 High Street' });
      await eventually(() => assert.equal(payloads.length, 5));
    } finally {
      await spy.end();
    }
    const all = payloads.join('\n');
    for (const secret of ['07700', 'Jane', 'High Street', 'Sam', 'transport']) assert.ok(!all.includes(secret), `"${secret}" must not travel in an event`);
    assert.ok(payloads.every((p) => p.length < 300));
  });

  it('a knowledge-base publish on one instance tells the others', async () => {
    let toldB = 0;
    b.onKnowledgeChangedElsewhere(() => { toldB++; });
    let toldA = 0;
    a.onKnowledgeChangedElsewhere(() => { toldA++; });
    await a.kb.seed([{ articleId: 'appeals', file: 'appeals.md', source: '---\ntitle: Appeals\n---\nBody.\n' }], undefined, { name: 'Installation' }, '2026-11-23T10:00:00.000Z');
    await eventually(() => assert.equal(toldB, 1));
    assert.equal(toldA, 0, 'the instance that published has already reloaded itself');
    assert.equal(await b.kb.liveGeneration(), await a.kb.liveGeneration());
  });

  it('a file for a parent made on one instance downloads from the other, until retention deletes it on either', async () => {
    // Each instance links to its own address; the file itself is in the shared database.
    const onA = new ParentFileStore(a.files, () => 'https://a.example', 7);
    const onB = new ParentFileStore(b.files, () => 'https://b.example', 7);
    const content = 'BEGIN:VCALENDAR\r\nSUMMARY:Amy’s key dates\r\nEND:VCALENDAR\r\n';
    const { url } = await onA.put({ name: 'ehc-key-dates.ics', contentType: 'text/calendar', content });
    const [, id] = /^https:\/\/a\.example\/files\/([A-Za-z0-9_-]{24})\/ehc-key-dates\.ics$/.exec(url) ?? [];
    assert.ok(id, url);
    assert.deepEqual(await onB.get(id), { name: 'ehc-key-dates.ics', contentType: 'text/calendar', content: Buffer.from(content, 'utf8') });
    assert.equal(await onB.purgeExpired(new Date(Date.now() + 6 * 24 * 3600_000)), 0);
    assert.equal(await onB.purgeExpired(new Date(Date.now() + 8 * 24 * 3600_000)), 1);
    assert.equal(await onA.get(id), undefined);
  });

  it('two instances writing one conversation at once lose no update: the stale writer fails and retries', async () => {
    const key = 'directline/conversations/busy/ConversationState';
    await a.botStorage.write({ [key]: { count: 0, by: [] } });
    let conflicts = 0;
    // Each instance adds 15 increments, each a read-modify-write as a turn does, retried when refused.
    const increment = async (stores: ServerStores, who: string) => {
      for (;;) {
        const item = (await stores.botStorage.read([key]))[key];
        await new Promise((r) => setImmediate(r));
        try {
          await stores.botStorage.write({ [key]: { ...item, count: Number(item.count) + 1, by: [...(item.by as string[]), who] } });
          return;
        } catch (error) {
          assert.match((error as Error).message, /eTag conflict/);
          conflicts++;
        }
      }
    };
    await Promise.all([
      (async () => { for (let i = 0; i < 15; i++) await increment(a, 'A'); })(),
      (async () => { for (let i = 0; i < 15; i++) await increment(b, 'B'); })(),
    ]);
    const final = (await b.botStorage.read([key]))[key];
    assert.equal(final.count, 30, 'every increment is there');
    assert.equal((final.by as string[]).filter((w) => w === 'A').length, 15);
    assert.equal((final.by as string[]).filter((w) => w === 'B').length, 15);
    assert.ok(conflicts > 0, 'the two instances really did collide');
  });

  it('the bot\'s ConversationState on two instances: the second save from the same read is refused, not applied over the first', async () => {
    const turnIn = (): TurnContext => new TurnContext({} as BotAdapter, {
      type: 'message', channelId: 'directline', conversation: { id: 'shared', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'u1' }, recipient: { id: 'bot' },
    } as Partial<Activity>);
    const stateA = new ConversationState(a.botStorage);
    const stateB = new ConversationState(b.botStorage);
    const answersA = stateA.createProperty<Record<string, string>>('answers');
    const answersB = stateB.createProperty<Record<string, string>>('answers');
    const seed = turnIn();
    await stateA.load(seed);
    await answersA.set(seed, { age: '7' });
    await stateA.saveChanges(seed);

    const onA = turnIn();
    const onB = turnIn();
    await Promise.all([stateA.load(onA), stateB.load(onB)]);
    await answersA.set(onA, { ...(await answersA.get(onA)), school: 'mainstream' });
    await answersB.set(onB, { ...(await answersB.get(onB)), need: 'autism' });
    const results = await Promise.allSettled([stateA.saveChanges(onA), stateB.saveChanges(onB)]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'one save wins');
    assert.equal(results.filter((r) => r.status === 'rejected').length, 1, 'the other is refused');

    const check = turnIn();
    await stateB.load(check);
    const stored = await answersB.get(check);
    const winner = results[0].status === 'fulfilled' ? { age: '7', school: 'mainstream' } : { age: '7', need: 'autism' };
    assert.deepEqual(stored, winner, 'what is stored is exactly the winner\'s update, nothing overwritten');
  });
});

async function queryIn(schema: TestSchema, sql: string): Promise<{ rows: Array<{ id: string }> }> {
  const client = new Client({ connectionString: schema.url });
  await client.connect();
  try {
    return await client.query<{ id: string }>(sql);
  } finally {
    await client.end();
  }
}

describe('PostgreSQL: the event bus between instances', function () {
  let schema: TestSchema;

  before(async function () {
    await requirePostgres(this);
    schema = await createTestSchema();
  });
  after(async () => schema?.drop());

  it('reconnects on its own when its listening connection is cut, and says so (so missed changes are checked)', async () => {
    const sender = await PostgresDatabase.open(schema.url);
    const receiver = await PostgresDatabase.open(schema.url);
    const sending = new PostgresEventBus(sender);
    const listening = new PostgresEventBus(receiver);
    await listening.start();
    const heard: string[] = [];
    let reconnected = 0;
    listening.subscribe('kb', (body) => heard.push(String(body.e)));
    listening.onReconnect(() => { reconnected++; });
    try {
      await sending.publish('kb', { e: 'before' });
      await waitUntil(() => heard.includes('before'));
      const pid = listening.listenerPid;
      assert.ok(pid);
      // As if the database restarted or a network blip dropped the connection.
      await sender.query('SELECT pg_terminate_backend($1)', [pid]);
      await waitUntil(() => reconnected === 1 && listening.listening);
      assert.notEqual(listening.listenerPid, pid);
      await sending.publish('kb', { e: 'after' });
      await waitUntil(() => heard.includes('after'));
      // Its own messages are not played back to it.
      await listening.publish('kb', { e: 'own' });
      await sending.publish('kb', { e: 'last' });
      await waitUntil(() => heard.includes('last'));
      assert.deepEqual(heard, ['before', 'after', 'last']);
    } finally {
      await Promise.all([sending.close(), listening.close()]);
      await Promise.all([sender.close(), receiver.close()]);
    }
  });
});

async function waitUntil(done: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
