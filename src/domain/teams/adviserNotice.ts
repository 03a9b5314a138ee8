import { formatLongDate, todayInLondon } from '../dates/calendarDate';
import type { HandoffReason, HandoffRecord } from '../handoff/handoffQueue';

/**
 * What advisers are told in their Teams channel when a parent starts waiting: enough to decide
 * who picks it up, and a link to the adviser hub, where the rest is. Nothing personal travels:
 * only the one-line summary topic and fixed wording chosen here (no transcript, no names, no
 * contact details, no conversation id).
 */

export interface AdviserNotice {
  readonly urgent: boolean;
  readonly title: string;
  readonly facts: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  /** The adviser hub page for this handoff. */
  readonly hubUrl: string;
  /** One line for notifications and screen readers. */
  readonly summaryLine: string;
}

const REASON_LABELS: Readonly<Record<HandoffReason, string>> = {
  safeguarding: 'Safeguarding concern',
  distress: 'The parent seemed very upset',
  'beyond-guidance': 'Needs advice about their own case',
  asked: 'Asked to talk to a person',
  'not-answered': 'The bot could not answer their questions',
  'flow-end': 'Asked for help after a guided task',
};

/** A topic longer than this is cut: it is a headline, not a story. */
export const MAX_TOPIC_CHARS = 120;

export function adviserHubLink(publicUrl: string, handoffId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/advisers?handoff=${encodeURIComponent(handoffId)}`;
}

export function buildAdviserNotice(record: HandoffRecord, publicUrl: string): AdviserNotice {
  const urgent = record.reason === 'safeguarding' || record.safeguardingFlag || record.priority <= 1;
  const topic = shorten(record.summary.topic.replace(/\s+/g, ' ').trim() || 'Not given', MAX_TOPIC_CHARS);
  const reason = REASON_LABELS[record.reason] ?? 'Asked to talk to a person';
  const title = urgent ? 'Urgent: a parent needs an adviser now' : 'A parent is waiting for an adviser';
  const waitingSince = describeLondonTime(record.createdAt);
  return {
    urgent,
    title,
    facts: [
      { title: 'Topic', value: topic },
      { title: 'Reason', value: reason },
      { title: 'Priority', value: describePriority(record.priority) },
      { title: 'Waiting since', value: waitingSince },
    ],
    hubUrl: adviserHubLink(publicUrl, record.id),
    summaryLine: `${title}. ${reason}. Waiting since ${waitingSince}.`,
  };
}

export function describePriority(priority: number): string {
  if (priority <= 1) return `${priority} (urgent: seen first)`;
  if (priority === 2) return '2 (high)';
  return `${priority} (normal)`;
}

/** "10:05 on Monday 23 November 2026", in England's time. */
export function describeLondonTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown';
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
  return `${time} on ${formatLongDate(todayInLondon(at))}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
