import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { LegacyDiskFiles } from '../../src/domain/files/legacyDiskFiles';
import { ParentFileStore } from '../../src/domain/files/parentFileStore';
import { isFileId, safeFileName } from '../../src/domain/files/storedFile';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { SqliteFileStore } from '../../src/storage/sqlite/fileStore';
import { openMemoryDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { testConfig, tempDir } from '../helpers/fixtures';
import { createTestSchema, requirePostgres, type TestSchema } from '../helpers/postgres';
import { DirectLineClient, type Act } from '../reliability/serverHarness';
import { forEachBackend, TestClock } from './backends';

const PUBLIC = 'https://send-navigator.example.org';
const DAY_MS = 24 * 3600_000;
const LINK = /^https:\/\/send-navigator\.example\.org\/files\/([A-Za-z0-9_-]{24})\/([^/]+)$/;

function idOf(url: string): string {
  const m = LINK.exec(url);
  assert.ok(m, url);
  return m[1];
}

forEachBackend('files for parents', (stores, clock) => {
  const filesOf = (publicUrl: () => string = () => PUBLIC) => new ParentFileStore(stores().files, publicUrl, 7, { clock: clock.now });

  it('stores a file and serves it back, byte for byte, at {publicUrl}/files/{id}/{name}', async () => {
    const files = filesOf();
    const content = 'Dear SEN team,\r\nAmy’s needs — “quotes”, ünïcödé, 😀\nBEGIN:VCALENDAR\r\n';
    const { url } = await files.put({ name: 'ehc-assessment-request-letter.txt', contentType: 'text/plain', content });
    assert.match(url, LINK);
    assert.ok(url.endsWith('/ehc-assessment-request-letter.txt'));
    const stored = await files.get(idOf(url));
    assert.deepEqual(stored, { name: 'ehc-assessment-request-letter.txt', contentType: 'text/plain', content: Buffer.from(content, 'utf8') });
    assert.ok(Buffer.isBuffer(stored?.content));
  });

  it('keeps what a text column could not (a NUL character) and gives every file its own unguessable id', async () => {
    const files = filesOf();
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add(idOf((await files.put({ name: 'a.txt', contentType: 'text/plain', content: `x\u0000${i}` })).url));
    assert.equal(ids.size, 20);
    const [first] = ids;
    assert.ok((await files.get(first))?.content.includes(0));
  });

  it('makes the name safe for a link and a download, and reads the public address when storing', async () => {
    let publicUrl = 'http://localhost:1';
    const files = filesOf(() => publicUrl);
    assert.match((await files.put({ name: 'x.txt', contentType: 'text/plain', content: 'x' })).url, /^http:\/\/localhost:1\/files\//);
    publicUrl = PUBLIC;
    const { url } = await files.put({ name: ' Amy’s letter (draft)/../x.ics ', contentType: 'text/calendar', content: 'x' });
    assert.equal(url.split('/').pop(), 'Amy-s-letter-draft-..-x.ics');
    assert.equal((await files.get(idOf(url)))?.name, 'Amy-s-letter-draft-..-x.ics');
    assert.equal((await files.put({ name: '???', contentType: 'text/plain', content: 'x' })).url.split('/').pop(), 'file.txt');
  });

  it('finds nothing for an unknown id or anything that is not an id', async () => {
    const files = filesOf();
    await files.put({ name: 'a.txt', contentType: 'text/plain', content: 'a' });
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAAAA', '../../etc/passwd', 'short', "' OR 1=1 --aaaaaaaaaaaaaa", '']) assert.equal(await files.get(id), undefined, id);
  });

  it('deletes a file once it is more than the retention period old, and not before', async () => {
    const files = filesOf();
    const old = idOf((await files.put({ name: 'old.txt', contentType: 'text/plain', content: 'old' })).url);
    clock.later(60);
    const recent = idOf((await files.put({ name: 'recent.txt', contentType: 'text/plain', content: 'recent' })).url);
    const madeOld = new Date('2026-11-23T10:00:00.000Z').getTime();
    assert.equal(await files.purgeExpired(new Date(madeOld + 7 * DAY_MS)), 0, 'exactly 7 days old: still kept');
    assert.equal(await files.purgeExpired(new Date(madeOld + 7 * DAY_MS + 1)), 1);
    assert.equal(await files.get(old), undefined);
    assert.equal((await files.get(recent))?.name, 'recent.txt');
    clock.set(new Date(madeOld + 8 * DAY_MS).toISOString());
    assert.equal(await files.purgeExpired(), 1, 'by default, as of now');
    assert.equal(await files.get(recent), undefined);
  });
});

/** A file as versions before migration 030 wrote it: DATA_DIR/files/{id}/meta.json and content. */
function writeLegacyFile(dataDir: string, id: string, created: string, content = `old file ${id}`): void {
  const folder = path.join(dataDir, 'files', id);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'meta.json'), JSON.stringify({ name: 'ehc-key-dates.ics', contentType: 'text/calendar', created }));
  fs.writeFileSync(path.join(folder, 'content'), content, 'utf8');
}

