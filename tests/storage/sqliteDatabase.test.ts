import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, migrate, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { SqliteDirectLineStore } from '../../src/storage/sqlite/directLineStore';
import { SQLITE_MIGRATIONS } from '../../src/storage/sqlite/migrations';
import { tempDir } from '../helpers/fixtures';

describe('embedded database', () => {
  it('lives under DATA_DIR and applies every migration once', () => {
    const dir = tempDir();
    const db = openSqliteDatabase(dir);
    assert.ok(fs.existsSync(path.join(dir, DATABASE_FILE)));
    const first = (db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n;
    assert.ok(first >= 1);
    db.close();
    const again = openSqliteDatabase(dir);
    assert.equal((again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n, first);
    again.close();
  });

  it('applies a new migration to an existing database, and refuses duplicate ids', () => {
    const db = openSqliteDatabase(tempDir());
    assert.deepEqual(migrate(db, [{ id: '999_extra', up: 'CREATE TABLE extra (x INTEGER)' }]), ['999_extra']);
    assert.deepEqual(migrate(db, [{ id: '999_extra', up: 'CREATE TABLE extra (x INTEGER)' }]), []);
    assert.throws(() => migrate(db, [{ id: 'a', up: '' }, { id: 'a', up: '' }]), /share an id/);
    db.close();
  });
});

describe('web chat activities in an ordinary table (migration 031)', () => {
  it('a database from before keeps every conversation and activity, in order, and erasing still takes them all', () => {
    const dir = tempDir();
    const before = openSqliteDatabase(dir, undefined, SQLITE_MIGRATIONS.filter((m) => m.id < '031'));
    const old = new SqliteDirectLineStore(before, 24);
    const { conversation } = old.create();
    const reply = { type: 'message', text: 'A long answer. '.repeat(120) };
    old.append(conversation.id, { type: 'message', text: 'hello' });
    old.append(conversation.id, reply);
    before.close();

    const after = openSqliteDatabase(dir);
    const table = after.prepare("SELECT sql FROM sqlite_master WHERE name = 'dl_activities'").get() as { sql: string };
    assert.doesNotMatch(table.sql, /WITHOUT ROWID/i);
    const store = new SqliteDirectLineStore(after, 24);
    const page = store.since(conversation.id, 0);
    assert.deepEqual(page.activities.map((a) => a.text), ['hello', reply.text]);
    store.append(conversation.id, { type: 'message', text: 'after the upgrade' });
    assert.equal(store.since(conversation.id, 2).activities[0].text, 'after the upgrade');
    assert.equal(store.erase(conversation.id), 4, 'the conversation and its three activities');
    assert.equal((after.prepare('SELECT COUNT(*) AS n FROM dl_activities').get() as { n: number }).n, 0);
    after.close();
  });
});
