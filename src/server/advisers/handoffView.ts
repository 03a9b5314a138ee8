import type { HandoffRecord, HandoffStatus, TranscriptEntry } from '../../domain/handoff/handoffQueue';
import type { StaffAccount } from '../../domain/staff/staffAccount';

/**
 * What the hub page is sent about a handoff. The queue list carries only what an adviser needs
 * to choose whom to help next; contact details and the transcript come with the full view, which
 * is audited.
 */

export interface QueueItemView {
  readonly id: string;
  readonly status: HandoffStatus;
  readonly priority: number;
  readonly reason: HandoffRecord['reason'];
  readonly reasonText: string;
  readonly topic: string;
  readonly createdAt: string;
  readonly safeguarding: boolean;
  readonly callback?: { readonly method: 'phone' | 'email'; readonly bestTime?: string; readonly requestedAt: string; readonly done: boolean };
  readonly adviser?: { readonly firstName: string; readonly isMe: boolean };
}

export interface HandoffView extends QueueItemView {
  readonly acceptedAt?: string;
  readonly closedAt?: string;
  readonly closedOutcome?: HandoffRecord['closedOutcome'];
  readonly mine: boolean;
  readonly summary: HandoffRecord['summary'];
  readonly transcript: readonly TranscriptEntry[];
  readonly notes: ReadonlyArray<{ readonly at: string; readonly by: string; readonly text: string }>;
  readonly callbackDetails?: {
    readonly method: 'phone' | 'email';
    readonly phone?: string;
    readonly email?: string;
    readonly bestTime?: string;
    readonly requestedAt: string;
    readonly doneAt?: string;
    readonly doneBy?: string;
  };
}

export function queueItemView(record: HandoffRecord, me: StaffAccount): QueueItemView {
  const cb = record.callback;
  return {
    id: record.id,
    status: record.status,
    priority: record.priority,
    reason: record.reason,
    reasonText: record.summary.reasonText,
    topic: record.summary.topic,
    createdAt: record.createdAt,
    safeguarding: record.safeguardingFlag,
    callback: cb && { method: cb.method, bestTime: cb.bestTime, requestedAt: cb.requestedAt, done: Boolean(cb.doneAt) },
    adviser: record.adviser && { firstName: record.adviser.firstName, isMe: record.adviser.id === me.id },
  };
}

/** `nameOf` turns a staff id (on notes and call-backs) into a first name. */
export function handoffView(record: HandoffRecord, me: StaffAccount, nameOf: (staffId: string) => string): HandoffView {
  const cb = record.callback;
  return {
    ...queueItemView(record, me),
    acceptedAt: record.acceptedAt,
    closedAt: record.closedAt,
    closedOutcome: record.closedOutcome,
    mine: record.status === 'with-adviser' && record.adviser?.id === me.id,
    summary: record.summary,
    transcript: record.transcript,
    notes: record.notes.map((n) => ({ at: n.at, by: nameOf(n.adviserId), text: n.text })),
    callbackDetails: cb && { method: cb.method, phone: cb.phone, email: cb.email, bestTime: cb.bestTime, requestedAt: cb.requestedAt, doneAt: cb.doneAt, doneBy: cb.doneBy && nameOf(cb.doneBy) },
  };
}
