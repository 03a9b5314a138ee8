import type { PostgresMigration } from './index';

/** A key/value table for small facts about this installation (mirrors SQLite 001). */
export const m001Init: PostgresMigration = {
  id: '001_init',
  up: `CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL,
    updated_at timestamptz NOT NULL
  );`,
};
