import { markdownAsLines } from '../../domain/text/markdownAsLines';
import type { HandoffRecord, HandoffStatus, TranscriptEntry } from '../../domain/handoff/handoffQueue';
import { flowName, topicOf } from '../../domain/handoff/handoffSummary';
import type { StaffAccount } from '../../domain/staff/staffAccount';

/**
 * What the hub page is sent about a handoff. The queue list carries only what an adviser needs
 * to choose whom to help next; contact details and the transcript come with the full view, which
 * is audited. The topic comes from the summary (a guided flow, the last question answered, the
 * reason), never from what the parent typed.
 */

/**
 * here: in the web chat now; gone: no connection and no message for a while, or left; unknown:
 * a channel that does not say (Teams, Azure's Direct Line).
 */
export type ParentPresenceView = 'here' | 'gone' | 'unknown';

/**
 * chat: a parent asking to talk in the chat. callback: the parent asked to be phoned or emailed;
 * the adviser can message them in the chat too only while they are still in it.
 */
export type HandoffKind = 'chat' | 'callback';

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
  readonly kind: HandoffKind;
  readonly parent: { readonly presence: ParentPresenceView; readonly goneSince?: string };
}

export interface HandoffView extends QueueItemView {
  readonly acceptedAt?: string;
  readonly closedAt?: string;
  readonly closedOutcome?: HandoffRecord['closedOutcome'];
  readonly mine: boolean;
  /** The adviser holds it and a message can reach the parent (see reachableInChat): the message box is offered. */
  readonly canMessage: boolean;
  readonly summary: HandoffRecord['summary'];
  /** The guided flow's human name ("Asking for an EHC needs assessment"), when one was used. */
  readonly flowName?: string;
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

export function parentPresenceOf(record: HandoffRecord): ParentPresenceView {
  if (record.parentAwaySince) return 'gone';
  return record.parentSeenAt ? 'here' : 'unknown';
}

export function kindOf(record: HandoffRecord): HandoffKind {
  return record.callback ? 'callback' : 'chat';
}

/**
 * Whether a message in the chat can reach the parent: not once they have gone, and for a
 * call-back request only while they are known to be in the chat.
 */
export function reachableInChat(record: HandoffRecord): boolean {
  const presence = parentPresenceOf(record);
  return kindOf(record) === 'callback' ? presence === 'here' : presence !== 'gone';
}

export function queueItemView(record: HandoffRecord, me: StaffAccount): QueueItemView {
  const cb = record.callback;
  const presence = parentPresenceOf(record);
  return {
    id: record.id,
    status: record.status,
    priority: record.priority,
    reason: record.reason,
    reasonText: record.summary.reasonText,
    topic: topicOf(record.summary, record.reason),
    createdAt: record.createdAt,
    safeguarding: record.safeguardingFlag,
    callback: cb && { method: cb.method, bestTime: cb.bestTime, requestedAt: cb.requestedAt, done: Boolean(cb.doneAt) },
    adviser: record.adviser && { firstName: record.adviser.firstName, isMe: record.adviser.id === me.id },
    kind: kindOf(record),
    parent: presence === 'gone' ? { presence, goneSince: record.parentAwaySince } : { presence },
  };
}

/** The queue as advisers see it: parents who have gone (with no call-back to do) after everyone still waiting. */
export function queueOrder(items: readonly QueueItemView[]): QueueItemView[] {
  const last = (i: QueueItemView) => (i.parent.presence === 'gone' && i.kind === 'chat' ? 1 : 0);
  return [...items].sort((a, b) => last(a) - last(b));
}

/** `nameOf` turns a staff id (on notes and call-backs) into a first name. */
export function handoffView(record: HandoffRecord, me: StaffAccount, nameOf: (staffId: string) => string): HandoffView {
  const cb = record.callback;
  const item = queueItemView(record, me);
  const mine = record.status === 'with-adviser' && record.adviser?.id === me.id;
  return {
    ...item,
    acceptedAt: record.acceptedAt,
    closedAt: record.closedAt,
    closedOutcome: record.closedOutcome,
    mine,
    canMessage: mine && reachableInChat(record),
    summary: record.summary,
    ...(record.summary.flow ? { flowName: flowName(record.summary.flow.name) } : {}),
    // The bot's replies are Markdown; the hub shows text as it is, so they are turned into plain lines.
    transcript: record.transcript.map((e) => (e.from === 'bot' ? { ...e, text: markdownAsLines(e.text) } : e)),
    notes: record.notes.map((n) => ({ at: n.at, by: nameOf(n.adviserId), text: n.text })),
    callbackDetails: cb && { method: cb.method, phone: cb.phone, email: cb.email, bestTime: cb.bestTime, requestedAt: cb.requestedAt, doneAt: cb.doneAt, doneBy: cb.doneBy && nameOf(cb.doneBy) },
  };
}
