import type { PostgresMigration } from './index';

/** Files the guided flows make for parents, served by an unguessable id; deleted by age (mirrors SQLite 030). */
export const m030ParentFiles: PostgresMigration = {
  id: '030_parent_files',
  up: `CREATE TABLE parent_files (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL,
    name text NOT NULL,
    content_type text NOT NULL,
    content bytea NOT NULL
  );
  CREATE INDEX parent_files_created_at ON parent_files (created_at);`,
};
