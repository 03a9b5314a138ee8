import type { PostgresMigration } from './index';

/** Whether the parent is still in the chat (mirrors SQLite 018): last seen, and gone since. */
export const m018HandoffParentPresence: PostgresMigration = {
  id: '018_handoff_parent_presence',
  up: `ALTER TABLE handoffs ADD COLUMN parent_seen_at timestamptz;
  ALTER TABLE handoffs ADD COLUMN parent_away_since timestamptz;`,
};
