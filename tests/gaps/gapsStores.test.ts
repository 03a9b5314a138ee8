import assert from 'node:assert/strict';
import { createGapRecord, MemoryGapsStore } from '../../src/domain/gaps';
import { SqliteGapsStore } from '../../src/storage/sqlite/gapsStore';
import { openMemoryDatabase, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { tempDir } from '../helpers/fixtures';
import { gapsStoreContract } from './gapsStoreContract';

describe('gaps store in memory', () => {
  gapsStoreContract(() => new MemoryGapsStore());
});

describe('gaps store in the embedded database', () => {
  gapsStoreContract(() => new SqliteGapsStore(openMemoryDatabase()));

  it('keeps records when the server restarts', async () => {
    const dir = tempDir();
    const db = openSqliteDatabase(dir);
    const record = createGapRecord({ kind: 'clarify-no-match', question: 'school said no', closestArticleId: 'refusal', closestScore: 0.2 }, { now: new Date('2026-11-23T10:00:00Z') });
    await new SqliteGapsStore(db).add(record);
    db.close();
    const again = openSqliteDatabase(dir);
    assert.deepEqual(await new SqliteGapsStore(again).listBetween('2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z'), [record]);
    again.close();
  });

  it('has no column that could link a record to a conversation or a person', () => {
    const db = openMemoryDatabase();
    const columns = (db.prepare('PRAGMA table_info(gaps)').all() as Array<{ name: string }>).map((c) => c.name);
    assert.deepEqual(columns.sort(), ['closest_article_id', 'closest_score', 'created_at', 'id', 'kind', 'looking_for', 'question']);
  });

  it('refuses a kind it does not know', () => {
    const db = openMemoryDatabase();
    assert.throws(() => db.prepare("INSERT INTO gaps (id, created_at, kind, question) VALUES ('x', '2026-01-01', 'helpful', 'q')").run(), /CHECK/);
  });
});
