import assert from 'node:assert/strict';
import { buildEhcRequestPack } from '../../src/domain/ehcRequest';
import { CONFIGURED_SERVICES, TODAY, parentAnswers } from './fixtures';

describe('EHC request: everything handed back at the end', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('fills in the received date and builds the letter, checklist, dates and calendar file', () => {
    const pack = buildEhcRequestPack(parentAnswers({ sendDate: '2026-03-02' }), CONFIGURED_SERVICES, TODAY, { now });
    assert.equal(pack.answers.requestReceived, '2026-03-02');
    assert.ok(pack.letter?.text.includes('Request for an education, health and care (EHC) needs assessment'));
    assert.equal(pack.checklist.have.length, 2);
    assert.deepEqual(pack.timeline.items.map((i) => i.date), ['2026-04-13', '2026-06-22', '2026-07-20']);
    assert.ok(pack.timeline.items.every((i) => i.passed));
    assert.match(pack.ics, /DTSTART;VALUE=DATE:20260413/);
  });

  it('by post with a known delivery date, counts from delivery', () => {
    const pack = buildEhcRequestPack(parentAnswers({ sendMethod: 'post', sendDate: '2026-11-18' }), CONFIGURED_SERVICES, TODAY, { deliveredOn: '2026-11-20', now });
    assert.equal(pack.answers.requestReceived, '2026-11-20');
    assert.equal(pack.timeline.items[0].date, '2027-01-01');
    assert.doesNotMatch(pack.timeline.text, /the day you post/);
  });

  it('by post without a delivery date, says the dates are counted from posting', () => {
    const pack = buildEhcRequestPack(parentAnswers({ sendMethod: 'post', sendDate: '2026-11-18' }), CONFIGURED_SERVICES, TODAY, { now });
    assert.equal(pack.receipt.exact, false);
    assert.match(pack.timeline.text, /the day you post your request/);
  });

  it('has no letter for a professional', () => {
    const pack = buildEhcRequestPack(parentAnswers({ requester: 'professional' }), CONFIGURED_SERVICES, TODAY, { now });
    assert.equal(pack.letter, undefined);
  });
});
