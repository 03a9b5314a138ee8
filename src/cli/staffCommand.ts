import type { ReadStream } from 'node:tty';
import type { AppConfig } from '../config/config';
import type { HandoffAuditLog } from '../domain/staff/handoffAuditLog';
import { parseRoles, StaffAccountError, type StaffAccount } from '../domain/staff/staffAccount';
import { StaffAccounts } from '../domain/staff/staffAccounts';
import { openStores } from '../storage/storageFactory';
import { createLogger } from '../logging/logger';

/**
 * `send-navigator staff ...`: manage staff accounts (advisers, KB editors, reviewers) in the
 * embedded database. Works while the server runs: a disabled account or a new password takes
 * effect on the next request. Passwords are typed at a hidden prompt, or read from stdin with
 * --password-stdin for scripts; they are never taken as an argument (it would land in the shell
 * history and the process list).
 */

export const STAFF_USAGE = `Usage: send-navigator staff <command>

  staff add --email E --name "First Last" --role adviser[,editor,reviewer] [--first-name F] [--password-stdin]
  staff disable --email E          switch an account off (it is signed out at once)
  staff enable --email E           switch it back on
  staff reset-password --email E [--password-stdin]   set a new password (signs the account out everywhere)
  staff roles --email E --role R[,R]                  replace the account's roles
  staff list [--json]
  staff audit [--handoff ID] [--days N]               who viewed or took which handoff

Passwords: at least 12 characters (three random words work well). Without --password-stdin you
are asked twice at a hidden prompt.`;

export interface StaffCommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks at a hidden prompt (a terminal); undefined when there is no terminal to ask at. */
  promptPassword(prompt: string): Promise<string | undefined>;
  /** The first line of stdin, for --password-stdin. */
  readStdinLine(): Promise<string>;
}

export interface StaffCommandContext {
  readonly accounts: StaffAccounts;
  readonly audit: HandoffAuditLog;
  /** Told to a new account's owner: where to sign in. */
  readonly signInUrl: string;
  readonly clock?: () => Date;
}

const VALUE_FLAGS = new Set(['email', 'name', 'first-name', 'role', 'roles', 'handoff', 'days']);
const BOOLEAN_FLAGS = new Set(['password-stdin', 'json']);

class UsageError extends Error {}

