import type { PostgresMigration } from './index';

/**
 * Handoffs to a SENDIASS adviser, their transcripts (consent only) and advisers' notes
 * (mirrors SQLite 010). `seq` keeps the order handoffs arrived in for ties in the queue order.
 */
export const m010Handoffs: PostgresMigration = {
  id: '010_handoffs',
  up: `
CREATE TABLE handoffs (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  conversation_id text NOT NULL,
  channel_id text NOT NULL,
  reason text NOT NULL,
  priority integer NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'with-adviser', 'callback-requested', 'closed')),
  created_at timestamptz NOT NULL,
  accepted_at timestamptz,
  closed_at timestamptz,
  closed_outcome text,
  summary_json json NOT NULL,
  callback_json json,
  adviser_id text,
  adviser_first_name text,
  safeguarding_flag boolean NOT NULL DEFAULT false,
  conversation_reference text NOT NULL
);
CREATE INDEX handoffs_by_conversation ON handoffs (conversation_id, status);
CREATE INDEX handoffs_by_queue_order ON handoffs (status, priority, created_at, seq);
CREATE INDEX handoffs_by_created ON handoffs (created_at);

CREATE TABLE handoff_transcript (
  handoff_id text NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  sender text NOT NULL CHECK (sender IN ('parent', 'bot', 'adviser', 'system')),
  text text NOT NULL,
  at timestamptz NOT NULL,
  adviser_name text,
  PRIMARY KEY (handoff_id, seq)
);

CREATE TABLE handoff_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  handoff_id text NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  adviser_id text NOT NULL,
  text text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX handoff_notes_by_handoff ON handoff_notes (handoff_id);
`,
};
