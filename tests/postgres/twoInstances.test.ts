import assert from 'node:assert/strict';
import WebSocket from 'ws';
import type { AppConfig } from '../../src/config/config';
import { StaffAccounts } from '../../src/domain/staff/staffAccounts';
import type { StaffRole } from '../../src/domain/staff/staffAccount';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { PostgresDatabase } from '../../src/storage/postgres/postgresDatabase';
import { PostgresStaffStore } from '../../src/storage/postgres/staffStore';
import { AdminClient } from '../admin/adminClient';
import { SseReader, StaffClient, TEST_PASSWORD_COST } from '../advisers/helpers/staffClient';
import { testConfig } from '../helpers/fixtures';
import { createTestSchema, requirePostgres, type TestSchema } from '../helpers/postgres';
import { DirectLineClient, texts, type Act, type Conv } from '../reliability/serverHarness';

const PASSWORD = 'a long test pass phrase';

/**
 * Two real servers (startServer) on two loopback ports sharing one PostgreSQL database, as two
 * instances behind a load balancer without sticky sessions: whatever one instance stores or
 * changes, the other sees, and live updates cross between them by LISTEN/NOTIFY.
 */
describe('PostgreSQL: two server instances sharing one database', function () {
  this.timeout(40_000);
  let schema: TestSchema;
  let a: RunningServer;
  let b: RunningServer;
  let configA: AppConfig;

  before(async function () {
    await requirePostgres(this);
    schema = await createTestSchema();
    // Advisers are in all day, every day: the test does not depend on today's date.
    const env = { DATABASE_URL: schema.url, ADVISER_HOURS: 'mon-sun 00:00-24:00' };
    configA = testConfig(env);
    // Started together: the migrations run once (an advisory lock), the knowledge base is seeded once.
    [a, b] = await Promise.all([startServer(configA, silentLogger), startServer(testConfig(env), silentLogger)]);
    await addStaff(configA, [
      { email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'] },
      { email: 'edie@forum.example', name: 'Edie Editor', roles: ['editor'] },
      { email: 'rita@forum.example', name: 'Rita Reviewer', roles: ['reviewer'] },
    ]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await schema?.drop();
  });

  it('a parent on A asks for a person; an adviser signed in on B takes it, and they talk both ways', async () => {
    const parentOnA = new DirectLineClient(a.url);
    const c = await parentOnA.start();
    const stream = await LiveStream.open(c);
    try {
      assert.match(texts(await parentOnA.say(c, 'I want to speak to someone')), /Is that OK\?/);
      assert.match(texts(await parentOnA.say(c, 'Yes')), /in the queue/);

      const sam = new StaffClient(b.url);
      assert.equal((await sam.signIn('sam@sendiass.example', PASSWORD)).status, 303);
      const live = await SseReader.open(sam);
      await live.next((e) => e.event === 'ready');
      const { items } = await sam.json<{ items: Array<{ id: string; status: string }> }>('/api/advisers/queue');
      assert.equal(items.length, 1, 'B sees the handoff made on A');
      const handoffId = items[0].id;

      assert.equal((await sam.post(`/api/advisers/handoffs/${handoffId}/take`)).status, 200);
      await parentOnA.waitFor(c, (acts) => /An adviser from SENDIASS, Sam, has joined/.test(texts(acts)));
      assert.equal((await sam.post(`/api/advisers/handoffs/${handoffId}/messages`, { text: 'Hello, I am Sam. How can I help?' })).status, 201);
      await parentOnA.waitFor(c, (acts) => /Sam \(SENDIASS adviser\).*Hello, I am Sam\. How can I help\?/.test(texts(acts)));
      // The page's WebSocket on A shows it too, live.
      await stream.waitFor(/Hello, I am Sam\. How can I help\?/);

      // The parent writes on A: the adviser's live updates on B show it, and so does the record.
      const reply = await parentOnA.say(c, 'Thank you. The school says no to an assessment.');
      assert.deepEqual(reply.map((r) => r.text), [], 'it goes to the adviser, not the bot');
      const heard = await live.next((e) => e.event === 'queue' && (e.data as { type: string; entry?: { from: string } }).entry?.from === 'parent');
      assert.equal((heard.data as { entry: { text: string } }).entry.text, 'Thank you. The school says no to an assessment.');
      const record = await sam.json<{ handoff: { transcript: Array<{ from: string; text: string }> } }>(`/api/advisers/handoffs/${handoffId}`);
      assert.ok(JSON.stringify(record).includes('The school says no to an assessment.'));

      // No sticky sessions: the same conversation read through B has everything A stored.
      const throughB = await new DirectLineClient(b.url).activities(c);
      assert.equal(throughB.watermark, (await parentOnA.activities(c)).watermark);
      assert.match(texts(throughB.activities), /Hello, I am Sam/);

      assert.equal((await sam.post(`/api/advisers/handoffs/${handoffId}/close`, { outcome: 'closed-by-adviser' })).status, 200);
      await parentOnA.waitFor(c, (acts) => /The adviser has ended the chat/.test(texts(acts)));
      // Told once, not once per instance.
      const all = (await parentOnA.activities(c)).activities;
      assert.equal(all.filter((x) => /has joined the chat/.test(x.text ?? '')).length, 1);
      assert.equal(all.filter((x) => /Hello, I am Sam/.test(x.text ?? '')).length, 1);
      assert.equal(all.filter((x) => /The adviser has ended the chat/.test(x.text ?? '')).length, 1);
      await stream.waitFor(/The adviser has ended the chat/);
      live.close();
    } finally {
      stream.close();
    }
  });

  it('a parent on A who goes, then leaves: an adviser on B sees them gone, then the request end, live', async () => {
    const parentOnA = new DirectLineClient(a.url);
    const c = await parentOnA.start();
    assert.match(texts(await parentOnA.say(c, 'I want to speak to someone')), /Is that OK\?/);
    assert.match(texts(await parentOnA.say(c, 'Yes')), /in the queue/);
    const sam = new StaffClient(b.url);
    assert.equal((await sam.signIn('sam@sendiass.example', PASSWORD)).status, 303);
    const live = await SseReader.open(sam);
    try {
      await live.next((e) => e.event === 'ready');
      type Item = { id: string; parent: { presence: string } };
      const [item] = (await sam.json<{ items: Item[] }>('/api/advisers/queue')).items;
      assert.equal(item.parent.presence, 'here', 'A\'s web chat says the parent is there; B reads it from the database');

      // A's presence check finds them gone: B hears it and shows it.
      await a.handoffs!.markParentAway({ seenBefore: new Date(Date.now() + 60_000).toISOString() });
      await live.next((e) => (e.data as { type: string; handoffId: string }).type === 'updated' && (e.data as { handoffId: string }).handoffId === item.id);
      assert.equal((await sam.json<{ items: Item[] }>('/api/advisers/queue')).items[0].parent.presence, 'gone');

      // "Start a new conversation" on A: the request ends, and B's hub hears it.
      const left = await fetch(`${a.url}/v3/directline/conversations/${c.conversationId}/leave`, { method: 'POST', headers: { Authorization: `Bearer ${c.token}` } });
      assert.equal(left.status, 200);
      const closed = await live.next((e) => (e.data as { type: string }).type === 'closed');
      assert.deepEqual(closed.data, { type: 'closed', handoffId: item.id, outcome: 'parent-left' });
      assert.deepEqual((await sam.json<{ items: Item[] }>('/api/advisers/queue')).items, []);
    } finally {
      live.close();
    }
  });

  it('a knowledge-base change published on A is what B answers with at once', async () => {
    const question = "Keeping records about your child's needs";
    const newSummary = 'Keep every letter, report and email in one folder, with the date you got it.';
    const parentOnB = new DirectLineClient(b.url);
    const c = await parentOnB.start();
    assert.doesNotMatch(texts(await parentOnB.say(c, question)), /with the date you got it/);

    const edie = new AdminClient(a.url);
    const rita = new AdminClient(a.url);
    assert.equal((await edie.signIn('edie@forum.example', PASSWORD)).status, 303);
    assert.equal((await rita.signIn('rita@forum.example', PASSWORD)).status, 303);
    const { live } = (await (await edie.api('GET', '/api/admin/articles/keeping-records')).json()) as { live: { id: number; source: string } };
    const changed = live.source.replace(/^summary: >-\n(?:[ ]{2,}.*\n)+/m, `summary: ${newSummary}\n`);
    assert.notEqual(changed, live.source);
    const created = await edie.api('POST', '/api/admin/articles/keeping-records/drafts', { source: changed, baseVersionId: live.id });
    assert.equal(created.status, 201, await created.clone().text());
    const { version } = (await created.json()) as { version: { id: number } };
    assert.equal((await edie.api('POST', `/api/admin/articles/keeping-records/versions/${version.id}/submit`, {})).status, 200);
    assert.equal((await rita.api('POST', `/api/admin/articles/keeping-records/versions/${version.id}/publish`, {})).status, 200);

    // B heard the publish (NOTIFY) and swapped its index: well within its 15-second check for outside changes.
    const until = Date.now() + 5000;
    for (;;) {
      const answer = texts(await parentOnB.say(c, question));
      if (/with the date you got it/.test(answer)) break;
      if (Date.now() > until) throw new Error(`B still answers with the old text: ${answer.slice(0, 200)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

async function addStaff(config: AppConfig, accounts: Array<{ email: string; name: string; roles: StaffRole[] }>): Promise<void> {
  const db = await PostgresDatabase.open(config.databaseUrl!);
  try {
    const staff = new StaffAccounts(new PostgresStaffStore(db), { ...config.staff, passwordParameters: TEST_PASSWORD_COST });
    for (const account of accounts) await staff.add({ ...account, password: PASSWORD });
  } finally {
    await db.close();
  }
}

/** The page's WebSocket stream (as Web Chat opens it), collecting what arrives. */
class LiveStream {
  private readonly received: Act[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: WebSocket.RawData) => {
      const text = data.toString();
      if (text) this.received.push(...(JSON.parse(text) as { activities: Act[] }).activities);
    });
  }

  static async open(c: Conv): Promise<LiveStream> {
    const ws = new WebSocket(c.streamUrl);
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject); });
    return new LiveStream(ws);
  }

  async waitFor(pattern: RegExp, ms = 5000): Promise<void> {
    const until = Date.now() + ms;
    while (!this.received.some((x) => pattern.test(x.text ?? ''))) {
      if (Date.now() > until) throw new Error(`the stream did not show ${pattern}: ${JSON.stringify(this.received.map((x) => x.text?.slice(0, 60)))}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  close(): void {
    this.ws.close();
  }
}
