import assert from 'node:assert/strict';
import { createGapRecord, purgeExpiredGaps, scrubLookingFor, type GapInput, type GapsStore } from '../../src/domain/gaps';

/** The behaviour every gaps store must have (run against the memory and database stores). */
export function gapsStoreContract(makeStore: () => GapsStore): void {
  const add = async (store: GapsStore, at: string, input: Partial<GapInput> = {}) => {
    const record = createGapRecord({ kind: 'low-confidence', question: 'How do I appeal?', ...input }, { now: new Date(at) });
    await store.add(record);
    return record;
  };

  it('lists the records made between two times, oldest first', async () => {
    const store = makeStore();
    const b = await add(store, '2026-11-10T09:00:00Z', { question: 'second', closestArticleId: 'appeals', closestScore: 0.3 });
    const a = await add(store, '2026-11-01T09:00:00Z', { question: 'first' });
    await add(store, '2026-11-20T09:00:00Z', { question: 'too late' });
    const listed = await store.listBetween('2026-11-01T00:00:00.000Z', '2026-11-20T09:00:00.000Z');
    assert.deepEqual(listed, [a, b]);
  });

  it('adds the parent\'s "what were you looking for?" to a record', async () => {
    const store = makeStore();
    const r = await add(store, '2026-11-10T09:00:00Z', { kind: 'not-helpful' });
    assert.equal(await store.addLookingFor(r.id, scrubLookingFor('the deadline for Amelia')), true);
    assert.equal(await store.addLookingFor('no-such-id', scrubLookingFor('x')), false);
    const [listed] = await store.listBetween('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    assert.equal(listed.lookingFor, 'the deadline for [name]');
  });

  it('deletes records older than the retention period, and keeps the rest', async () => {
    const store = makeStore();
    await add(store, '2025-11-22T23:59:59Z', { question: 'just over a year old' });
    await add(store, '2025-11-23T10:15:00Z', { question: 'exactly a year old' });
    await add(store, '2026-06-01T12:00:00Z', { question: 'recent' });
    const deleted = await purgeExpiredGaps(store, { gapsMonths: 12 }, new Date('2026-11-23T10:15:00Z'));
    assert.equal(deleted, 1);
    const left = await store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    assert.deepEqual(left.map((r) => r.question), ['exactly a year old', 'recent']);
  });
}