describe('files for parents: those older versions left under DATA_DIR/files (transitional)', () => {
  const OLD = 'oldoldoldoldoldoldoldold';
  const NEWER = 'newernewernewernewernewe';
  const clock = new TestClock();

  it('is only looked at when the folder is there', () => {
    const dataDir = tempDir();
    assert.equal(LegacyDiskFiles.ifPresent(dataDir), undefined);
    fs.mkdirSync(path.join(dataDir, 'files'));
    assert.ok(LegacyDiskFiles.ifPresent(dataDir));
  });

  it('serves them for ids not in the database, purges them with the database\'s, and removes the folder once empty', async () => {
    const dataDir = tempDir();
    writeLegacyFile(dataDir, OLD, '2026-11-16T09:00:00.000Z');
    writeLegacyFile(dataDir, NEWER, '2026-11-22T09:00:00.000Z');
    fs.mkdirSync(path.join(dataDir, 'files', 'not-a-file'));
    clock.set('2026-11-23T10:00:00.000Z');
    const files = new ParentFileStore(new SqliteFileStore(openMemoryDatabase()), () => PUBLIC, 7, { clock: clock.now, legacy: LegacyDiskFiles.ifPresent(dataDir) });
    const fresh = idOf((await files.put({ name: 'new.txt', contentType: 'text/plain', content: 'new' })).url);
    assert.equal(fs.readdirSync(path.join(dataDir, 'files')).length, 3, 'nothing new is written to the folder');

    assert.deepEqual(await files.get(OLD), { name: 'ehc-key-dates.ics', contentType: 'text/calendar', content: Buffer.from(`old file ${OLD}`) });
    assert.equal((await files.get(fresh))?.name, 'new.txt');
    assert.equal(await files.get('../../../etc/passwdxxxxx'), undefined);

    // The one made over 7 days ago and the unreadable folder go; the other stays until its own 7 days are up.
    assert.equal(await files.purgeExpired(), 2);
    assert.equal(await files.get(OLD), undefined);
    assert.equal((await files.get(NEWER))?.contentType, 'text/calendar');
    assert.ok(fs.existsSync(path.join(dataDir, 'files')));

    clock.set('2026-11-29T09:00:00.001Z');
    assert.equal(await files.purgeExpired(), 1);
    assert.equal(await files.get(NEWER), undefined);
    assert.equal(fs.existsSync(path.join(dataDir, 'files')), false, 'the empty folder is removed, so the next start skips it');
    assert.equal((await files.get(fresh))?.name, 'new.txt');
    assert.equal(await files.purgeExpired(), 0, 'a missing folder is no error');
  });
});

