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
    const pack = buildEhcRequestPack(parentAnswers({ sendMethod: 'post', sendDate: '2026-11-25' }), CONFIGURED_SERVICES, TODAY, { now });
    assert.equal(pack.receipt.exact, false);
    assert.match(pack.timeline.text, /the day you post your request/);
  });

  describe('a request sent months ago (QA e12)', () => {
    const pack = buildEhcRequestPack(parentAnswers({ sendDate: '2026-03-03' }), CONFIGURED_SERVICES, '2026-11-24', { now });

    it('speaks of it as sent, and never tells them to send it as if new', () => {
      assert.equal(pack.alreadySent, true);
      assert.equal(pack.receipt.note, 'You sent your request by email on Tuesday 3 March 2026, so the council’s clock started that day. Keep the sent email: it shows the date.');
      assert.doesNotMatch(pack.receipt.note, /If you can, send it/);
      assert.doesNotMatch(pack.closing, /send your letter/);
      assert.match(pack.closing, /keep this letter with your records/);
      assert.match(pack.timeline.text, /Where things stand now/);
    });

    it('keeps the passed dates in the calendar as a record, with no reminders', () => {
      assert.equal(pack.ics.match(/BEGIN:VEVENT/g)?.length, 3);
      assert.doesNotMatch(pack.ics, /VALARM/);
    });
  });

  it('a letter still to send is "send your letter"', () => {
    const pack = buildEhcRequestPack(parentAnswers({ sendDate: TODAY }), CONFIGURED_SERVICES, TODAY, { now });
    assert.equal(pack.alreadySent, false);
    assert.match(pack.closing, /send your letter/);
  });

  describe('handing it in on a day the offices may be shut (QA e23)', () => {
    it('Christmas Day gets a gentle note naming the bank holiday', () => {
      const pack = buildEhcRequestPack(parentAnswers({ sendMethod: 'hand', sendDate: '2026-12-25' }), CONFIGURED_SERVICES, TODAY, { now });
      assert.match(pack.receipt.note, /Friday 25 December 2026 is a bank holiday \(Christmas Day\), when council offices are often closed\. If yours is, you could email your request instead, or hand it in on another day/);
    });

    it('a Saturday too; a weekday or an email does not', () => {
      const saturday = buildEhcRequestPack(parentAnswers({ sendMethod: 'hand', sendDate: '2026-11-28' }), CONFIGURED_SERVICES, TODAY, { now });
      assert.match(saturday.receipt.note, /Saturday 28 November 2026 is a Saturday, when council offices are often closed/);
      const weekday = buildEhcRequestPack(parentAnswers({ sendMethod: 'hand', sendDate: '2026-11-27' }), CONFIGURED_SERVICES, TODAY, { now });
      assert.doesNotMatch(weekday.receipt.note, /closed/);
      const email = buildEhcRequestPack(parentAnswers({ sendMethod: 'email', sendDate: '2026-12-25' }), CONFIGURED_SERVICES, TODAY, { now });
      assert.doesNotMatch(email.receipt.note, /offices/);
    });
  });

  describe('the calendar file', () => {
    const uids = (ics: string): string[] => ics.match(/^UID:.*$/gm) ?? [];
    const unnamed = { childFirstName: undefined, sendDate: '2026-11-30' };

    it('two unnamed children sent on the same day get different UIDs', () => {
      const a = buildEhcRequestPack(parentAnswers(unnamed), CONFIGURED_SERVICES, TODAY, { now });
      const b = buildEhcRequestPack(parentAnswers({ ...unnamed, difficulties: 'Reading and writing are very hard for her' }), CONFIGURED_SERVICES, TODAY, { now });
      assert.equal(uids(b.ics).filter((u) => uids(a.ics).includes(u)).length, 0);
      const c = buildEhcRequestPack(parentAnswers(unnamed), CONFIGURED_SERVICES, TODAY, { now, packId: 'conversation-9' });
      assert.equal(uids(c.ics).filter((u) => uids(a.ics).includes(u)).length, 0);
    });

    it('a corrected send date keeps the same UIDs, so the events are replaced, not doubled', () => {
      const first = buildEhcRequestPack(parentAnswers(unnamed), CONFIGURED_SERVICES, TODAY, { now, packId: 'conversation-9' });
      const corrected = buildEhcRequestPack(parentAnswers({ ...unnamed, sendDate: '2026-12-01' }), CONFIGURED_SERVICES, TODAY, { now, packId: 'conversation-9' });
      assert.deepEqual(uids(corrected.ics), uids(first.ics));
      assert.notEqual(corrected.ics.match(/DTSTART.*/)?.[0], first.ics.match(/DTSTART.*/)?.[0]);
    });

    it('a name typed in lower case is written with a capital in the titles', () => {
      const pack = buildEhcRequestPack(parentAnswers({ childFirstName: 'sam' }), CONFIGURED_SERVICES, TODAY, { now });
      assert.match(pack.ics, /SUMMARY:Sam: Council’s last day/);
    });
  });

  it('a young person asking for themselves gets "your own views" in the checklist (QA e02)', () => {
    const pack = buildEhcRequestPack(parentAnswers({ requester: 'young-person', dateOfBirth: '2007-03-03', setting: 'college', evidence: [] }), CONFIGURED_SERVICES, TODAY, { now });
    assert.match(pack.checklist.text, /^- Your own views, in your own words/m);
    assert.doesNotMatch(pack.checklist.text, /child’s own views/);
  });

  it('a toddler at home gets no school-only suggestions (QA e05)', () => {
    const pack = buildEhcRequestPack(parentAnswers({ dateOfBirth: undefined, age: 1, setting: 'none', settingName: undefined, evidence: [] }), CONFIGURED_SERVICES, TODAY, { now });
    assert.doesNotMatch(pack.checklist.text, /exclusion|school work|School or setting records|outside school/);
  });

  it('has no letter for a professional', () => {
    const pack = buildEhcRequestPack(parentAnswers({ requester: 'professional' }), CONFIGURED_SERVICES, TODAY, { now });
    assert.equal(pack.letter, undefined);
  });
});
