import type { SqliteMigration } from './index';

/** A key/value table for small facts about this installation (e.g. when retention last ran). */
export const m001Init: SqliteMigration = {
  id: '001_init',
  up: `CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );`,
};
