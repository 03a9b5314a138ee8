import assert from 'node:assert/strict';
import { startGapsHousekeeping } from '../../src/bot/gapsHousekeeping';
import { GapsRecorder } from '../../src/bot/gapsRecorder';
import { createGapRecord } from '../../src/domain/gaps/gapRecord';
import { MemoryGapsStore } from '../../src/domain/gaps/gapsStore';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('gaps housekeeping on the server', () => {
  it('deletes records older than the retention period (12 months by default) at start-up, and keeps the rest', async () => {
    const store = new MemoryGapsStore();
    const at = (iso: string) => ({ now: new Date(iso) });
    await store.add(createGapRecord({ kind: 'low-confidence', question: 'thirteen months old' }, at('2025-10-20T10:00:00Z')));
    await store.add(createGapRecord({ kind: 'not-helpful', question: 'eleven months old' }, at('2025-12-20T10:00:00Z')));
    const gaps = new GapsRecorder({ store, logger: silentLogger, clock: () => NOW });
    const config = testConfig();
    assert.equal(config.retention.gapsMonths, 12);

    const housekeeping = startGapsHousekeeping({ gaps, retention: config.retention, logger: silentLogger });
    await new Promise((r) => setImmediate(r));
    const left = await store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    assert.deepEqual(left.map((r) => r.question), ['eleven months old']);
    await housekeeping.stop();
  });

  it('follows GAPS_RETENTION_MONTHS', async () => {
    const store = new MemoryGapsStore();
    await store.add(createGapRecord({ kind: 'low-confidence', question: 'four months old' }, { now: new Date('2026-07-20T10:00:00Z') }));
    const gaps = new GapsRecorder({ store, logger: silentLogger, clock: () => NOW });
    assert.equal(await gaps.purgeExpired(testConfig({ GAPS_RETENTION_MONTHS: '3' }).retention), 1);
  });

  it('on stop, writes the clarifies still waiting for the parent\'s next message', async () => {
    const store = new MemoryGapsStore();
    const gaps = new GapsRecorder({ store, logger: silentLogger, clock: () => NOW });
    await gaps.clarifyShown('conversation-1', { question: 'free swimming for my child?' }, [{ articleId: 'local-offer', title: 'The Local Offer', score: 4 }]);
    assert.equal(gaps.waitingClarifies, 1);
    const housekeeping = startGapsHousekeeping({ gaps, retention: { gapsMonths: 12 }, logger: silentLogger });
    await housekeeping.stop();
    const [record] = await store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    assert.equal(record.kind, 'low-confidence');
    assert.equal(gaps.waitingClarifies, 0);
  });
});
