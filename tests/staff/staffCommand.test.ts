import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runStaffCommand, type StaffCommandIo } from '../../src/cli/staffCommand';
import { StaffAccounts } from '../../src/domain/staff/staffAccounts';
import { SqliteHandoffAuditLog } from '../../src/storage/sqlite/auditLogStore';
import { openMemoryDatabase, openSqliteDatabase, type SqliteDb } from '../../src/storage/sqlite/sqliteDatabase';
import { SqliteStaffStore } from '../../src/storage/sqlite/staffStore';
import { tempDir } from '../helpers/fixtures';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('send-navigator staff', () => {
  let db: SqliteDb;
  let accounts: StaffAccounts;

  beforeEach(() => {
    db = openMemoryDatabase();
    accounts = new StaffAccounts(new SqliteStaffStore(db), { sessionHours: 8, signInAttemptsPer15Minutes: 5, passwordParameters: CHEAP });
  });
  afterEach(() => db.close());

  /** Runs a command; `typed` are the answers at the hidden prompt, `stdin` the piped line. */
  async function run(args: string[], input: { typed?: string[]; stdin?: string; terminal?: boolean } = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const prompts: string[] = [];
    const typed = [...(input.typed ?? [])];
    const io: StaffCommandIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      promptPassword: async (p) => {
        prompts.push(p);
        return input.terminal === false ? undefined : typed.shift();
      },
      readStdinLine: async () => input.stdin ?? '',
    };
    const code = await runStaffCommand(args, io, { accounts, audit: new SqliteHandoffAuditLog(db), signInUrl: 'http://localhost:3978/advisers/sign-in' });
    return { code, out: out.join('\n'), err: err.join('\n'), prompts };
  }

  it('adds an adviser, asking for the password twice at a hidden prompt', async () => {
    const r = await run(['add', '--email', 'sam@sendiass.example', '--name', 'Sam Jones', '--role', 'adviser'], { typed: ['correct horse battery', 'correct horse battery'] });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.prompts.length, 2);
    assert.match(r.out, /Added Sam Jones <sam@sendiass.example> \(adviser\)/);
    assert.match(r.out, /first name "Sam"/);
    assert.match(r.out, /sign in at http:\/\/localhost:3978\/advisers\/sign-in/);
    const signIn = await accounts.signIn('sam@sendiass.example', 'correct horse battery', '127.0.0.1');
    assert.equal(signIn.ok, true);
  });

  it('adds an account with several roles from a script (--password-stdin)', async () => {
    const r = await run(['add', '--email=alex@forum.example', '--name', 'Alex Patel', '--role', 'editor,reviewer', '--password-stdin'], { stdin: 'a script-made pass phrase' });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.prompts.length, 0);
    assert.deepEqual((await accounts.findByEmail('alex@forum.example'))?.roles, ['editor', 'reviewer']);
  });

  it('refuses mismatched passwords, short ones, unknown roles and missing options, changing nothing', async () => {
    const mismatch = await run(['add', '--email', 'a@x.example', '--name', 'A B', '--role', 'adviser'], { typed: ['first pass phrase!', 'second pass phrase'] });
    assert.equal(mismatch.code, 1);
    assert.match(mismatch.err, /not the same/);
    const short = await run(['add', '--email', 'a@x.example', '--name', 'A B', '--role', 'adviser', '--password-stdin'], { stdin: 'short' });
    assert.equal(short.code, 1);
    assert.match(short.err, /at least 12 characters/);
    const role = await run(['add', '--email', 'a@x.example', '--name', 'A B', '--role', 'manager']);
    assert.equal(role.code, 1);
    assert.match(role.err, /"manager" is not a role/);
    const missing = await run(['add', '--email', 'a@x.example']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--name is required/);
    const noTerminal = await run(['add', '--email', 'a@x.example', '--name', 'A B', '--role', 'adviser'], { terminal: false });
    assert.equal(noTerminal.code, 2);
    assert.match(noTerminal.err, /--password-stdin/);
    assert.deepEqual(await accounts.list(), []);
  });

  it('disables, enables, resets a password and lists accounts', async () => {
    await run(['add', '--email', 'sam@sendiass.example', '--name', 'Sam Jones', '--role', 'adviser', '--password-stdin'], { stdin: 'the first pass phrase' });
    const session = await accounts.signIn('sam@sendiass.example', 'the first pass phrase', '127.0.0.1');
    assert.ok(session.ok);

    const disabled = await run(['disable', '--email', 'sam@sendiass.example']);
    assert.equal(disabled.code, 0);
    assert.match(disabled.out, /Switched off Sam Jones/);
    assert.equal(await accounts.authenticate(session.staff.sessionId), undefined, 'signed out at once');
    assert.match((await run(['list'])).out, /sam@sendiass\.example\s+Sam Jones\s+adviser\s+off/);

    assert.equal((await run(['enable', '--email', 'sam@sendiass.example'])).code, 0);
    assert.match((await run(['list'])).out, /sam@sendiass\.example\s+Sam Jones\s+adviser\s+active/);

    const reset = await run(['reset-password', '--email', 'sam@sendiass.example'], { typed: ['the second pass phrase', 'the second pass phrase'] });
    assert.equal(reset.code, 0, reset.err);
    assert.equal((await accounts.signIn('sam@sendiass.example', 'the first pass phrase', '127.0.0.2')).ok, false);
    assert.equal((await accounts.signIn('sam@sendiass.example', 'the second pass phrase', '127.0.0.2')).ok, true);

    const json = (await run(['list', '--json'])).out.split('\n').map((l) => JSON.parse(l) as { email: string; disabled: boolean });
    assert.deepEqual(json.map((a) => [a.email, a.disabled]), [['sam@sendiass.example', false]]);
    assert.equal((await run(['disable', '--email', 'nobody@x.example'])).code, 1);
  });

  it('changes roles and shows the audit log', async () => {
    await run(['add', '--email', 'sam@sendiass.example', '--name', 'Sam Jones', '--role', 'adviser', '--password-stdin'], { stdin: 'the first pass phrase' });
    assert.equal((await run(['roles', '--email', 'sam@sendiass.example', '--role', 'adviser,reviewer'])).code, 0);
    const sam = (await accounts.findByEmail('sam@sendiass.example'))!;
    assert.deepEqual(sam.roles, ['adviser', 'reviewer']);
    await new SqliteHandoffAuditLog(db).record({ at: new Date().toISOString(), staffId: sam.id, handoffId: 'h-123', action: 'took' });
    assert.match((await run(['audit', '--handoff', 'h-123'])).out, /Sam Jones <sam@sendiass.example>  took  handoff h-123/);
  });

  it('works end to end from the real command line against DATA_DIR', function () {
    this.timeout(30000);
    const dataDir = tempDir();
    const bin = path.resolve(__dirname, '../../bin/send-navigator.js');
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const add = spawnSync(process.execPath, [bin, 'staff', 'add', '--email', 'kim@sendiass.example', '--name', 'Kim Lee', '--role', 'adviser', '--password-stdin'],
      { input: 'kim pass phrase here\n', env, encoding: 'utf8' });
    assert.equal(add.status, 0, add.stderr);
    assert.match(add.stdout, /Added Kim Lee/);
    const list = spawnSync(process.execPath, [bin, 'staff', 'list'], { env, encoding: 'utf8' });
    assert.match(list.stdout, /kim@sendiass\.example\s+Kim Lee\s+adviser\s+active/);
    const db = openSqliteDatabase(dataDir);
    try {
      const hash = (db.prepare('SELECT password_hash FROM staff_accounts').get() as { password_hash: string }).password_hash;
      assert.match(hash, /^scrypt\$65536\$8\$2\$/, 'full-strength hashing outside tests');
    } finally {
      db.close();
    }
  });
});
