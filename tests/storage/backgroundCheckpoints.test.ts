import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startBackgroundCheckpoints } from '../../src/storage/sqlite/backgroundCheckpoints';
import { DATABASE_FILE, openMemoryDatabase, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { tempDir } from '../helpers/fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SQLite: checkpoints in a background thread', () => {
  it('copies the log into the database file off the server thread, and keeps every write', async () => {
    const dir = tempDir();
    const db = openSqliteDatabase(dir);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    const checkpoints = startBackgroundCheckpoints(db, { intervalMs: 50, truncateAbovePages: 100 });
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 0, 'the server connection no longer checkpoints in a commit');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(2000));
    const wal = path.join(dir, `${DATABASE_FILE}-wal`);
    const walBefore = fs.statSync(wal).size;
    // The worker catches up, and truncates a log that grew past its limit.
    for (let i = 0; i < 100 && fs.statSync(wal).size >= walBefore; i++) await sleep(50);
    assert.ok(fs.statSync(wal).size < walBefore, `the log was checkpointed and truncated (${walBefore} -> ${fs.statSync(wal).size} bytes)`);
    await checkpoints.stop();
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000, 'stopped: the connection checkpoints for itself again');
    db.close();
    const again = openSqliteDatabase(dir);
    assert.equal((again.prepare('SELECT COUNT(*) AS n FROM notes').get() as { n: number }).n, 2000);
    again.close();
  });

  it('does nothing for an in-memory database', async () => {
    const db = openMemoryDatabase();
    const checkpoints = startBackgroundCheckpoints(db);
    await checkpoints.stop();
    db.close();
  });
});