type WithFiles = Act & { attachments?: Array<{ contentUrl?: string; name?: string }> };

/** Walks the mediation flow to its end on `base`; returns the links to the files it made. */
async function mediationFiles(base: string): Promise<string[]> {
  const parent = new DirectLineClient(base);
  const c = await parent.start();
  let last: WithFiles[] = [];
  for (const text of ['Get ready for mediation or an appeal', 'The council said no to an EHC needs assessment', '2 November 2026', 'No',
    'I want them to assess her because she is falling behind', '1, 6', '1']) last = await parent.say(c, text);
  const links = last.flatMap((a) => a.attachments ?? []).map((a) => a.contentUrl ?? '').filter((u) => u.includes('/files/'));
  assert.equal(links.length, 2, JSON.stringify(last.map((a) => a.text?.slice(0, 80))));
  return links;
}

async function download(url: string): Promise<{ status: number; type: string | null; disposition: string | null; text: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
}

describe('files for parents: the download route', function () {
  this.timeout(40_000);
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves what a guided flow made from the database, and an older version\'s file from the folder, and keeps the 404', async () => {
    const config = testConfig();
    writeLegacyFile(config.dataDir, 'legacy1legacy1legacy1leg', new Date().toISOString());
    writeLegacyFile(config.dataDir, 'legacylegacylegacylegacy', new Date().toISOString(), 'BEGIN:VCALENDAR\r\n');
    server = await startServer(config, silentLogger);
    const [summary, calendar] = await mediationFiles(server.url);
    assert.ok(summary.startsWith(`${server.url}/files/`) && summary.endsWith('/mediation-preparation-summary.txt'), summary);
    assert.ok(isFileId(summary.split('/').at(-2) ?? ''));
    const got = await download(summary);
    assert.deepEqual([got.status, got.type, got.disposition], [200, 'text/plain; charset=utf-8', 'attachment; filename="mediation-preparation-summary.txt"']);
    assert.match(got.text, /falling behind/);
    assert.match((await download(calendar)).text, /DTSTART;VALUE=DATE:20270102/);
    assert.equal(fs.readdirSync(path.join(config.dataDir, 'files')).length, 2, 'nothing new is written to the folder');

    const old = await download(`${server.url}/files/legacylegacylegacylegacy/ehc-key-dates.ics`);
    assert.deepEqual([old.status, old.type, old.text], [200, 'text/calendar; charset=utf-8', 'BEGIN:VCALENDAR\r\n']);
    const gone = await download(`${server.url}/files/AAAAAAAAAAAAAAAAAAAAAAAA/${safeFileName('x.txt')}`);
    assert.equal(gone.status, 404);
    assert.match(gone.text, /no longer available\. Files are kept for 7 days/);
  });

  it('writes no DATA_DIR/files folder on a new install', async () => {
    const config = testConfig();
    server = await startServer(config, silentLogger);
    await mediationFiles(server.url);
    assert.equal(fs.existsSync(path.join(config.dataDir, 'files')), false);
  });
});

describe('files for parents: two server instances sharing one PostgreSQL database', function () {
  this.timeout(40_000);
  let schema: TestSchema | undefined;
  let a: RunningServer | undefined;
  let b: RunningServer | undefined;

  before(async function () {
    await requirePostgres(this);
    schema = await createTestSchema();
    const env = { DATABASE_URL: schema.url };
    [a, b] = await Promise.all([startServer(testConfig(env), silentLogger), startServer(testConfig(env), silentLogger)]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await schema?.drop();
  });

  it('a file made through A downloads through B (no shared disk)', async () => {
    const links = await mediationFiles(a!.url);
    for (const link of links) {
      assert.ok(link.startsWith(`${a!.url}/files/`), link);
      const onA = await download(link);
      const onB = await download(link.replace(a!.url, b!.url));
      assert.equal(onB.status, 200);
      assert.deepEqual(onB, onA);
    }
  });
});
