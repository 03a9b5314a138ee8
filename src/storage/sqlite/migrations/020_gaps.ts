import type { SqliteMigration } from './index';

/**
 * Questions the bot could not answer well, personal details already removed. No conversation
 * or user id on purpose: nothing links a record to a person. Deleted by age (GAPS_RETENTION_MONTHS).
 */
export const m020Gaps: SqliteMigration = {
  id: '020_gaps',
  up: `CREATE TABLE gaps (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('low-confidence', 'clarify-no-match', 'not-helpful', 'handoff-no-content')),
    question TEXT NOT NULL,
    closest_article_id TEXT,
    closest_score REAL,
    looking_for TEXT
  );
  CREATE INDEX gaps_created_at ON gaps (created_at);`,
};
