import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, migrate, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
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
