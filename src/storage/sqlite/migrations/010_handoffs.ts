import type { SqliteMigration } from './index';

/**
 * Handoffs to a SENDIASS adviser: one row each, with the transcript (consent only) and the
 * advisers' notes in their own tables so appending never rewrites the record. Summary and
 * call-back request are small JSON documents. Deleting a handoff deletes its transcript and notes.
 */
export const m010Handoffs: SqliteMigration = {
  id: '010_handoffs',
  up: `
CREATE TABLE handoffs (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  priority INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'with-adviser', 'callback-requested', 'closed')),
  created_at TEXT NOT NULL,
  accepted_at TEXT,
  closed_at TEXT,
  closed_outcome TEXT,
  summary_json TEXT NOT NULL,
  callback_json TEXT,
  adviser_id TEXT,
  adviser_first_name TEXT,
  safeguarding_flag INTEGER NOT NULL DEFAULT 0,
  conversation_reference TEXT NOT NULL
);
CREATE INDEX handoffs_by_conversation ON handoffs (conversation_id, status);
CREATE INDEX handoffs_by_queue_order ON handoffs (status, priority, created_at);
CREATE INDEX handoffs_by_created ON handoffs (created_at);

CREATE TABLE handoff_transcript (
  handoff_id TEXT NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sender TEXT NOT NULL CHECK (sender IN ('parent', 'bot', 'adviser', 'system')),
  text TEXT NOT NULL,
  at TEXT NOT NULL,
  adviser_name TEXT,
  PRIMARY KEY (handoff_id, seq)
);

CREATE TABLE handoff_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  handoff_id TEXT NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  adviser_id TEXT NOT NULL,
  text TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX handoff_notes_by_handoff ON handoff_notes (handoff_id);
`,
};
