import type { PostgresMigration } from './index';

/** Staff accounts and their roles; accounts are switched off, never deleted (mirrors SQLite 015). */
export const m015StaffAccounts: PostgresMigration = {
  id: '015_staff_accounts',
  up: `CREATE TABLE staff_accounts (
    id text PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    first_name text NOT NULL,
    password_hash text NOT NULL,
    disabled boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  );
  CREATE TABLE staff_account_roles (
    account_id text NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('adviser', 'editor', 'reviewer')),
    PRIMARY KEY (account_id, role)
  );`,
};
