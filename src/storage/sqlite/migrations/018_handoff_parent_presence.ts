import type { SqliteMigration } from './index';

/**
 * Whether the parent is still in the chat: when they were last seen (a message, or the web
 * chat's connection open) and, once they have gone, since when. Both empty for a channel where
 * this cannot be known (Teams). Kept and deleted with the handoff.
 */
export const m018HandoffParentPresence: SqliteMigration = {
  id: '018_handoff_parent_presence',
  up: `ALTER TABLE handoffs ADD COLUMN parent_seen_at TEXT;
  ALTER TABLE handoffs ADD COLUMN parent_away_since TEXT;`,
};
