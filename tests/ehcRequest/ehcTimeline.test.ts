import assert from 'node:assert/strict';
import { buildEhcTimeline, buildEhcTimelineIcs } from '../../src/domain/ehcRequest';

const RECEIVED = '2026-03-02';
const NOW = new Date('2026-11-23T10:00:00Z');
const ID = { calendarId: 'conversation-1' };

/** The physical lines of an .ics file joined back up (RFC 5545 folding undone). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('EHC request: the key dates', () => {
  const timeline = buildEhcTimeline(RECEIVED);

  it('gives the 6, 16 and 20 week dates from the day the council received the request', () => {
    assert.deepEqual(timeline.items.map((i) => i.date), ['2026-04-13', '2026-06-22', '2026-07-20']);
    assert.equal(timeline.received, RECEIVED);
  });

  it('writes each date out in full with its timescale and what must happen', () => {
    assert.match(timeline.text, /By Monday 13 April 2026 \(6 weeks\): the council must tell you whether it will carry out an EHC needs assessment/);
    assert.match(timeline.text, /By Monday 22 June 2026 \(16 weeks\): if, after the assessment, the council decides not to make an EHC plan, it must tell you/);
    assert.match(timeline.text, /By Monday 20 July 2026 \(20 weeks\): the council must send you the final EHC plan/);
    assert.match(timeline.text, /counted from Monday 2 March 2026, the day the council gets your request/);
    assert.match(timeline.text, /calendar weeks/);
  });

  it('every date says what to do if it is missed', () => {
    for (const item of timeline.items) {
      assert.match(item.ifMissed, /write to the SEN team/i, item.key);
      assert.match(item.ifMissed, /SENDIASS/, item.key);
    }
  });

  it('explains the lawful exceptions, and that staff shortages and waiting lists are not among them', () => {
    assert.match(timeline.text, /closed for at least 4 weeks/);
    assert.match(timeline.text, /exceptional personal circumstances/);
    assert.match(timeline.text, /away from the area for at least 4 weeks/);
    assert.match(timeline.text, /Staff shortages and waiting lists are not lawful reasons/);
  });

  it('gives the steps if a date is missed, with judicial review last and advice first', () => {
    const text = timeline.text;
    const write = text.indexOf('1. Write to the SEN team');
    const complain = text.indexOf('2. Make a formal complaint');
    const sendiass = text.indexOf('3. Contact SENDIASS');
    const jr = text.indexOf('4. As a last step');
    assert.ok(write > 0 && complain > write && sendiass > complain && jr > sendiass);
    assert.match(text.slice(jr), /judicial review/);
    assert.match(text.slice(jr), /Get advice from SENDIASS or IPSEA/);
  });

  it('marks dates that have passed when given today', () => {
    const t = buildEhcTimeline(RECEIVED, { today: '2026-06-30' });
    assert.deepEqual(t.items.map((i) => i.passed), [true, true, false]);
    assert.match(t.text, /By Monday 13 April 2026 \(6 weeks; this date has passed\)/);
    assert.match(t.text, /By Monday 20 July 2026 \(20 weeks\):/);
  });

  it('for post, says the dates are counted from posting and the real ones are later', () => {
    const t = buildEhcTimeline(RECEIVED, { countedFromPosting: true });
    assert.match(t.text, /the day you post your request/);
    assert.match(t.text, /a little later/);
    assert.ok(t.calendarEvents.every((e) => /posted/.test(e.description)));
  });

  it('gives calendar events with titles that say whose deadline it is and what for, and no name', () => {
    assert.deepEqual(timeline.calendarEvents.map((e) => e.title), [
      'Council’s last day to say if it will do an EHC needs assessment (6 weeks)',
      'Council’s last day to tell you if it will not make an EHC plan (16 weeks)',
      'Council’s last day to send the final EHC plan (20 weeks)',
    ]);
  });

  it('counts the draft plan’s 15 days from the day it is served, not from when it is sent or the letter’s date', () => {
    assert.match(timeline.text, /at least 15 days to comment on it[^\n]*The 15 days begin with the day the draft is served on you/);
    assert.doesNotMatch(timeline.text, /from when it is sent to you/);
  });

  it('writes the chasing steps once, not under every date', () => {
    const t = buildEhcTimeline('2026-11-23', { today: '2026-11-23' });
    assert.equal((t.text.match(/make a complaint through the council’s complaints process/gi) ?? []).length, 0);
    assert.equal((t.text.match(/Make a formal complaint/g) ?? []).length, 1);
    assert.equal((t.text.match(/see “If a date is missed” below/g) ?? []).length, 3);
  });

  describe('a request sent some time ago', () => {
    it('all dates passed (QA e12): says where things stand now, what each passed date means, and how to appeal a refusal', () => {
      const t = buildEhcTimeline('2026-03-03', { today: '2026-11-24' });
      const stand = t.text.indexOf('Where things stand now');
      assert.ok(stand > 0 && stand < t.text.indexOf('These are counted from'), 'first');
      assert.match(t.text, /Your request went in on Tuesday 3 March 2026, so all of the council’s dates below have now passed/);
      assert.match(t.text, /- The council should have told you by Tuesday 14 April 2026 whether it will carry out an EHC needs assessment\. If you have not heard, it is late, and you can chase it now\. If it said no, the time to appeal is short: 2 months/);
      assert.match(t.text, /- The final EHC plan should have come by Tuesday 21 July 2026/);
      assert.match(t.text, /the day the council got your request/);
      assert.doesNotMatch(t.text, /Coming up next|the day the council gets your request/);
    });

    it('the nearest date still to come goes first, with how soon (QA e06: the 6-week date 2 days away)', () => {
      const t = buildEhcTimeline('2026-10-15', { today: '2026-11-24' });
      assert.match(t.text, /Where things stand now\n\nComing up next: by Thursday 26 November 2026, in 2 days, the council must tell you whether it will carry out an EHC needs assessment/);
      assert.doesNotMatch(t.text, /have now passed/);
    });

    it('says "posted", not "post", for a letter already in the post', () => {
      const t = buildEhcTimeline('2026-11-18', { today: '2026-11-23', countedFromPosting: true });
      assert.match(t.text, /the day you posted your request/);
    });

    it('a request still to send has no "where things stand" part', () => {
      assert.doesNotMatch(buildEhcTimeline('2026-11-30', { today: '2026-11-23' }).text, /Where things stand/);
    });
  });

  describe('the calendar file', () => {
    it('has three all-day events on the right dates', () => {
      const lines = unfold(buildEhcTimelineIcs(RECEIVED, undefined, { ...ID, now: NOW }));
      assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 3);
      assert.deepEqual(lines.filter((l) => l.startsWith('DTSTART')), [
        'DTSTART;VALUE=DATE:20260413',
        'DTSTART;VALUE=DATE:20260622',
        'DTSTART;VALUE=DATE:20260720',
      ]);
    });

    it('keeps the child’s name out unless it is given', () => {
      const without = buildEhcTimelineIcs(RECEIVED, undefined, { ...ID, now: NOW });
      assert.ok(unfold(without).filter((l) => l.startsWith('SUMMARY:')).every((l) => !l.includes(':', 8)));
      assert.doesNotMatch(without, /Sam/);

      const withName = unfold(buildEhcTimelineIcs(RECEIVED, 'Sam', { ...ID, now: NOW }));
      assert.ok(withName.filter((l) => l.startsWith('SUMMARY:')).every((l) => l.startsWith('SUMMARY:Sam: ')));
    });

    it('is the same file for the same input (stable for tests and re-downloads)', () => {
      assert.equal(buildEhcTimelineIcs(RECEIVED, 'Sam', { ...ID, now: NOW }), buildEhcTimelineIcs(RECEIVED, 'Sam', { ...ID, now: NOW }));
    });

    it('keeps each event’s UID when the date is corrected, and gives another family different UIDs', () => {
      const uids = (ics: string): string[] => ics.match(/^UID:.*$/gm) ?? [];
      const first = uids(buildEhcTimelineIcs(RECEIVED, undefined, { ...ID, now: NOW }));
      assert.deepEqual(uids(buildEhcTimelineIcs('2026-03-04', undefined, { ...ID, now: NOW })), first);
      const other = uids(buildEhcTimelineIcs(RECEIVED, undefined, { calendarId: 'conversation-2', now: NOW }));
      assert.equal(other.filter((u) => first.includes(u)).length, 0);
    });

    it('passed dates stay as a record with no reminder; dates to come keep theirs', () => {
      const ics = unfold(buildEhcTimelineIcs('2026-10-15', undefined, { ...ID, today: '2026-11-24', now: NOW })).join('\n');
      const events = ics.split('BEGIN:VEVENT').slice(1);
      assert.equal(events.length, 3);
      // The 6-week date, 26 November, is 2 days away: a reminder the day before. The others: a week before.
      assert.deepEqual(events.map((e) => /TRIGGER:(\S+)/.exec(e)?.[1]), ['-P1D', '-P7D', '-P7D']);
      const passed = unfold(buildEhcTimelineIcs('2026-03-03', undefined, { ...ID, today: '2026-11-24', now: NOW })).join('\n');
      assert.doesNotMatch(passed, /VALARM/);
      assert.match(passed, /DESCRIPTION:This date has passed\./);
    });
  });
});

describe('EHC request: key dates for a posted request (set AN)', () => {
  // Posted on Monday 5 October 2026; the law counts from the day the council receives it (the day after at the earliest).
  const t = buildEhcTimeline('2026-10-05', { today: '2026-11-24', countedFromPosting: true });

  it('never calls a day counted from posting the council\'s last day: it is "soon after" it', () => {
    assert.deepEqual(t.calendarEvents.map((e) => e.title), [
      'Soon after this: council’s last day to say if it will do an EHC needs assessment (6 weeks from the day it gets your letter)',
      'Soon after this: council’s last day to tell you if it will not make an EHC plan (16 weeks from the day it gets your letter)',
      'Soon after this: council’s last day to send the final EHC plan (20 weeks from the day it gets your letter)',
    ]);
    assert.match(t.text, /^Soon after Monday 16 November 2026 \(6 weeks from the day it gets your letter; this date has passed\):/m);
    assert.doesNotMatch(t.text, /^By Monday 16 November 2026/m);
    assert.match(t.text, /the day after posting at the earliest/);
    assert.match(t.text, /The council should have told you by Monday 16 November 2026 or a little later/);
    assert.match(t.text, /Coming up next: soon after Monday 25 January 2027 \(in 62 days\)/);
  });

  it('keeps "by" and "last day" when the day the council got it is known', () => {
    const exact = buildEhcTimeline('2026-10-07', { today: '2026-11-24' });
    assert.match(exact.calendarEvents[0].title, /^Council’s last day to say if it will do an EHC needs assessment \(6 weeks\)$/);
    assert.match(exact.text, /^By Wednesday 18 November 2026 \(6 weeks; this date has passed\):/m);
  });
});
