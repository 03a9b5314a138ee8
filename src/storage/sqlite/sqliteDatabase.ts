import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../../logging/logger';
import { SQLITE_MIGRATIONS, type SqliteMigration } from './migrations';

export type SqliteDb = Database.Database;

export const DATABASE_FILE = 'send-navigator.db';

/**
 * The embedded database under DATA_DIR. WAL mode so readers never wait for the writer, a busy
 * timeout so two writers queue instead of failing, and versioned migrations run at start-up.
 */
export function openSqliteDatabase(dataDir: string, logger?: Logger, migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS): SqliteDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const applied = migrate(db, migrations);
  if (applied.length) logger?.info('db.migrated', { applied });
  return db;
}

/** An in-memory database with every migration applied (tests, the CLI's one-off conversations). */
export function openMemoryDatabase(migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS): SqliteDb {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return db;
}

/** Applies the migrations not yet applied, each in its own transaction; returns their ids. */
export function migrate(db: SqliteDb, migrations: readonly SqliteMigration[]): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: string }>).map((r) => r.id));
  const ids = migrations.map((m) => m.id);
  if (new Set(ids).size !== ids.length) throw new Error('Two migrations share an id');
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(m.id, new Date().toISOString());
    })();
    applied.push(m.id);
  }
  return applied;
}
