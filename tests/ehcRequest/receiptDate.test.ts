import assert from 'node:assert/strict';
import { expectedReceipt } from '../../src/domain/ehcRequest';

describe('EHC request: when the council receives it', () => {
  it('by email, the same day, with advice on keeping proof', () => {
    const r = expectedReceipt('email', '2026-11-23');
    assert.deepEqual([r.received, r.exact], ['2026-11-23', true]);
    assert.match(r.note, /Monday 23 November 2026/);
    assert.match(r.note, /copy of the sent email/);
    assert.match(r.note, /read receipt/);
  });

  it('by hand, the same day, with a dated receipt', () => {
    const r = expectedReceipt('hand', '2026-11-23');
    assert.deepEqual([r.received, r.exact], ['2026-11-23', true]);
    assert.match(r.note, /receipt with the date/);
  });

  it('by post, it does not guess a delivery day: it counts from posting and says the real dates are later', () => {
    const r = expectedReceipt('post', '2026-11-23');
    assert.equal(r.received, '2026-11-23');
    assert.equal(r.exact, false);
    assert.match(r.note, /the day the council receives your letter, not the day you post it/);
    assert.match(r.note, /recorded or signed-for delivery/);
    assert.doesNotMatch(r.note, /\b(?:second|2nd|two) (?:working|business) day/i);
  });

  it('by post, uses the delivery date once known', () => {
    const r = expectedReceipt('post', '2026-11-23', '2026-11-25');
    assert.deepEqual([r.received, r.exact], ['2026-11-25', true]);
    assert.match(r.note, /Wednesday 25 November 2026/);
    assert.throws(() => expectedReceipt('post', '2026-11-23', '2026-11-20'), RangeError);
  });
});
