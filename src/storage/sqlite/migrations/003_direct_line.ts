import type { SqliteMigration } from './index';

/**
 * The local Direct Line's conversations and their activities, so a page (or a server restart)
 * picks up where it was. Only a hash of each token is stored: the database alone cannot be used
 * to read a conversation. `last_used` (ms) drives retention; activities go with their conversation.
 */
export const m003DirectLine: SqliteMigration = {
  id: '003_direct_line',
  up: `CREATE TABLE dl_conversations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    token_expires INTEGER NOT NULL,
    next_seq INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_used INTEGER NOT NULL
  );
  CREATE INDEX dl_conversations_token ON dl_conversations (token_hash);
  CREATE INDEX dl_conversations_last_used ON dl_conversations (last_used);
  CREATE TABLE dl_activities (
    conversation_id TEXT NOT NULL REFERENCES dl_conversations (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    activity TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  ) WITHOUT ROWID;`,
};
