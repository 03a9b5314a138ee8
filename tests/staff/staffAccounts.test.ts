import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from '../../src/domain/staff/passwordHashing';
import { hashSessionId } from '../../src/domain/staff/sessionTokens';
import { SignInRateLimiter } from '../../src/domain/staff/signInRateLimiter';
import { parseRoles, StaffAccountError } from '../../src/domain/staff/staffAccount';
import { StaffAccounts } from '../../src/domain/staff/staffAccounts';
import { openMemoryDatabase, type SqliteDb } from '../../src/storage/sqlite/sqliteDatabase';
import { SqliteStaffStore } from '../../src/storage/sqlite/staffStore';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'correct horse battery staple';

describe('staff passwords', () => {
  it('are stored as salted scrypt hashes with their parameters', async () => {
    const a = await hashPassword(PASSWORD, CHEAP);
    const b = await hashPassword(PASSWORD, CHEAP);
    assert.match(a, /^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    assert.notEqual(a, b, 'a fresh salt each time');
    assert.ok(!a.includes(PASSWORD));
    assert.equal(await verifyPassword(PASSWORD, a), true);
    assert.equal(await verifyPassword(PASSWORD + ' ', a), false);
    assert.equal(await verifyPassword(PASSWORD, 'not a hash'), false);
    assert.equal(await verifyPassword(PASSWORD, 'scrypt$1000$8$1$AAAA$AAAA'), false, 'bad parameters never match');
  });
});

describe('staff accounts and sessions', () => {
  let db: SqliteDb;
  let now: Date;
  let accounts: StaffAccounts;

  beforeEach(async () => {
    db = openMemoryDatabase();
    now = new Date('2026-11-23T09:00:00Z');
    accounts = new StaffAccounts(new SqliteStaffStore(db), { sessionHours: 8, signInAttemptsPer15Minutes: 5, clock: () => now, passwordParameters: CHEAP });
    await accounts.add({ email: ' Sam@SENDIASS.example', name: 'Sam  Jones', roles: ['adviser', 'editor'], password: PASSWORD });
  });
  afterEach(() => db.close());

  it('adds an account with a tidy email, name and first name', async () => {
    const [sam] = await accounts.list();
    assert.equal(sam.email, 'sam@sendiass.example');
    assert.equal(sam.name, 'Sam Jones');
    assert.equal(sam.firstName, 'Sam');
    assert.deepEqual(sam.roles, ['adviser', 'editor']);
    assert.equal(sam.disabled, false);
  });

  it('refuses a second account for the same email, a short password and an unknown role', async () => {
    await assert.rejects(accounts.add({ email: 'sam@sendiass.example', name: 'Sam Two', roles: ['adviser'], password: PASSWORD }), /already an account/);
    await assert.rejects(accounts.add({ email: 'new@sendiass.example', name: 'New', roles: ['adviser'], password: 'short' }), /at least 12 characters/);
    await assert.rejects(accounts.add({ email: 'not-an-email', name: 'New', roles: ['adviser'], password: PASSWORD }), StaffAccountError);
    assert.throws(() => parseRoles('adviser,boss'), /"boss" is not a role/);
    assert.deepEqual(parseRoles('Reviewer, adviser,reviewer'), ['reviewer', 'adviser']);
  });

  it('signs in and keeps only a hash of the session id', async () => {
    const result = await accounts.signIn('SAM@sendiass.example', PASSWORD, '10.0.0.1');
    assert.ok(result.ok);
    const { sessionId, csrfToken, expiresAt } = result.staff;
    assert.equal(expiresAt, '2026-11-23T17:00:00.000Z');
    const stored = db.prepare('SELECT id_hash FROM staff_sessions').all() as Array<{ id_hash: string }>;
    assert.deepEqual(stored.map((r) => r.id_hash), [hashSessionId(sessionId)]);
    const again = await accounts.authenticate(sessionId);
    assert.equal(again?.account.firstName, 'Sam');
    assert.equal(again?.csrfToken, csrfToken, 'the CSRF token belongs to the session');
    const second = await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1');
    assert.ok(second.ok && second.staff.csrfToken !== csrfToken, 'each session has its own token');
  });

  it('ends a session when it expires', async () => {
    const result = await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1');
    assert.ok(result.ok);
    now = new Date('2026-11-23T16:59:00Z');
    assert.ok(await accounts.authenticate(result.staff.sessionId));
    now = new Date('2026-11-23T17:00:00Z');
    assert.equal(await accounts.authenticate(result.staff.sessionId), undefined);
  });

  it('switching an account off signs it out and stops sign-in; switching it on allows it again', async () => {
    const result = await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1');
    assert.ok(result.ok);
    await accounts.disable('sam@sendiass.example');
    assert.equal(await accounts.authenticate(result.staff.sessionId), undefined);
    assert.deepEqual(await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1'), { ok: false, reason: 'invalid' });
    await accounts.enable('sam@sendiass.example');
    assert.equal((await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1')).ok, true);
  });

  it('a password reset signs the account out everywhere and the old password stops working', async () => {
    const result = await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1');
    assert.ok(result.ok);
    await accounts.resetPassword('sam@sendiass.example', 'a brand new pass phrase');
    assert.equal(await accounts.authenticate(result.staff.sessionId), undefined);
    assert.equal((await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1')).ok, false);
    assert.equal((await accounts.signIn('sam@sendiass.example', 'a brand new pass phrase', '10.0.0.1')).ok, true);
  });

  it('rate-limits wrong passwords for an account, whatever the address', async () => {
    for (let i = 0; i < 5; i++) await accounts.signIn('sam@sendiass.example', 'wrong wrong wrong', `10.0.0.${i}`);
    const blocked = await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.99');
    assert.deepEqual(blocked, { ok: false, reason: 'rate-limited', minutesToWait: 15 });
    now = new Date(now.getTime() + 15 * 60 * 1000 + 1000);
    assert.equal((await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.99')).ok, true, 'allowed again after 15 minutes');
  });

  it('purges expired sessions', async () => {
    await accounts.signIn('sam@sendiass.example', PASSWORD, '10.0.0.1');
    now = new Date('2026-11-24T09:00:00Z');
    assert.equal(await accounts.purgeExpiredSessions(), 1);
  });
});

describe('sign-in rate limiter', () => {
  it('counts failures per address across accounts, and a success clears only the account', () => {
    let now = new Date('2026-11-23T09:00:00Z');
    const limiter = new SignInRateLimiter(3, () => now);
    limiter.recordFailure('a@x.example', '1.1.1.1');
    limiter.recordFailure('b@x.example', '1.1.1.1');
    assert.equal(limiter.allows('c@x.example', '1.1.1.1'), true);
    limiter.recordFailure('c@x.example', '1.1.1.1');
    assert.equal(limiter.allows('d@x.example', '1.1.1.1'), false, 'the address has used its 3 tries');
    assert.equal(limiter.allows('d@x.example', '2.2.2.2'), true);
    now = new Date('2026-11-23T09:10:00Z');
    assert.equal(limiter.minutesToWait('d@x.example', '1.1.1.1'), 5);
    limiter.recordSuccess('a@x.example');
    assert.equal(limiter.allows('a@x.example', '2.2.2.2'), true);
  });
});
