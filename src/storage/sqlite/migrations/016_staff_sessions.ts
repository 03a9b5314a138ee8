import type { SqliteMigration } from './index';

/** Staff sessions, keyed by the SHA-256 of the session id (the id itself is never stored). */
export const m016StaffSessions: SqliteMigration = {
  id: '016_staff_sessions',
  up: `CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX staff_sessions_account ON staff_sessions (account_id);
  CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);`,
};
