import assert from 'node:assert/strict';
import { buildEhcTimeline, buildEhcTimelineIcs } from '../../src/domain/ehcRequest';

const RECEIVED = '2026-03-02';
const NOW = new Date('2026-11-23T10:00:00Z');

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

  it('gives calendar events with short titles and no name', () => {
    assert.equal(timeline.calendarEvents.length, 3);
    for (const e of timeline.calendarEvents) assert.ok(e.title.length <= 40, e.title);
  });

  describe('the calendar file', () => {
    it('has three all-day events on the right dates', () => {
      const lines = unfold(buildEhcTimelineIcs(RECEIVED, undefined, { now: NOW }));
      assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 3);
      assert.deepEqual(lines.filter((l) => l.startsWith('DTSTART')), [
        'DTSTART;VALUE=DATE:20260413',
        'DTSTART;VALUE=DATE:20260622',
        'DTSTART;VALUE=DATE:20260720',
      ]);
    });

    it('keeps the child’s name out unless it is given', () => {
      const without = buildEhcTimelineIcs(RECEIVED, undefined, { now: NOW });
      assert.ok(unfold(without).filter((l) => l.startsWith('SUMMARY:')).every((l) => !l.includes(':', 8)));
      assert.doesNotMatch(without, /Sam/);

      const withName = unfold(buildEhcTimelineIcs(RECEIVED, 'Sam', { now: NOW }));
      assert.ok(withName.filter((l) => l.startsWith('SUMMARY:')).every((l) => l.startsWith('SUMMARY:Sam: ')));
    });

    it('is the same file for the same input (stable for tests and re-downloads)', () => {
      assert.equal(buildEhcTimelineIcs(RECEIVED, 'Sam', { now: NOW }), buildEhcTimelineIcs(RECEIVED, 'Sam', { now: NOW }));
    });
  });
});
