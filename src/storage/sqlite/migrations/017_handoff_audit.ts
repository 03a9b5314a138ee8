import type { SqliteMigration } from './index';

/** Who viewed or acted on which handoff, and when (ids only); purged with the handoffs. */
export const m017HandoffAudit: SqliteMigration = {
  id: '017_handoff_audit',
  up: `CREATE TABLE handoff_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    staff_id TEXT NOT NULL REFERENCES staff_accounts(id),
    handoff_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('viewed', 'took', 'closed', 'returned-to-bot', 'callback-done', 'note-added'))
  );
  CREATE INDEX handoff_audit_at ON handoff_audit (at);
  CREATE INDEX handoff_audit_handoff ON handoff_audit (handoff_id);`,
};
