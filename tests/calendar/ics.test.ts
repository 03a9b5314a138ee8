import assert from 'node:assert/strict';
import { buildIcsCalendar, CalendarEvent, foldIcsLine } from '../../src/domain/calendar/ics';

interface ContentLine { name: string; params: string[]; value: string }

/** A tiny RFC 5545 reader: unfold, split name;params:value, unescape TEXT. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

function parseLine(line: string): ContentLine {
  const colon = line.indexOf(':'); // our names and params never contain ':'
  const [name, ...params] = line.slice(0, colon).split(';');
  return { name, params, value: line.slice(colon + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The VEVENTs, each as a map of property name to content lines (VALARM lines prefixed ALARM.). */
function parseEvents(ics: string): Array<Map<string, ContentLine>> {
  const events: Array<Map<string, ContentLine>> = [];
  let current: Map<string, ContentLine> | undefined;
  let inAlarm = false;
  for (const line of unfold(ics).map(parseLine)) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') { current = new Map(); continue; }
    if (line.name === 'END' && line.value === 'VEVENT') { if (current) events.push(current); current = undefined; continue; }
    if (line.name === 'BEGIN' && line.value === 'VALARM') { inAlarm = true; continue; }
    if (line.name === 'END' && line.value === 'VALARM') { inAlarm = false; continue; }
    current?.set(inAlarm ? `ALARM.${line.name}` : line.name, line);
  }
  return events;
}

const now = new Date('2026-11-23T10:15:30.500Z');
const events: CalendarEvent[] = [
  { date: '2026-12-31', title: 'Contact a mediation adviser', description: 'Call SENDIASS first.', kind: 'contact' },
  { date: '2027-01-04', title: 'Appeal deadline; tribunal, SEND', description: 'Line one\nLine two, with a comma; and a semicolon \\ backslash', kind: 'appeal' },
];
const calendarId = 'conversation-1';

describe('buildIcsCalendar', () => {
  const ics = buildIcsCalendar({ name: 'My child\'s deadlines, 2026', calendarId, events, now });

  it('uses CRLF line ends only, and folds every line at 75 octets', () => {
    assert.ok(ics.endsWith('\r\n'));
    assert.equal(/[^\r]\n/.test(ics), false);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
  });

  it('has the calendar header', () => {
    const lines = unfold(ics);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines[lines.length - 1], 'END:VCALENDAR');
    for (const expected of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'X-WR-TIMEZONE:Europe/London']) {
      assert.ok(lines.includes(expected), expected);
    }
    assert.ok(lines.some((l) => l.startsWith('PRODID:')));
    const name = lines.map(parseLine).find((l) => l.name === 'X-WR-CALNAME');
    assert.equal(unescapeText(name?.value ?? ''), 'My child\'s deadlines, 2026');
  });

  it('has one all-day event per deadline with a reminder a week before', () => {
    const parsed = parseEvents(ics);
    assert.equal(parsed.length, 2);
    const [first, second] = parsed;
    assert.deepEqual(first.get('DTSTART')?.params, ['VALUE=DATE']);
    assert.equal(first.get('DTSTART')?.value, '20261231');
    assert.equal(first.get('DTEND')?.value, '20270101'); // the next day, across the year end
    assert.equal(second.get('DTSTART')?.value, '20270104');
    assert.equal(first.get('DTSTAMP')?.value, '20261123T101530Z');
    assert.equal(first.get('ALARM.ACTION')?.value, 'DISPLAY');
    assert.equal(first.get('ALARM.TRIGGER')?.value, '-P7D');
    assert.ok(first.get('ALARM.DESCRIPTION')?.value);
  });

  it('keeps commas, semicolons, backslashes and new lines in titles and descriptions', () => {
    const [, second] = parseEvents(ics);
    assert.equal(unescapeText(second.get('SUMMARY')?.value ?? ''), 'Appeal deadline; tribunal, SEND');
    assert.equal(unescapeText(second.get('DESCRIPTION')?.value ?? ''), events[1].description);
  });

  const uids = (text: string) => parseEvents(text).map((e) => e.get('UID')?.value);

  it('gives stable, unique UIDs', () => {
    const again = buildIcsCalendar({ name: 'Other', calendarId, events, now: new Date('2027-01-01T00:00:00Z') });
    assert.deepEqual(uids(again), uids(ics));
    const [a, b] = uids(ics);
    assert.notEqual(a, b);
    assert.match(a ?? '', /^[0-9a-f]+@send-navigator$/);
    const twice = buildIcsCalendar({ name: 'x', calendarId, events: [events[0], events[0]], now });
    const [c, d] = uids(twice);
    assert.notEqual(c, d);
  });

  it('keeps an event\'s UID when its date is corrected, so re-importing replaces it instead of adding a copy', () => {
    const corrected = buildIcsCalendar({ name: 'x', calendarId, events: [{ ...events[1], date: '2027-01-11' }], now });
    assert.equal(uids(corrected)[0], uids(ics)[1]);
  });

  it('gives two families with the same dates and titles different UIDs', () => {
    const otherFamily = buildIcsCalendar({ name: 'x', calendarId: 'conversation-2', events, now });
    assert.equal(uids(otherFamily).filter((u) => uids(ics).includes(u)).length, 0);
  });

  it('sets no reminder that would go off in the past: the day before when a week before has gone, none for today or a passed day', () => {
    const soon: CalendarEvent[] = [
      { date: '2026-11-30', title: 'In a week', description: 'd', kind: 'a' },
      { date: '2026-11-26', title: 'In 3 days', description: 'd', kind: 'b' },
      { date: '2026-11-23', title: 'Today', description: 'd', kind: 'c' },
      { date: '2026-11-02', title: 'Passed', description: 'd', kind: 'd' },
    ];
    const parsed = parseEvents(buildIcsCalendar({ name: 'x', calendarId, events: soon, now, today: '2026-11-23' }));
    assert.deepEqual(parsed.map((e) => e.get('ALARM.TRIGGER')?.value), ['-P7D', '-P1D', undefined, undefined]);
    assert.equal(unescapeText(parsed[1].get('ALARM.DESCRIPTION')?.value ?? ''), 'Tomorrow: In 3 days');
  });

  it('folds long and non-ASCII text without splitting a character, and it unfolds back', () => {
    const title = 'Réunion — annual review meeting for Zoë, with the SENCo and the educational psychologist 😊 '.repeat(3);
    const text = buildIcsCalendar({ name: 'n', calendarId, events: [{ date: '2027-02-01', title, description: title, kind: 'k' }], now });
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75);
    assert.equal(text.includes('\uFFFD'), false);
    const [event] = parseEvents(text);
    assert.equal(unescapeText(event.get('SUMMARY')?.value ?? ''), title);
  });

  it('folds continuation lines with a leading space', () => {
    const folded = foldIcsLine(`SUMMARY:${'a'.repeat(200)}`).split('\r\n');
    assert.equal(Buffer.byteLength(folded[0]), 75);
    assert.ok(folded.slice(1).every((l) => l.startsWith(' ') && l.length <= 75));
  });

  it('makes a valid empty calendar', () => {
    const empty = unfold(buildIcsCalendar({ name: 'none', calendarId, events: [], now }));
    assert.equal(empty.filter((l) => l === 'BEGIN:VEVENT').length, 0);
    assert.equal(empty[empty.length - 1], 'END:VCALENDAR');
  });
});
