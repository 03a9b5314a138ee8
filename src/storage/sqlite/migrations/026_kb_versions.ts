import type { SqliteMigration } from './index';

/**
 * Every version of every article, kept for good (content, not personal data about parents).
 * The partial unique indexes hold the rules: at most one live version and one open change per article.
 */
export const m026KbVersions: SqliteMigration = {
  id: '026_kb_versions',
  up: `CREATE TABLE kb_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL REFERENCES kb_articles(id),
    number INTEGER NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'published', 'rejected', 'superseded')),
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'edit', 'rollback', 'import')),
    base_version_id INTEGER REFERENCES kb_versions(id),
    live_base_id INTEGER REFERENCES kb_versions(id),
    restored_from_id INTEGER REFERENCES kb_versions(id),
    author_id TEXT,
    author_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    reviewer_id TEXT,
    reviewer_name TEXT,
    reviewed_at TEXT,
    review_note TEXT,
    published_at TEXT,
    diff TEXT NOT NULL,
    UNIQUE (article_id, number)
  );
  CREATE UNIQUE INDEX kb_versions_one_live ON kb_versions (article_id) WHERE status = 'published';
  CREATE UNIQUE INDEX kb_versions_one_open ON kb_versions (article_id) WHERE status IN ('draft', 'in-review');`,
};
