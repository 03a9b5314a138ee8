import assert from 'node:assert/strict';
import type { AppConfig } from '../../src/config/config';
import { NOT_HELPFUL_TEXT } from '../../src/bot/feedbackMessages';
import { todayInLondon } from '../../src/domain/dates/calendarDate';
import { createGapRecord } from '../../src/domain/gaps/gapRecord';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { SqliteGapsStore } from '../../src/storage/sqlite/gapsStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { AdminClient, ParentChat } from '../admin/adminClient';
import { testConfig } from '../helpers/fixtures';
import { addStaffForTest, TEST_PASSWORD } from '../kbEditing/staffForTest';

const DAY = 24 * 3600 * 1000;
const ANSWERED = 'how long does the council have to decide whether to assess my child?';

/** Records written straight into the server's database before it starts (as earlier weeks would have). */
async function seed(config: AppConfig): Promise<void> {
  const db = openSqliteDatabase(config.dataDir);
  try {
    const store = new SqliteGapsStore(db);
    const daysAgo = (n: number) => ({ now: new Date(Date.now() - n * DAY) });
    await store.add(createGapRecord({ kind: 'low-confidence', question: 'An old question about ponies and SEND', closestArticleId: 'local-offer', closestScore: 3.2 }, daysAgo(400)));
    for (const [n, q] of [[20, 'Can my son get a free leisure pass for the swimming pool at weekends?'], [9, 'is there a free leisure pass to get to the swimming pool at weekends'], [2, 'free leisure pass for weekend swimming for my child?']] as const) {
      await store.add(createGapRecord({ kind: 'clarify-no-match', question: q, closestArticleId: 'local-offer', closestScore: 4.1 }, daysAgo(n)));
    }
    await store.add(createGapRecord({ kind: 'handoff-no-content', question: '=HYPERLINK("http://evil.example") respite, care', closestArticleId: 'local-offer', closestScore: 2 }, daysAgo(1)));
  } finally {
    db.close();
  }
}

