import type { PostgresMigration } from './index';

/**
 * Bot Framework state, one row per storage key, with the eTag that guards concurrent writers
 * (several instances may write one conversation). `updated_at` (ms) drives retention.
 */
export const m002BotState: PostgresMigration = {
  id: '002_bot_state',
  up: `CREATE TABLE bot_state (
    key text PRIMARY KEY,
    conversation_id text,
    data json NOT NULL,
    etag text NOT NULL,
    updated_at bigint NOT NULL
  );
  CREATE INDEX bot_state_conversation ON bot_state (conversation_id);
  CREATE INDEX bot_state_updated ON bot_state (updated_at);`,
};
