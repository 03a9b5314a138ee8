import { randomUUID } from 'node:crypto';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParameters } from './passwordHashing';
import { csrfTokenFor, hashSessionId, newRandomToken } from './sessionTokens';
import { SignInRateLimiter } from './signInRateLimiter';
import {
  checkEmail, checkName, checkNewPassword, firstNameOf, normaliseEmail, PASSWORD_MAX_LENGTH, StaffAccountError,
  type StaffAccount, type StaffRole,
} from './staffAccount';
import type { StaffStore } from './staffStore';

/**
 * Everything about staff accounts and their sessions: the CLI and the sign-in routes both go
 * through here, so the rules (password length, disabled accounts, rate limits) live in one place.
 */

export interface StaffAccountsOptions {
  readonly sessionHours: number;
  readonly signInAttemptsPer15Minutes: number;
  readonly clock?: () => Date;
  /** Cost of new password hashes (tests use a cheaper one). */
  readonly passwordParameters?: ScryptParameters;
}

export interface NewAccountInput {
  readonly email: string;
  readonly name: string;
  readonly firstName?: string;
  readonly roles: readonly StaffRole[];
  readonly password: string;
}

/** A valid session: who is signed in, and the tokens the pages need. */
export interface SignedInStaff {
  readonly account: StaffAccount;
  /** The raw id from the cookie (never stored). */
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export type SignInResult =
  | { readonly ok: true; readonly staff: SignedInStaff }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'rate-limited'; readonly minutesToWait: number };

export class StaffAccounts {
  private readonly clock: () => Date;
  private readonly limiter: SignInRateLimiter;
  private readonly passwordParameters: ScryptParameters;
  private dummyHash?: Promise<string>;

  constructor(private readonly store: StaffStore, private readonly options: StaffAccountsOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.limiter = new SignInRateLimiter(options.signInAttemptsPer15Minutes, this.clock);
    this.passwordParameters = options.passwordParameters ?? DEFAULT_SCRYPT;
  }

  async add(input: NewAccountInput): Promise<StaffAccount> {
    const email = checkEmail(input.email);
    const name = checkName(input.name);
    const firstName = firstNameOf(name, input.firstName);
    if (!input.roles.length) throw new StaffAccountError('Give at least one role.');
    checkNewPassword(input.password);
    if (await this.store.findByEmail(email)) throw new StaffAccountError(`There is already an account for ${email}.`);
    return this.store.addAccount({
      id: randomUUID(), email, name, firstName, roles: [...input.roles],
      passwordHash: await hashPassword(input.password, this.passwordParameters),
      createdAt: this.now(),
    });
  }

  /** Switches the account off and ends its sessions at once. */
  async disable(email: string): Promise<StaffAccount> {
    const account = await this.require(email);
    await this.store.setDisabled(account.id, true, this.now());
    await this.store.deleteSessionsFor(account.id);
    return { ...account, disabled: true };
  }

  async enable(email: string): Promise<StaffAccount> {
    const account = await this.require(email);
    await this.store.setDisabled(account.id, false, this.now());
    return { ...account, disabled: false };
  }

  /** A new password also signs the account out everywhere. */
  async resetPassword(email: string, password: string): Promise<StaffAccount> {
    const account = await this.require(email);
    checkNewPassword(password);
    await this.store.setPasswordHash(account.id, await hashPassword(password, this.passwordParameters), this.now());
    await this.store.deleteSessionsFor(account.id);
    return account;
  }

  async setRoles(email: string, roles: readonly StaffRole[]): Promise<StaffAccount> {
    const account = await this.require(email);
    if (!roles.length) throw new StaffAccountError('Give at least one role.');
    await this.store.setRoles(account.id, roles, this.now());
    return { ...account, roles: [...roles] };
  }

  list(): Promise<StaffAccount[]> {
    return this.store.list();
  }

  findById(id: string): Promise<StaffAccount | undefined> {
    return this.store.findById(id);
  }

  findByEmail(email: string): Promise<StaffAccount | undefined> {
    return this.store.findByEmail(normaliseEmail(email));
  }

  /**
   * Checks the password and starts a session. An unknown email, a wrong password and a disabled
   * account give the same answer, in about the same time, so none can be told apart.
   */
  async signIn(emailInput: string, password: string, address: string): Promise<SignInResult> {
    const email = normaliseEmail(emailInput).slice(0, 254);
    if (!this.limiter.allows(email, address)) {
      return { ok: false, reason: 'rate-limited', minutesToWait: this.limiter.minutesToWait(email, address) };
    }
    const account = await this.store.findByEmail(email);
    const stored = account ? await this.store.passwordHash(account.id) : undefined;
    const candidate = password.slice(0, PASSWORD_MAX_LENGTH + 1);
    const matches = await verifyPassword(candidate, stored ?? await this.dummy());
    if (!account || !stored || !matches || account.disabled) {
      this.limiter.recordFailure(email, address);
      return { ok: false, reason: 'invalid' };
    }
    this.limiter.recordSuccess(email);
    const sessionId = newRandomToken();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.options.sessionHours * 3600 * 1000).toISOString();
    await this.store.addSession({ idHash: hashSessionId(sessionId), accountId: account.id, createdAt: now.toISOString(), expiresAt });
    return { ok: true, staff: { account, sessionId, csrfToken: csrfTokenFor(sessionId), expiresAt } };
  }

  /** The signed-in staff member for a session id, if the session is current and the account still on. */
  async authenticate(sessionId: string | undefined): Promise<SignedInStaff | undefined> {
    if (!sessionId || sessionId.length > 100) return undefined;
    const idHash = hashSessionId(sessionId);
    const session = await this.store.findSession(idHash);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      await this.store.deleteSession(idHash);
      return undefined;
    }
    const account = await this.store.findById(session.accountId);
    if (!account || account.disabled) return undefined;
    return { account, sessionId, csrfToken: csrfTokenFor(sessionId), expiresAt: session.expiresAt };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.store.deleteSession(hashSessionId(sessionId));
  }

  purgeExpiredSessions(): Promise<number> {
    return this.store.deleteSessionsExpiredBefore(this.now());
  }

  private async require(email: string): Promise<StaffAccount> {
    const account = await this.store.findByEmail(normaliseEmail(email));
    if (!account) throw new StaffAccountError(`There is no account for ${normaliseEmail(email)}.`);
    return account;
  }

  /** A hash to check against when there is no account, so the reply takes as long as a real check. */
  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(newRandomToken(), DEFAULT_SCRYPT);
    return this.dummyHash;
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
