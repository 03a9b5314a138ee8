import type { PoolClient } from 'pg';
import { StaffAccountError, STAFF_ROLES, type StaffAccount, type StaffRole } from '../../domain/staff/staffAccount';
import type { NewStaffAccount, StaffStore, StoredStaffSession } from '../../domain/staff/staffStore';
import { isoOf, type PostgresDatabase } from './postgresDatabase';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  first_name: string;
  disabled: boolean;
  created_at: Date;
  roles: string[] | null;
}

interface SessionRow {
  id_hash: string;
  account_id: string;
  created_at: Date;
  expires_at: Date;
}

const SELECT_ACCOUNT = `SELECT a.id, a.email, a.name, a.first_name, a.disabled, a.created_at,
  (SELECT array_agg(role) FROM staff_account_roles r WHERE r.account_id = a.id) AS roles
  FROM staff_accounts a`;

function toAccount(row: AccountRow): StaffAccount {
  const held = new Set(row.roles ?? []);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    firstName: row.first_name,
    // Always in the same order, whatever order they were stored in.
    roles: STAFF_ROLES.filter((r) => held.has(r)),
    disabled: row.disabled,
    createdAt: isoOf(row.created_at),
  };
}

/** Staff accounts and sessions in the shared PostgreSQL database (migrations 015 and 016): a session works on every instance. */
export class PostgresStaffStore implements StaffStore {
  constructor(private readonly db: PostgresDatabase) {}

  async addAccount(account: NewStaffAccount): Promise<StaffAccount> {
    try {
      await this.db.transaction(async (client) => {
        await client.query(`INSERT INTO staff_accounts (id, email, name, first_name, password_hash, disabled, created_at, updated_at)
          VALUES ($1, $2, $3, $4, $5, false, $6, $6)`, [account.id, account.email, account.name, account.firstName, account.passwordHash, account.createdAt]);
        await insertRoles(client, account.id, account.roles);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new StaffAccountError(`There is already an account for ${account.email}.`);
      throw e;
    }
    return (await this.findById(account.id))!;
  }

  async findById(id: string): Promise<StaffAccount | undefined> {
    const { rows } = await this.db.query<AccountRow>(`${SELECT_ACCOUNT} WHERE a.id = $1`, [id]);
    return rows[0] && toAccount(rows[0]);
  }

  async findByEmail(email: string): Promise<StaffAccount | undefined> {
    const { rows } = await this.db.query<AccountRow>(`${SELECT_ACCOUNT} WHERE a.email = $1`, [email]);
    return rows[0] && toAccount(rows[0]);
  }

  async passwordHash(accountId: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ password_hash: string }>('SELECT password_hash FROM staff_accounts WHERE id = $1', [accountId]);
    return rows[0]?.password_hash;
  }

  async setPasswordHash(accountId: string, hash: string, at: string): Promise<void> {
    await this.db.query('UPDATE staff_accounts SET password_hash = $1, updated_at = $2 WHERE id = $3', [hash, at, accountId]);
  }

  async setDisabled(accountId: string, disabled: boolean, at: string): Promise<void> {
    await this.db.query('UPDATE staff_accounts SET disabled = $1, updated_at = $2 WHERE id = $3', [disabled, at, accountId]);
  }

  async setRoles(accountId: string, roles: readonly StaffRole[], at: string): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query('DELETE FROM staff_account_roles WHERE account_id = $1', [accountId]);
      await insertRoles(client, accountId, roles);
      await client.query('UPDATE staff_accounts SET updated_at = $1 WHERE id = $2', [at, accountId]);
    });
  }

  async list(): Promise<StaffAccount[]> {
    return (await this.db.query<AccountRow>(`${SELECT_ACCOUNT} ORDER BY a.email`)).rows.map(toAccount);
  }

  async addSession(session: StoredStaffSession): Promise<void> {
    await this.db.query('INSERT INTO staff_sessions (id_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [session.idHash, session.accountId, session.createdAt, session.expiresAt]);
  }

  async findSession(idHash: string): Promise<StoredStaffSession | undefined> {
    const { rows } = await this.db.query<SessionRow>('SELECT id_hash, account_id, created_at, expires_at FROM staff_sessions WHERE id_hash = $1', [idHash]);
    const row = rows[0];
    return row && { idHash: row.id_hash, accountId: row.account_id, createdAt: isoOf(row.created_at), expiresAt: isoOf(row.expires_at) };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteSessionsFor(accountId: string): Promise<number> {
    return (await this.db.query('DELETE FROM staff_sessions WHERE account_id = $1', [accountId])).rowCount ?? 0;
  }

  async deleteSessionsExpiredBefore(now: string): Promise<number> {
    return (await this.db.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now])).rowCount ?? 0;
  }
}

async function insertRoles(client: PoolClient, accountId: string, roles: readonly StaffRole[]): Promise<void> {
  for (const role of roles) {
    await client.query('INSERT INTO staff_account_roles (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING', [accountId, role]);
  }
}
