import type { SqliteMigration } from './index';

/** Versions of glossary.yaml (the newest is live); changed by seeding and "kb import". */
export const m028KbGlossary: SqliteMigration = {
  id: '028_kb_glossary',
  up: `CREATE TABLE kb_glossary_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
    actor_id TEXT,
    actor_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    diff TEXT NOT NULL
  );`,
};
