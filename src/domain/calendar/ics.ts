/**
 * iCalendar (RFC 5545) files of deadlines, so parents can add them to their phone's calendar.
 * Each deadline is an all-day event with a display reminder a week before.
 */
import { createHash } from 'node:crypto';
import { IsoDate, addDays } from '../dates/calendarDate';

export interface CalendarEvent {
  date: IsoDate;
  title: string;
  description: string;
}

export interface IcsCalendarInput {
  /** Shown by calendar apps as the calendar's name. */
  name: string;
  events: CalendarEvent[];
  /** The time the file is made (DTSTAMP); defaults to now. */
  now?: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const PRODID = '-//SEND Navigator//Deadlines//EN';
const UID_DOMAIN = 'send-navigator';
/** A reminder one week before each all-day event. */
const REMINDER_TRIGGER = '-P7D';

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

function stableUid(event: CalendarEvent): string {
  const hash = createHash('sha256').update(`${event.date}\n${event.title}`).digest('hex').slice(0, 32);
  return `${hash}@${UID_DOMAIN}`;
}

/** Stable UIDs; a repeat of the same date and title in one file gets a numbered suffix. */
function uniqueUids(events: readonly CalendarEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const uid = stableUid(event);
    const count = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, count);
    return count === 1 ? uid : uid.replace('@', `-${count}@`);
  });
}

function eventLines(event: CalendarEvent, uid: string, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(`In 1 week: ${event.title}`)}`,
    `TRIGGER:${REMINDER_TRIGGER}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function buildIcsCalendar(input: IcsCalendarInput): string {
  const dtstamp = icsTimestamp(input.now ?? new Date());
  const uids = uniqueUids(input.events);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(input.name)}`,
    'X-WR-TIMEZONE:Europe/London',
    ...input.events.flatMap((event, i) => eventLines(event, uids[i], dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
