import type { PostgresMigration } from './index';

/** Staff sessions, keyed by the SHA-256 of the session id (mirrors SQLite 016): any instance can check one. */
export const m016StaffSessions: PostgresMigration = {
  id: '016_staff_sessions',
  up: `CREATE TABLE staff_sessions (
    id_hash text PRIMARY KEY,
    account_id text NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX staff_sessions_account ON staff_sessions (account_id);
  CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);`,
};
