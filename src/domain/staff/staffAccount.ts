/**
 * Staff accounts: SENDIASS advisers, knowledge-base editors and reviewers share one account
 * system. An account may hold several roles. Accounts are never deleted, only switched off, so
 * the audit log can always say who did what.
 */

export const STAFF_ROLES = ['adviser', 'editor', 'reviewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffAccount {
  readonly id: string;
  /** Lower case; the sign-in name. */
  readonly email: string;
  /** Full name, e.g. "Sam Jones". */
  readonly name: string;
  /** What parents see: "an adviser from SENDIASS, Sam, has joined". */
  readonly firstName: string;
  readonly roles: readonly StaffRole[];
  readonly disabled: boolean;
  readonly createdAt: string;
}

/** Thrown for a request the account rules refuse; the message is safe to show to staff. */
export class StaffAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffAccountError';
  }
}

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any pass phrase, short enough that hashing cannot be used to tie up the server. */
export const PASSWORD_MAX_LENGTH = 256;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string): string {
  const e = normaliseEmail(email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) || e.length > 254) throw new StaffAccountError(`"${email}" is not an email address.`);
  return e;
}

/** "adviser,editor" -> ['adviser', 'editor']; refuses unknown roles and an empty list. */
export function parseRoles(text: string): StaffRole[] {
  const parts = text.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (!parts.length) throw new StaffAccountError(`Give at least one role: ${STAFF_ROLES.join(', ')}.`);
  const roles: StaffRole[] = [];
  for (const p of parts) {
    if (!(STAFF_ROLES as readonly string[]).includes(p)) throw new StaffAccountError(`"${p}" is not a role. Roles are: ${STAFF_ROLES.join(', ')}.`);
    if (!roles.includes(p as StaffRole)) roles.push(p as StaffRole);
  }
  return roles;
}

/** The first word of the full name, unless a first name is given. */
export function firstNameOf(name: string, firstName?: string): string {
  const given = firstName?.trim() || name.trim().split(/\s+/)[0] || '';
  if (!given) throw new StaffAccountError('Give the person\'s name, e.g. --name "Sam Jones".');
  if (given.length > 40) throw new StaffAccountError('The first name is too long (40 characters at most).');
  return given;
}

export function checkName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (!n) throw new StaffAccountError('Give the person\'s name, e.g. --name "Sam Jones".');
  if (n.length > 100) throw new StaffAccountError('The name is too long (100 characters at most).');
  return n;
}

/** Length is what matters most (NCSC guidance); no composition rules. */
export function checkNewPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw new StaffAccountError(`The password must be at least ${PASSWORD_MIN_LENGTH} characters. Three random words work well.`);
  if (password.length > PASSWORD_MAX_LENGTH) throw new StaffAccountError(`The password must be at most ${PASSWORD_MAX_LENGTH} characters.`);
}

export function hasRole(account: StaffAccount, role: StaffRole): boolean {
  return account.roles.includes(role);
}
