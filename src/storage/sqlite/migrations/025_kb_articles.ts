import type { SqliteMigration } from './index';

/** Knowledge-base articles: one row each, named by id; the content lives in kb_versions. */
export const m025KbArticles: SqliteMigration = {
  id: '025_kb_articles',
  up: `CREATE TABLE kb_articles (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );`,
};
