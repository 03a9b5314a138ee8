import type { PostgresMigration } from './index';

/** Who viewed or acted on which handoff, and when (ids only); purged with the handoffs (mirrors SQLite 017). */
export const m017HandoffAudit: PostgresMigration = {
  id: '017_handoff_audit',
  up: `CREATE TABLE handoff_audit (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    staff_id text NOT NULL REFERENCES staff_accounts(id),
    handoff_id text NOT NULL,
    action text NOT NULL CHECK (action IN ('viewed', 'took', 'closed', 'returned-to-bot', 'callback-done', 'note-added'))
  );
  CREATE INDEX handoff_audit_at ON handoff_audit (at);
  CREATE INDEX handoff_audit_handoff ON handoff_audit (handoff_id);`,
};
