import assert from 'node:assert/strict';
import { gapsRetentionCutoff } from '../../src/domain/gaps';
import { defaultConfig } from '../../src/config/config';

describe('how long gap records are kept', () => {
  it('is 12 months by default, read from config', () => {
    assert.equal(defaultConfig().retention.gapsMonths, 12);
    assert.equal(defaultConfig({ GAPS_RETENTION_MONTHS: '6' }).retention.gapsMonths, 6);
  });

  it('counts back calendar months from now', () => {
    const now = new Date('2026-11-23T10:15:00Z');
    assert.equal(gapsRetentionCutoff(now, 12), '2025-11-23T10:15:00.000Z');
    assert.equal(gapsRetentionCutoff(now, 1), '2026-10-23T10:15:00.000Z');
    // 31 May back three months is the last day of February.
    assert.equal(gapsRetentionCutoff(new Date('2026-05-31T08:00:00Z'), 3), '2026-02-28T08:00:00.000Z');
    // Half a month is 15 days.
    assert.equal(gapsRetentionCutoff(now, 0.5), '2026-11-08T10:15:00.000Z');
  });

  it('refuses a period that is not positive', () => {
    assert.throws(() => gapsRetentionCutoff(new Date(), 0), RangeError);
    assert.throws(() => gapsRetentionCutoff(new Date(), Number.NaN), RangeError);
  });
});
