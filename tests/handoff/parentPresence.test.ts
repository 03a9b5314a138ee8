import assert from 'node:assert/strict';
import type { NewHandoff } from '../../src/domain/handoff/handoffQueue';
import { ConfigError, loadConfig } from '../../src/config/config';
import { ParentPresence } from '../../src/domain/handoff/parentPresence';
import { silentLogger } from '../../src/logging/logger';
import { forEachBackend } from '../storage/backends';

function newHandoff(conversationId: string): NewHandoff {
  return {
    conversationId,
    channelId: 'directline',
    reason: 'asked',
    summary: { topic: 'Asked to talk to a person', reasonText: 'Asked to talk to a person', botAnswered: [] },
    transcript: [{ from: 'parent', text: 'Talk to a person', at: '2026-11-23T10:00:00.000Z' }],
    conversationReference: '{}',
  };
}

/**
 * What happens to a request for a person when the parent goes: with the queue in either
 * database, and the time moved on by hand (5 minutes to be gone, 30 before they cannot come back).
 */
forEachBackend('a parent who goes while waiting for a person', (stores, clock) => {
  const presenceOver = () => new ParentPresence({ queue: stores().handoffs, awayMinutes: 5, cannotReturnAfterMinutes: 30, clock: clock.now, logger: silentLogger });

  it('"Start a new conversation" ends the request as "the parent left", and it leaves the queue', async () => {
    const queue = stores().handoffs;
    const presence = presenceOver();
    const leaving = await queue.create(newHandoff('c1'));
    const next = await queue.create(newHandoff('c2'));
    assert.equal(await queue.position(next.id), 2);
    assert.equal(await presence.left('c1'), 'closed');
    const record = (await queue.get(leaving.id))!;
    assert.equal(record.status, 'closed');
    assert.equal(record.closedOutcome, 'parent-left');
    assert.deepEqual((await queue.list()).map((r) => r.id), [next.id]);
    assert.equal(await queue.position(next.id), 1);
    assert.equal(await presence.left('c1'), 'none', 'nothing left to end');
  });

  it('a call-back still to do outlives "Start a new conversation": kept, with the parent marked as gone', async () => {
    const queue = stores().handoffs;
    const presence = presenceOver();
    const h = await queue.create(newHandoff('c1'));
    await queue.requestCallback(h.id, { method: 'phone', phone: '07700 900123' });
    assert.equal(await presence.left('c1'), 'callback-kept');
    const record = (await queue.get(h.id))!;
    assert.equal(record.status, 'callback-requested');
    assert.ok(record.parentAwaySince);
  });

  it('a closed tab: gone after 5 minutes without a connection or a message, ended once they cannot come back', async () => {
    const queue = stores().handoffs;
    const presence = presenceOver();
    const closedTab = await queue.create(newHandoff('closed-tab'));
    const stillHere = await queue.create(newHandoff('still-here'));
    const callback = await queue.create(newHandoff('callback'));
    const teams = await queue.create({ ...newHandoff('teams'), channelId: 'msteams' });
    await queue.requestCallback(callback.id, { method: 'email', email: 'parent@example.org' });
    presence.seen(['closed-tab', 'still-here', 'callback']);
    await new Promise((r) => setTimeout(r, 50)); // seen() does not wait for the database

    for (let minute = 1; minute <= 4; minute++) {
      clock.later(1);
      presence.seen(['still-here']);
      await new Promise((r) => setTimeout(r, 20));
      await presence.checkOnce();
    }
    assert.equal((await queue.get(closedTab.id))?.parentAwaySince, undefined, 'four minutes: not yet');
    clock.later(2);
    presence.seen(['still-here']);
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(await presence.checkOnce(), { closed: 0 });
    assert.equal((await queue.get(closedTab.id))?.parentAwaySince, '2026-11-23T10:00:00.000Z');
    assert.equal((await queue.get(callback.id))?.parentAwaySince, '2026-11-23T10:00:00.000Z');
    assert.equal((await queue.get(stillHere.id))?.parentAwaySince, undefined);
    assert.equal((await queue.get(teams.id))?.parentAwaySince, undefined, 'a channel that does not say is never gone');
    assert.equal(await queue.position(stillHere.id), 1, 'the parent who went does not count');

    clock.later(25);
    assert.deepEqual(await presence.checkOnce(), { closed: 1 });
    const ended = (await queue.get(closedTab.id))!;
    assert.equal(ended.status, 'closed');
    assert.equal(ended.closedOutcome, 'parent-left');
    assert.equal((await queue.get(callback.id))?.status, 'callback-requested', 'a call-back to do stays for the adviser');
    assert.equal((await queue.get(stillHere.id))?.status, 'waiting');
    assert.equal((await queue.get(teams.id))?.status, 'waiting');
  });
});

describe('a parent seen on every message', () => {
  it('is written at most once in 30 seconds per conversation (every turn of every parent would cost the whole service)', () => {
    const written: string[][] = [];
    let now = Date.parse('2026-11-23T10:00:00Z');
    let tell: (event: { type: string; conversationId: string }) => void = () => undefined;
    const queue = {
      markParentSeen: async (ids: readonly string[]) => { written.push([...ids]); },
      subscribe: (listener: typeof tell) => { tell = listener; return () => undefined; },
    } as unknown as ConstructorParameters<typeof ParentPresence>[0]['queue'];
    const presence = new ParentPresence({ queue, awayMinutes: 5, cannotReturnAfterMinutes: 30, clock: () => new Date(now), logger: silentLogger });
    presence.seen(['a']);
    for (let i = 0; i < 10; i++) { now += 2_000; presence.seen(['a', 'b']); }
    assert.deepEqual(written, [['a'], ['b']], 'a once, then b once, within the half minute');
    now += 30_000;
    presence.seen(['a', 'b']);
    assert.deepEqual(written.at(-1), ['a', 'b'], 'both again after half a minute');
    // A request for a person made in this turn: the parent is marked at once, not half a minute later.
    tell({ type: 'created', conversationId: 'a' });
    presence.seen(['a', 'b']);
    assert.deepEqual(written.at(-1), ['a']);
  });
});

describe('HANDOFF_PARENT_AWAY_MINUTES', () => {
  it('is 5 minutes unless set; whole minutes from 2 (open chats are reported every minute) to a day', () => {
    assert.equal(loadConfig({}).handoff.parentAwayMinutes, 5);
    assert.equal(loadConfig({ HANDOFF_PARENT_AWAY_MINUTES: '15' }).handoff.parentAwayMinutes, 15);
    for (const bad of ['1', '2.5', 'soon', '2000']) {
      assert.throws(() => loadConfig({ HANDOFF_PARENT_AWAY_MINUTES: bad }), (e: unknown) => e instanceof ConfigError && /HANDOFF_PARENT_AWAY_MINUTES/.test(e.message), bad);
    }
    assert.throws(() => loadConfig({ HANDOFF_PARENT_AWAY_MINUTES: '1' }), /at least 2 minutes/);
  });
});
