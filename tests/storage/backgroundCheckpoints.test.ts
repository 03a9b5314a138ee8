import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startBackgroundCheckpoints } from '../../src/storage/sqlite/backgroundCheckpoints';
import { DATABASE_FILE, openMemoryDatabase, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { tempDir } from '../helpers/fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function databaseWithNotes() {
  const dir = tempDir();
  const db = openSqliteDatabase(dir);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
  return { dir, db };
}

/** Opened afresh, the database has every note written. */
function assertNotesKept(dir: string, count: number): void {
  const again = openSqliteDatabase(dir);
  assert.equal((again.prepare('SELECT COUNT(*) AS n FROM notes').get() as { n: number }).n, count);
  again.close();
}

describe('SQLite: checkpoints in a background thread', () => {
  it('copies the log into the database file off the server thread, and keeps every write', async () => {
    const { dir, db } = databaseWithNotes();
    const checkpoints = startBackgroundCheckpoints(db, { intervalMs: 50, restartAbovePages: 100, shrinkAboveBytes: 64 * 1024 });
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 0, 'the server connection no longer checkpoints in a commit');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(2000));
    const wal = path.join(dir, `${DATABASE_FILE}-wal`);
    const walBefore = fs.statSync(wal).size;
    // Writes stop: the worker catches up, and the quiet server shrinks the long log file.
    for (let i = 0; i < 200 && fs.statSync(wal).size >= walBefore; i++) await sleep(50);
    assert.ok(fs.statSync(wal).size < walBefore, `the log was checkpointed and truncated (${walBefore} -> ${fs.statSync(wal).size} bytes)`);
    await checkpoints.stop();
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000, 'stopped: the connection checkpoints for itself again');
    db.close();
    assertNotesKept(dir, 2000);
  });

  it('while writes keep coming, starts the log again from the top instead of letting it grow', async () => {
    const { dir, db } = databaseWithNotes();
    const checkpoints = startBackgroundCheckpoints(db, { intervalMs: 20, restartAbovePages: 200, shrinkAboveBytes: 1024 * 1024 * 1024 });
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    const wal = path.join(dir, `${DATABASE_FILE}-wal`);
    // About 2,000 pages of commits, a few at a time, with the worker running in between (a few
    // milliseconds each time, so a busy machine still gives the worker its turns).
    for (let i = 0; i < 400; i++) {
      for (let j = 0; j < 5; j++) insert.run('x'.repeat(3000));
      await sleep(4);
    }
    const pageBytes = 4096 + 24;
    assert.ok(fs.statSync(wal).size < 1000 * pageBytes, `the log file stayed short (${Math.round(fs.statSync(wal).size / pageBytes)} pages for about 2,000 written)`);
    await checkpoints.stop();
    db.close();
    assertNotesKept(dir, 2000);
  });

  it('does nothing for an in-memory database', async () => {
    const db = openMemoryDatabase();
    const checkpoints = startBackgroundCheckpoints(db);
    await checkpoints.stop();
    db.close();
  });
});
