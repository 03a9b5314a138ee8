import type { PostgresMigration } from './index';

/** Questions the bot could not answer well, personal details already removed; no conversation id (mirrors SQLite 020). */
export const m020Gaps: PostgresMigration = {
  id: '020_gaps',
  up: `CREATE TABLE gaps (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL,
    kind text NOT NULL CHECK (kind IN ('low-confidence', 'clarify-no-match', 'not-helpful', 'handoff-no-content')),
    question text NOT NULL,
    closest_article_id text,
    closest_score double precision,
    looking_for text
  );
  CREATE INDEX gaps_created_at ON gaps (created_at);`,
};
