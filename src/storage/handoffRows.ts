import type {
  AdviserNote, CallbackRequest, ClosedOutcome, HandoffReason, HandoffRecord, HandoffStatus, HandoffSummary, TranscriptEntry,
} from '../domain/handoff/handoffQueue';

/**
 * Rows of the handoff tables (migrations 010 and 018) as either backend reads them, and what they become.
 * SQLite gives times as text, JSON as text and flags as 0/1; PostgreSQL gives dates, parsed JSON
 * and booleans: `Time` and `Json` say which, and each backend passes its own readers.
 */

export const OPEN_STATUSES: readonly HandoffStatus[] = ['waiting', 'with-adviser', 'callback-requested'];
export const RECORD_COLUMNS = `id, conversation_id, channel_id, reason, priority, status, created_at, accepted_at, closed_at,
  closed_outcome, summary_json, callback_json, adviser_id, adviser_first_name, safeguarding_flag, parent_seen_at, parent_away_since`;

export interface HandoffRow<Time, Json, Flag> {
  id: string;
  conversation_id: string;
  channel_id: string;
  reason: HandoffReason;
  priority: number;
  status: HandoffStatus;
  created_at: Time;
  accepted_at: Time | null;
  closed_at: Time | null;
  closed_outcome: ClosedOutcome | null;
  summary_json: Json;
  callback_json: Json | null;
  adviser_id: string | null;
  adviser_first_name: string | null;
  safeguarding_flag: Flag;
  parent_seen_at: Time | null;
  parent_away_since: Time | null;
}

export interface TranscriptRow<Time> {
  handoff_id?: string;
  sender: TranscriptEntry['from'];
  text: string;
  at: Time;
  adviser_name: string | null;
}

export interface NoteRow<Time> {
  handoff_id?: string;
  adviser_id: string;
  text: string;
  at: Time;
}

/** How one backend's values read: its times as ISO text, its JSON columns as objects, its flags as booleans. */
export interface RowReaders<Time, Json, Flag> {
  readonly isoOf: (time: Time) => string;
  readonly jsonOf: (json: Json) => unknown;
  readonly flagOf: (flag: Flag) => boolean;
}

export function transcriptEntryFromRow<Time>(t: TranscriptRow<Time>, isoOf: (time: Time) => string): TranscriptEntry {
  const at = isoOf(t.at);
  return t.adviser_name ? { from: t.sender, text: t.text, at, adviserName: t.adviser_name } : { from: t.sender, text: t.text, at };
}

export function noteFromRow<Time>(n: NoteRow<Time>, isoOf: (time: Time) => string): AdviserNote {
  return { at: isoOf(n.at), adviserId: n.adviser_id, text: n.text };
}

export function handoffRecordFromRow<Time, Json, Flag>(
  row: HandoffRow<Time, Json, Flag>,
  transcript: readonly TranscriptRow<Time>[],
  notes: readonly NoteRow<Time>[],
  read: RowReaders<Time, Json, Flag>,
): HandoffRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    channelId: row.channel_id,
    reason: row.reason,
    priority: row.priority,
    status: row.status,
    createdAt: read.isoOf(row.created_at),
    ...(row.accepted_at ? { acceptedAt: read.isoOf(row.accepted_at) } : {}),
    ...(row.closed_at ? { closedAt: read.isoOf(row.closed_at) } : {}),
    ...(row.closed_outcome ? { closedOutcome: row.closed_outcome } : {}),
    summary: read.jsonOf(row.summary_json) as HandoffSummary,
    transcript: transcript.map((t) => transcriptEntryFromRow(t, read.isoOf)),
    ...(row.callback_json ? { callback: read.jsonOf(row.callback_json) as CallbackRequest } : {}),
    ...(row.adviser_id ? { adviser: { id: row.adviser_id, firstName: row.adviser_first_name ?? '' } } : {}),
    notes: notes.map((n) => noteFromRow(n, read.isoOf)),
    safeguardingFlag: read.flagOf(row.safeguarding_flag),
    ...(row.parent_seen_at ? { parentSeenAt: read.isoOf(row.parent_seen_at) } : {}),
    ...(row.parent_away_since ? { parentAwaySince: read.isoOf(row.parent_away_since) } : {}),
  };
}
