import type { SqliteMigration } from './index';

/**
 * Files the guided flows make for parents (letters, summaries, calendars), served by an
 * unguessable id. Deleted by age (FILE_RETENTION_DAYS). Replaces the folders under DATA_DIR/files.
 */
export const m030ParentFiles: SqliteMigration = {
  id: '030_parent_files',
  up: `CREATE TABLE parent_files (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL
  );
  CREATE INDEX parent_files_created_at ON parent_files (created_at);`,
};
