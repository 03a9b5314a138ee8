import assert from 'node:assert/strict';
import type { NewStaffAccount } from '../../src/domain/staff/staffStore';
import { forEachBackend } from './backends';

const SAM: NewStaffAccount = {
  id: 'acc-sam', email: 'sam@sendiass.example', name: 'Sam Jones', firstName: 'Sam', roles: ['reviewer', 'adviser'],
  passwordHash: 'scrypt$hash-one', createdAt: '2026-11-01T09:00:00.000Z',
};
const ALEX: NewStaffAccount = {
  id: 'acc-alex', email: 'alex@forum.example', name: 'Alex Smith', firstName: 'Alex', roles: ['editor'],
  passwordHash: 'scrypt$hash-two', createdAt: '2026-11-02T09:00:00.000Z',
};

forEachBackend('staff accounts and sessions', (stores) => {
  it('keeps accounts with their roles, one account per email', async () => {
    const staff = stores().staff;
    const sam = await staff.addAccount(SAM);
    assert.deepEqual(sam, { id: 'acc-sam', email: 'sam@sendiass.example', name: 'Sam Jones', firstName: 'Sam', roles: ['adviser', 'reviewer'], disabled: false, createdAt: '2026-11-01T09:00:00.000Z' });
    await staff.addAccount(ALEX);
    await assert.rejects(staff.addAccount({ ...ALEX, id: 'acc-other' }), { name: 'StaffAccountError', message: /already an account for alex@forum\.example/ });
    assert.deepEqual(await staff.findByEmail('sam@sendiass.example'), sam);
    assert.equal(await staff.findById('nobody'), undefined);
    assert.deepEqual((await staff.list()).map((a) => a.email), ['alex@forum.example', 'sam@sendiass.example']);
    assert.equal(await staff.passwordHash('acc-sam'), 'scrypt$hash-one');

    await staff.setPasswordHash('acc-sam', 'scrypt$hash-new', '2026-11-23T10:00:00.000Z');
    await staff.setRoles('acc-sam', ['adviser'], '2026-11-23T10:00:00.000Z');
    await staff.setDisabled('acc-alex', true, '2026-11-23T10:00:00.000Z');
    assert.equal(await staff.passwordHash('acc-sam'), 'scrypt$hash-new');
    assert.deepEqual((await staff.findById('acc-sam'))?.roles, ['adviser']);
    assert.equal((await staff.findById('acc-alex'))?.disabled, true);
  });

  it('keeps sessions by hash, ends them one by one, per account, or when expired', async () => {
    const staff = stores().staff;
    await staff.addAccount(SAM);
    await staff.addAccount(ALEX);
    const session = (idHash: string, accountId: string, expiresAt: string) => ({ idHash, accountId, createdAt: '2026-11-23T09:00:00.000Z', expiresAt });
    await staff.addSession(session('h1', 'acc-sam', '2026-11-23T17:00:00.000Z'));
    await staff.addSession(session('h2', 'acc-sam', '2026-11-23T18:00:00.000Z'));
    await staff.addSession(session('h3', 'acc-alex', '2026-11-23T08:00:00.000Z'));
    assert.deepEqual(await staff.findSession('h1'), session('h1', 'acc-sam', '2026-11-23T17:00:00.000Z'));
    assert.equal(await staff.deleteSessionsExpiredBefore('2026-11-23T10:00:00.000Z'), 1);
    assert.equal(await staff.findSession('h3'), undefined);
    await staff.deleteSession('h1');
    assert.equal(await staff.findSession('h1'), undefined);
    assert.equal(await staff.deleteSessionsFor('acc-sam'), 1);
    assert.equal(await staff.findSession('h2'), undefined);
  });
});

forEachBackend('the handoff audit log', (stores) => {
  it('says who saw or did what to a handoff, oldest first, and forgets it after the retention period', async () => {
    const { staff, handoffAudit: audit } = stores();
    await staff.addAccount(SAM);
    await audit.record({ at: '2026-10-01T09:00:00.000Z', staffId: 'acc-sam', handoffId: 'h-old', action: 'viewed' });
    await audit.record({ at: '2026-11-23T09:00:00.000Z', staffId: 'acc-sam', handoffId: 'h-1', action: 'viewed' });
    await audit.record({ at: '2026-11-23T09:01:00.000Z', staffId: 'acc-sam', handoffId: 'h-1', action: 'took' });
    assert.deepEqual(await audit.forHandoff('h-1'), [
      { at: '2026-11-23T09:00:00.000Z', staffId: 'acc-sam', handoffId: 'h-1', action: 'viewed', staffName: 'Sam Jones', staffEmail: 'sam@sendiass.example' },
      { at: '2026-11-23T09:01:00.000Z', staffId: 'acc-sam', handoffId: 'h-1', action: 'took', staffName: 'Sam Jones', staffEmail: 'sam@sendiass.example' },
    ]);
    assert.deepEqual((await audit.since('2026-11-23T09:00:30.000Z')).map((r) => r.action), ['took']);
    assert.equal(await audit.purgeBefore('2026-10-24T00:00:00.000Z'), 1);
    assert.deepEqual(await audit.forHandoff('h-old'), []);
  });
});
