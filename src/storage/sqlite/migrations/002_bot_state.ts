import type { SqliteMigration } from './index';

/**
 * Bot Framework state (where each conversation is in a guided flow, its answers so far): one row
 * per storage key, with the eTag that guards concurrent writers. `conversation_id` is taken from
 * the key so one conversation's rows can be erased; `updated_at` (ms) drives retention.
 */
export const m002BotState: SqliteMigration = {
  id: '002_bot_state',
  up: `CREATE TABLE bot_state (
    key TEXT PRIMARY KEY,
    conversation_id TEXT,
    data TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX bot_state_conversation ON bot_state (conversation_id);
  CREATE INDEX bot_state_updated ON bot_state (updated_at);`,
};
