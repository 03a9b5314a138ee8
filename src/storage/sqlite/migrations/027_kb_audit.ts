import type { SqliteMigration } from './index';

/** Who put which version of which article live, and when (publish, roll-back, import); kept for good. */
export const m027KbAudit: SqliteMigration = {
  id: '027_kb_audit',
  up: `CREATE TABLE kb_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id TEXT,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('seeded', 'published', 'rolled-back', 'imported', 'rejected')),
    article_id TEXT NOT NULL REFERENCES kb_articles(id),
    version_id INTEGER NOT NULL REFERENCES kb_versions(id),
    previous_version_id INTEGER REFERENCES kb_versions(id),
    restored_from_id INTEGER REFERENCES kb_versions(id)
  );
  CREATE INDEX kb_audit_article ON kb_audit (article_id, seq);`,
};
