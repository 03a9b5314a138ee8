import type { SqliteMigration } from './index';

/** Staff accounts (advisers, KB editors, reviewers) and their roles; accounts are switched off, never deleted. */
export const m015StaffAccounts: SqliteMigration = {
  id: '015_staff_accounts',
  up: `CREATE TABLE staff_accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE staff_account_roles (
    account_id TEXT NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('adviser', 'editor', 'reviewer')),
    PRIMARY KEY (account_id, role)
  );`,
};
