import type { StaffAccount, StaffRole } from './staffAccount';

/**
 * Where accounts and sessions are kept (the embedded SQLite database by default). Asynchronous
 * so a shared database can stand in later. Session ids are never stored: only their hashes.
 */

export interface NewStaffAccount {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly firstName: string;
  readonly roles: readonly StaffRole[];
  readonly passwordHash: string;
  readonly createdAt: string;
}

export interface StoredStaffSession {
  readonly idHash: string;
  readonly accountId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface StaffStore {
  /** Fails with StaffAccountError when the email is already used. */
  addAccount(account: NewStaffAccount): Promise<StaffAccount>;
  findById(id: string): Promise<StaffAccount | undefined>;
  findByEmail(email: string): Promise<StaffAccount | undefined>;
  passwordHash(accountId: string): Promise<string | undefined>;
  setPasswordHash(accountId: string, hash: string, at: string): Promise<void>;
  setDisabled(accountId: string, disabled: boolean, at: string): Promise<void>;
  setRoles(accountId: string, roles: readonly StaffRole[], at: string): Promise<void>;
  list(): Promise<StaffAccount[]>;

  addSession(session: StoredStaffSession): Promise<void>;
  findSession(idHash: string): Promise<StoredStaffSession | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Signs the account out everywhere; returns how many sessions ended. */
  deleteSessionsFor(accountId: string): Promise<number>;
  /** Retention: removes sessions that expired before `now` (ISO); returns how many. */
  deleteSessionsExpiredBefore(now: string): Promise<number>;
}