/** The report page and CSV over real HTTP on the real server, with a parent's feedback through Direct Line. */
describe('HTTP: the gaps report (/admin/gaps)', function () {
  this.timeout(30000);
  let running: RunningServer;
  let config: AppConfig;
  let edie: AdminClient; // editor
  let rita: AdminClient; // reviewer
  let sam: AdminClient; // adviser only

  before(async () => {
    config = testConfig();
    await seed(config);
    running = await startServer(config, silentLogger);
    const people = [
      { email: 'edie@forum.example', name: 'Edie Editor', roles: ['editor'] as const },
      { email: 'rita@forum.example', name: 'Rita Reviewer', roles: ['reviewer'] as const },
      { email: 'sam@sendiass.example', name: 'Sam Adviser', roles: ['adviser'] as const },
    ];
    for (const p of people) await addStaffForTest(config, { ...p, roles: [...p.roles] });
    [edie, rita, sam] = await Promise.all(people.map(async (p) => {
      const client = new AdminClient(running.url);
      assert.equal((await client.signIn(p.email, TEST_PASSWORD)).status, 303, p.email);
      return client;
    }));
    // A parent in web chat says an answer did not help, and says what they were looking for.
    const parent = await ParentChat.start(running.url);
    await parent.ask(ANSWERED);
    assert.match(await parent.ask(NOT_HELPFUL_TEXT), /What were you looking for\?/);
    await parent.ask('Tom at Oakfield Primary School needs help with the 6 week wait, ring 07700 900123');
  });
  after(async () => running?.close());

  it('needs a staff sign-in: people with no session are sent to sign in', async () => {
    const anon = new AdminClient(running.url);
    for (const path of ['/admin/gaps', '/admin/gaps.csv?group=records']) {
      const res = await anon.get(path);
      assert.equal(res.status, 303, path);
      assert.match(res.headers.get('location') ?? '', /^\/advisers\/sign-in/);
    }
  });

  it('refuses an adviser who is not an editor or reviewer (403)', async () => {
    for (const path of ['/admin/gaps', '/admin/gaps.csv?group=wording']) {
      const res = await sam.get(path);
      assert.equal(res.status, 403, path);
      assert.doesNotMatch(await res.text(), /swimming pool/);
    }
  });

  it('shows an editor the groups, counts and trends, with links to write or edit an article', async () => {
    const res = await edie.get('/admin/gaps');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await res.text();
    assert.match(html, /<h1>What parents could not find<\/h1>/);
    assert.match(html, /<a href="\/admin\/gaps" aria-current="page">What parents could not find<\/a>/, 'in the admin navigation');
    // The three leisure-pass questions are one group, asked 3 times.
    const row = /<tr>\s*<th scope="row">([^<]*swimming[^<]*)<\/th>\s*<td class="number">(\d+)<\/td>/.exec(html);
    assert.ok(row, 'a group for the swimming questions');
    assert.equal(row[2], '3');
    assert.match(html, /Clarifying question did not help: 3/);
    assert.match(html, /Parent said &quot;not helpful&quot;: 1/);
    assert.match(html, /class="trend trend-(rising|steady|falling)"/);
    assert.match(html, /href="\/admin\/articles\/new\?question=[^"]*swimming/);
    assert.match(html, /href="\/admin\/articles\/ehc-timescales\/edit"/);
    // The parent's "what were you looking for?", without their details.
    assert.match(html, /\[school\] needs help with the 6 week wait/);
    assert.doesNotMatch(html, /Oakfield|07700|\bTom\b/);
    // A spreadsheet formula is shown as text, escaped.
    assert.match(html, /=HYPERLINK\(&quot;http:\/\/evil\.example&quot;\)/);
  });

  it('shows a reviewer the same report, with links to read (not edit) the articles', async () => {
    const html = await (await rita.get('/admin/gaps')).text();
    assert.match(html, /swimming pool/);
    assert.match(html, /href="\/admin\/articles\/ehc-timescales"/);
    assert.doesNotMatch(html, /\/edit"/);
    assert.doesNotMatch(html, /Write a new article/);
  });

  it('deleted records past the retention period when the server started', async () => {
    const today = todayInLondon();
    const from = new Date(Date.now() - 399 * DAY).toISOString().slice(0, 10);
    const csv = await (await edie.get(`/admin/gaps.csv?group=records&from=${from}&to=${today}`)).text();
    assert.doesNotMatch(csv, /ponies/);
    assert.match(csv, /swimming pool/);
  });

  it('exports CSV: every record, the groups by wording, the groups by article', async () => {
    const records = await edie.get('/admin/gaps.csv?group=records');
    assert.equal(records.status, 200);
    assert.equal(records.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(records.headers.get('content-disposition') ?? '', /^attachment; filename="gaps-records-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv"$/);
    const body = await records.text();
    const lines = body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'created_at,kind,question,looking_for,closest_article_id,closest_score');
    assert.equal(lines.length, 1 + 5, 'four seeded in the last twelve weeks, one from the parent');
    assert.ok(lines.some((l) => l.startsWith('\'') || l.includes(',"\'=HYPERLINK')), 'the formula is made harmless');
    assert.doesNotMatch(body, /Oakfield|07700/);

    const wording = await (await edie.get('/admin/gaps.csv?group=wording')).text();
    assert.match(wording, /^\uFEFF?question,count,low-confidence,clarify-no-match,not-helpful,handoff-no-content,trend/);
    assert.match(wording, /swimming[^\r\n]*,3,0,3,0,0,/);
    const article = await (await edie.get('/admin/gaps.csv?group=article')).text();
    assert.match(article, /local-offer,4,0,3,0,1,/);
    assert.match(article, /ehc-timescales,1,0,0,1,0,/);
  });

  it('says what is wrong with the dates, or with the download asked for', async () => {
    const page = await edie.get('/admin/gaps?from=2026-13-01&to=2026-11-23');
    assert.equal(page.status, 400);
    const html = await page.text();
    assert.match(html, /<title>Error: /);
    assert.match(html, /<a href="#from">Enter the first day as a date/);
    assert.match(html, /aria-invalid="true"/);
    assert.equal((await edie.get('/admin/gaps?from=2026-11-23&to=2026-11-01')).status, 400);
    assert.equal((await edie.get('/admin/gaps.csv?group=everything')).status, 400);
  });

  it('shows days with nothing recorded plainly', async () => {
    const html = await (await edie.get('/admin/gaps?from=2020-01-01&to=2020-01-31')).text();
    assert.match(html, /Nothing was recorded from Wednesday 1 January 2020 to Friday 31 January 2020/);
  });
});
