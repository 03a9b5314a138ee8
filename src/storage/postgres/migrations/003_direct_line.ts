import type { PostgresMigration } from './index';

/**
 * The local Direct Line's conversations and activities, shared by every instance so a page can
 * talk to any of them. Only a hash of each token is stored. Times are ms since the epoch.
 */
export const m003DirectLine: PostgresMigration = {
  id: '003_direct_line',
  up: `CREATE TABLE dl_conversations (
    id text PRIMARY KEY,
    user_id text NOT NULL,
    token_hash text NOT NULL,
    token_expires bigint NOT NULL,
    next_seq integer NOT NULL DEFAULT 0,
    created_at bigint NOT NULL,
    last_used bigint NOT NULL
  );
  CREATE INDEX dl_conversations_token ON dl_conversations (token_hash);
  CREATE INDEX dl_conversations_last_used ON dl_conversations (last_used);
  CREATE TABLE dl_activities (
    conversation_id text NOT NULL REFERENCES dl_conversations (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    activity json NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );`,
};
