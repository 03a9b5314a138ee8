import { StaffAccountError, STAFF_ROLES, type StaffAccount, type StaffRole } from '../../domain/staff/staffAccount';
import type { NewStaffAccount, StaffStore, StoredStaffSession } from '../../domain/staff/staffStore';
import type { SqliteDb } from './sqliteDatabase';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  first_name: string;
  disabled: number;
  created_at: string;
  roles: string | null;
}

interface SessionRow {
  id_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
}

const SELECT_ACCOUNT = `SELECT a.id, a.email, a.name, a.first_name, a.disabled, a.created_at,
  (SELECT group_concat(role, ',') FROM staff_account_roles r WHERE r.account_id = a.id) AS roles
  FROM staff_accounts a`;

function toAccount(row: AccountRow): StaffAccount {
  const held = new Set((row.roles ?? '').split(',').filter(Boolean));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    firstName: row.first_name,
    // Always in the same order, whatever order they were stored in.
    roles: STAFF_ROLES.filter((r) => held.has(r)),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

/** Staff accounts and sessions in the embedded database (migrations 015 and 016). */
export class SqliteStaffStore implements StaffStore {
  constructor(private readonly db: SqliteDb) {}

  async addAccount(account: NewStaffAccount): Promise<StaffAccount> {
    try {
      this.db.transaction(() => {
        this.db.prepare(`INSERT INTO staff_accounts (id, email, name, first_name, password_hash, disabled, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, 0, ?, ?)`).run(account.id, account.email, account.name, account.firstName, account.passwordHash, account.createdAt, account.createdAt);
        this.insertRoles(account.id, account.roles);
      })();
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new StaffAccountError(`There is already an account for ${account.email}.`);
      throw e;
    }
    return (await this.findById(account.id))!;
  }

  async findById(id: string): Promise<StaffAccount | undefined> {
    const row = this.db.prepare(`${SELECT_ACCOUNT} WHERE a.id = ?`).get(id) as AccountRow | undefined;
    return row && toAccount(row);
  }

  async findByEmail(email: string): Promise<StaffAccount | undefined> {
    const row = this.db.prepare(`${SELECT_ACCOUNT} WHERE a.email = ?`).get(email) as AccountRow | undefined;
    return row && toAccount(row);
  }

  async passwordHash(accountId: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT password_hash FROM staff_accounts WHERE id = ?').get(accountId) as { password_hash: string } | undefined;
    return row?.password_hash;
  }

  async setPasswordHash(accountId: string, hash: string, at: string): Promise<void> {
    this.db.prepare('UPDATE staff_accounts SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, at, accountId);
  }

  async setDisabled(accountId: string, disabled: boolean, at: string): Promise<void> {
    this.db.prepare('UPDATE staff_accounts SET disabled = ?, updated_at = ? WHERE id = ?').run(disabled ? 1 : 0, at, accountId);
  }

  async setRoles(accountId: string, roles: readonly StaffRole[], at: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM staff_account_roles WHERE account_id = ?').run(accountId);
      this.insertRoles(accountId, roles);
      this.db.prepare('UPDATE staff_accounts SET updated_at = ? WHERE id = ?').run(at, accountId);
    })();
  }

  async list(): Promise<StaffAccount[]> {
    return (this.db.prepare(`${SELECT_ACCOUNT} ORDER BY a.email`).all() as AccountRow[]).map(toAccount);
  }

  async addSession(session: StoredStaffSession): Promise<void> {
    this.db.prepare('INSERT INTO staff_sessions (id_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(session.idHash, session.accountId, session.createdAt, session.expiresAt);
  }

  async findSession(idHash: string): Promise<StoredStaffSession | undefined> {
    const row = this.db.prepare('SELECT id_hash, account_id, created_at, expires_at FROM staff_sessions WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
    return row && { idHash: row.id_hash, accountId: row.account_id, createdAt: row.created_at, expiresAt: row.expires_at };
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteSessionsFor(accountId: string): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE account_id = ?').run(accountId).changes;
  }

  async deleteSessionsExpiredBefore(now: string): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(now).changes;
  }

  private insertRoles(accountId: string, roles: readonly StaffRole[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO staff_account_roles (account_id, role) VALUES (?, ?)');
    for (const role of roles) insert.run(accountId, role);
  }
}