function parseFlags(args: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected "${arg}".`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (BOOLEAN_FLAGS.has(name)) {
      flags.set(name, 'true');
    } else if (VALUE_FLAGS.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
      flags.set(name === 'roles' ? 'role' : name, value);
    } else {
      throw new UsageError(`Unknown option --${name}.`);
    }
  }
  return flags;
}

function required(flags: Map<string, string>, name: string): string {
  const value = flags.get(name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

function describe(account: StaffAccount): string {
  return `${account.name} <${account.email}> (${account.roles.join(', ')})${account.disabled ? ', switched off' : ''}`;
}

async function newPassword(flags: Map<string, string>, io: StaffCommandIo, email: string): Promise<string> {
  if (flags.has('password-stdin')) {
    const password = await io.readStdinLine();
    if (!password) throw new StaffAccountError('No password on stdin.');
    return password;
  }
  const first = await io.promptPassword(`New password for ${email} (at least 12 characters): `);
  if (first === undefined) throw new UsageError('There is no terminal to ask for the password at: pipe it in and add --password-stdin.');
  const again = await io.promptPassword('Type it again: ');
  if (again !== first) throw new StaffAccountError('The two passwords were not the same. Nothing was changed.');
  return first;
}

export async function runStaffCommand(args: readonly string[], io: StaffCommandIo, ctx: StaffCommandContext): Promise<number> {
  const [sub, ...rest] = args;
  try {
    const flags = parseFlags(rest);
    switch (sub) {
      case 'add': {
        const email = required(flags, 'email');
        const name = required(flags, 'name');
        const roles = parseRoles(required(flags, 'role'));
        // Check the easy things before asking for a password.
        if (await ctx.accounts.findByEmail(email)) throw new StaffAccountError(`There is already an account for ${email.trim().toLowerCase()}.`);
        const password = await newPassword(flags, io, email);
        const account = await ctx.accounts.add({ email, name, firstName: flags.get('first-name'), roles, password });
        io.out(`Added ${describe(account)}. Parents will see the first name "${account.firstName}".`);
        io.out(`They can sign in at ${ctx.signInUrl}`);
        return 0;
      }
      case 'disable': {
        const account = await ctx.accounts.disable(required(flags, 'email'));
        io.out(`Switched off ${describe(account)}. They have been signed out and cannot sign in.`);
        return 0;
      }
      case 'enable': {
        const account = await ctx.accounts.enable(required(flags, 'email'));
        io.out(`Switched on ${describe(account)}. They can sign in again.`);
        return 0;
      }
      case 'reset-password': {
        const email = required(flags, 'email');
        if (!(await ctx.accounts.findByEmail(email))) throw new StaffAccountError(`There is no account for ${email.trim().toLowerCase()}.`);
        const account = await ctx.accounts.resetPassword(email, await newPassword(flags, io, email));
        io.out(`New password set for ${describe(account)}. They have been signed out everywhere.`);
        return 0;
      }
      case 'roles': {
        const account = await ctx.accounts.setRoles(required(flags, 'email'), parseRoles(required(flags, 'role')));
        io.out(`Roles now: ${describe(account)}. This applies from their next page.`);
        return 0;
      }
      case 'list': {
        const accounts = await ctx.accounts.list();
        if (flags.has('json')) {
          for (const a of accounts) io.out(JSON.stringify({ email: a.email, name: a.name, firstName: a.firstName, roles: a.roles, disabled: a.disabled, createdAt: a.createdAt }));
          return 0;
        }
        if (!accounts.length) {
          io.out('No staff accounts yet. Add one with: send-navigator staff add --email E --name "First Last" --role adviser');
          return 0;
        }
        const rows = [['email', 'name', 'roles', 'status', 'added'], ...accounts.map((a) => [a.email, a.name, a.roles.join(','), a.disabled ? 'off' : 'active', a.createdAt.slice(0, 10)])];
        const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
        for (const r of rows) io.out(r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
        return 0;
      }
      case 'audit': {
        const handoff = flags.get('handoff');
        const days = Number(flags.get('days') ?? '30');
        if (!Number.isFinite(days) || days <= 0) throw new UsageError('--days must be a positive number.');
        const now = (ctx.clock ?? (() => new Date()))();
        const rows = handoff
          ? await ctx.audit.forHandoff(handoff)
          : await ctx.audit.since(new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString());
        if (!rows.length) io.out('Nothing in the audit log for that.');
        for (const r of rows) io.out(`${r.at}  ${r.staffName} <${r.staffEmail}>  ${r.action}  handoff ${r.handoffId}`);
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
        io.out(STAFF_USAGE);
        return sub ? 0 : 2;
      default:
        throw new UsageError(`Unknown staff command "${sub}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`staff: ${e.message}\n\n${STAFF_USAGE}`);
      return 2;
    }
    if (e instanceof StaffAccountError) {
      io.err(`staff: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** Reads a line at a hidden prompt on a terminal (nothing is echoed); undefined without a terminal. */
export function promptHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string | undefined> {
  const tty = input as ReadStream;
  if (!tty.isTTY || typeof tty.setRawMode !== 'function') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    output.write(prompt);
    let value = '';
    const finish = () => {
      tty.setRawMode(false);
      tty.pause();
      tty.removeListener('data', onData);
      output.write('\n');
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') { finish(); resolve(value); return; }
        if (ch === '\u0003' || ch === '\u0004') { finish(); reject(new StaffAccountError('Cancelled. Nothing was changed.')); return; }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    tty.setRawMode(true);
    tty.resume();
    tty.on('data', onData);
  });
}

/** The first line of a stream (without its line ending). */
export async function readFirstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

/**
 * The command as the CLI runs it: the server's own database (the SQLite file under DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set), the terminal for passwords.
 */
export async function runStaffCli(args: readonly string[], config: AppConfig, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const stores = await openStores(config, createLogger({ level: 'warn' }), { listen: false });
  try {
    const accounts = new StaffAccounts(stores.staff, config.staff);
    const io: StaffCommandIo = { out, err, promptPassword: (p) => promptHidden(p), readStdinLine: () => readFirstLine() };
    return await runStaffCommand(args, io, { accounts, audit: stores.handoffAudit, signInUrl: `${config.publicUrl}/advisers/sign-in` });
  } finally {
    await stores.close();
  }
}
