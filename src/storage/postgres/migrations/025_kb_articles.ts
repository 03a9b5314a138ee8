import type { PostgresMigration } from './index';

/** Knowledge-base articles, named by id; the content lives in kb_versions (mirrors SQLite 025). */
export const m025KbArticles: PostgresMigration = {
  id: '025_kb_articles',
  up: `CREATE TABLE kb_articles (
    id text PRIMARY KEY,
    file text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
  );`,
};
