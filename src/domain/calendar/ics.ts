/**
 * iCalendar (RFC 5545) files of deadlines, so parents can add them to their phone's calendar.
 * Each deadline is an all-day event with a display reminder a week before (or the day before,
 * when a week before has already gone); a day that has passed gets no reminder.
 */
import { createHash } from 'node:crypto';
import { IsoDate, addDays, compareDates } from '../dates/calendarDate';

export interface CalendarEvent {
  date: IsoDate;
  title: string;
  description: string;
  /**
   * What the date is, for example "appealBy". With the calendar's id it makes the event's UID,
   * so a corrected date replaces the old event instead of adding a second one.
   */
  kind: string;
}

export interface IcsCalendarInput {
  /** Shown by calendar apps as the calendar's name. */
  name: string;
  /** Which family's dates these are (see calendarIdFrom): two families never share a UID. */
  calendarId: string;
  events: CalendarEvent[];
  /** The time the file is made (DTSTAMP); defaults to now. */
  now?: Date;
  /** When given, no reminder is set to go off before this day. */
  today?: IsoDate;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const PRODID = '-//SEND Navigator//Deadlines//EN';
const UID_DOMAIN = 'send-navigator';
/** Reminders, earliest first: a week before, else the day before. */
const REMINDERS: ReadonlyArray<{ readonly daysBefore: number; readonly trigger: string; readonly lead: string }> = [
  { daysBefore: 7, trigger: '-P7D', lead: 'In 1 week' },
  { daysBefore: 1, trigger: '-P1D', lead: 'Tomorrow' },
];

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 3.1).
 * Continuation lines start with a space, which counts towards their 75 octets. Never splits a
 * character in the middle of its UTF-8 bytes.
 */
export function foldIcsLine(line: string): string {
  // Most lines fit as they are.
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const octets = utf8Octets(char.codePointAt(0)!);
    if (currentOctets + octets > limit) {
      pieces.push(current);
      current = '';
      currentOctets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** How many octets UTF-8 needs for a code point (a lone surrogate becomes U+FFFD: 3). */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function icsDate(d: IsoDate): string {
  return d.replace(/-/g, '');
}

function icsTimestamp(now: Date): string {
  // 2026-11-23T19:55:14.123Z -> 20261123T195514Z
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// From the calendar and the kind of date, never the date itself: see CalendarEvent.kind.
function stableUid(calendarId: string, event: CalendarEvent): string {
  const hash = createHash('sha256').update(`${calendarId}\n${event.kind}`).digest('hex').slice(0, 32);
  return `${hash}@${UID_DOMAIN}`;
}

/** Stable UIDs; a repeat of the same kind in one file gets a numbered suffix. */
function uniqueUids(calendarId: string, events: readonly CalendarEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const uid = stableUid(calendarId, event);
    const count = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, count);
    return count === 1 ? uid : uid.replace('@', `-${count}@`);
  });
}

/** The reminder that still lies ahead on `today`; none for a day that has passed or is today. */
function reminderFor(event: CalendarEvent, today: IsoDate | undefined): (typeof REMINDERS)[number] | undefined {
  if (today === undefined) return REMINDERS[0];
  return REMINDERS.find((r) => compareDates(addDays(event.date, -r.daysBefore), today) >= 0);
}

function eventLines(event: CalendarEvent, uid: string, dtstamp: string, today: IsoDate | undefined): string[] {
  const reminder = reminderFor(event, today);
  const alarm = reminder === undefined ? [] : [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(`${reminder.lead}: ${event.title}`)}`,
    `TRIGGER:${reminder.trigger}`,
    'END:VALARM',
  ];
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'TRANSP:TRANSPARENT',
    ...alarm,
    'END:VEVENT',
  ];
}

export function buildIcsCalendar(input: IcsCalendarInput): string {
  const dtstamp = icsTimestamp(input.now ?? new Date());
  const uids = uniqueUids(input.calendarId, input.events);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(input.name)}`,
    'X-WR-TIMEZONE:Europe/London',
    ...input.events.flatMap((event, i) => eventLines(event, uids[i], dtstamp, input.today)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
