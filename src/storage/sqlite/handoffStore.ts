import { randomUUID } from 'node:crypto';
import type {
  CallbackRequest, ClosedOutcome, HandoffQueue, HandoffRecord, HandoffStatus,
  NewHandoff, QueueEvent, StaffRef, TakeResult, TranscriptEntry,
} from '../../domain/handoff/handoffQueue';
import { PRIORITY_BY_REASON } from '../../domain/handoff/handoffQueue';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import type { SqliteDb } from './sqliteDatabase';
import {
  handoffRecordFromRow, OPEN_STATUSES, RECORD_COLUMNS,
  type HandoffRow as Row, type NoteRow as Note, type RowReaders, type TranscriptRow as Transcript,
} from '../handoffRows';

/** Thrown when a handoff id is unknown (deleted by retention, or never existed). */
export class HandoffNotFoundError extends Error {
  constructor(readonly handoffId: string) {
    super(`No handoff ${handoffId.slice(0, 8)}: it may have been deleted after the retention period.`);
    this.name = 'HandoffNotFoundError';
  }
}

/** Thrown when a message or call-back is added to a handoff that has been closed. */
export class HandoffClosedError extends Error {
  constructor(readonly handoffId: string) {
    super(`Handoff ${handoffId.slice(0, 8)} is closed.`);
    this.name = 'HandoffClosedError';
  }
}

type HandoffRow = Row<string, string, number>;
type TranscriptRow = Transcript<string>;
type NoteRow = Note<string>;
/** SQLite keeps times as ISO text, JSON as text and flags as 0/1. */
const READERS: RowReaders<string, string, number> = { isoOf: (time) => time, jsonOf: (json) => JSON.parse(json), flagOf: (flag) => flag === 1 };
/** The order advisers see the queue in: safeguarding first, then whoever has waited longest. */
const QUEUE_ORDER = 'ORDER BY priority ASC, created_at ASC, rowid ASC';
/** Conversation ids per statement (well under SQLite's limit on parameters). */
const IN_LIST_CHUNK = 400;

/**
 * The handoff queue in the embedded SQLite database, so a restart loses no waiting parent,
 * transcript or call-back request. Every change is one statement or one transaction, and is
 * announced to subscribers (the relay to the parent, the adviser hub) once it is stored.
 */
export class SqliteHandoffQueue implements HandoffQueue, ConversationDataOwner {
  readonly name = 'handoffs';
  private readonly listeners = new Set<(event: QueueEvent) => void>();

  constructor(private readonly db: SqliteDb, private readonly clock: () => Date = () => new Date()) {}

  async create(input: NewHandoff): Promise<HandoffRecord> {
    const id = randomUUID();
    const now = this.now();
    const insert = this.db.prepare(`INSERT INTO handoffs (id, conversation_id, channel_id, reason, priority, status, created_at,
      summary_json, safeguarding_flag, conversation_reference) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)`);
    this.db.transaction(() => {
      insert.run(id, input.conversationId, input.channelId, input.reason, PRIORITY_BY_REASON[input.reason], now,
        JSON.stringify(input.summary), input.reason === 'safeguarding' ? 1 : 0, input.conversationReference);
      input.transcript.forEach((entry, i) => this.insertEntry(id, i + 1, entry));
    })();
    this.emit({ type: 'created', handoffId: id, conversationId: input.conversationId });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const row = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE id = ?`).get(id) as HandoffRow | undefined;
    return row ? this.toRecord(row) : undefined;
  }

  async findOpenByConversation(conversationId: string): Promise<HandoffRecord | undefined> {
    const row = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE conversation_id = ? AND status != 'closed'
      ORDER BY created_at DESC, rowid DESC LIMIT 1`).get(conversationId) as HandoffRow | undefined;
    return row ? this.toRecord(row) : undefined;
  }

  async list(filter?: { readonly statuses?: readonly HandoffStatus[] }): Promise<HandoffRecord[]> {
    const statuses = filter?.statuses?.length ? filter.statuses : OPEN_STATUSES;
    const rows = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE status IN (${statuses.map(() => '?').join(', ')}) ${QUEUE_ORDER}`)
      .all(...statuses) as HandoffRow[];
    return rows.map((r) => this.toRecord(r));
  }

  async position(id: string): Promise<number | undefined> {
    // Parents who have gone do not count (the one asking is here, whatever was recorded).
    const ids = this.db.prepare(`SELECT id FROM handoffs WHERE status = 'waiting' AND (parent_away_since IS NULL OR id = ?) ${QUEUE_ORDER}`)
      .all(id) as Array<{ id: string }>;
    const i = ids.findIndex((r) => r.id === id);
    return i < 0 ? undefined : i + 1;
  }

  async take(id: string, adviser: StaffRef): Promise<TakeResult> {
    // One conditional UPDATE: of two advisers pressing "take" together, exactly one changes the row.
    const changed = this.db.prepare(`UPDATE handoffs SET status = 'with-adviser', accepted_at = ?, adviser_id = ?, adviser_first_name = ?
      WHERE id = ? AND status IN ('waiting', 'callback-requested')`).run(this.now(), adviser.id, adviser.firstName, id).changes;
    const record = await this.get(id);
    if (!record) return { ok: false, reason: 'not-found' };
    if (!changed) return { ok: false, reason: record.status === 'closed' ? 'closed' : 'already-taken' };
    this.emit({ type: 'taken', handoffId: id, conversationId: record.conversationId, adviser });
    return { ok: true, record };
  }

  async appendMessage(id: string, entry: TranscriptEntry): Promise<void> {
    const row = this.requireRow(id);
    if (row.status === 'closed') throw new HandoffClosedError(id);
    this.db.transaction(() => {
      const { last } = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS last FROM handoff_transcript WHERE handoff_id = ?').get(id) as { last: number };
      this.insertEntry(id, last + 1, entry);
    })();
    this.emit({ type: 'message', handoffId: id, conversationId: row.conversation_id, entry });
  }

  async addNote(id: string, adviserId: string, text: string): Promise<void> {
    const row = this.requireRow(id);
    this.db.prepare('INSERT INTO handoff_notes (handoff_id, adviser_id, text, at) VALUES (?, ?, ?, ?)').run(id, adviserId, text, this.now());
    this.emit({ type: 'updated', handoffId: id, conversationId: row.conversation_id });
  }

  async requestCallback(id: string, request: Omit<CallbackRequest, 'requestedAt' | 'doneAt' | 'doneBy'>): Promise<void> {
    const row = this.requireRow(id);
    if (row.status === 'closed') throw new HandoffClosedError(id);
    const callback: CallbackRequest = { ...request, requestedAt: this.now() };
    // A parent already talking with an adviser stays with them; otherwise the adviser will call back.
    this.db.prepare(`UPDATE handoffs SET callback_json = ?, status = CASE WHEN status = 'waiting' THEN 'callback-requested' ELSE status END
      WHERE id = ?`).run(JSON.stringify(callback), id);
    this.emit({ type: 'updated', handoffId: id, conversationId: row.conversation_id });
  }

  async markCallbackDone(id: string, adviserId: string): Promise<void> {
    const row = this.requireRow(id);
    if (!row.callback_json) return;
    const callback: CallbackRequest = { ...(JSON.parse(row.callback_json) as CallbackRequest), doneAt: this.now(), doneBy: adviserId };
    this.db.prepare('UPDATE handoffs SET callback_json = ? WHERE id = ?').run(JSON.stringify(callback), id);
    this.emit({ type: 'updated', handoffId: id, conversationId: row.conversation_id });
  }

  async flagSafeguarding(id: string): Promise<void> {
    const row = this.requireRow(id);
    // Flagged conversations go to the top of the queue, with the safeguarding handoffs.
    this.db.prepare('UPDATE handoffs SET safeguarding_flag = 1, priority = MIN(priority, ?) WHERE id = ?').run(PRIORITY_BY_REASON.safeguarding, id);
    this.emit({ type: 'updated', handoffId: id, conversationId: row.conversation_id });
  }

  async close(id: string, outcome: ClosedOutcome): Promise<void> {
    const row = this.requireRow(id);
    const changed = this.db.prepare(`UPDATE handoffs SET status = 'closed', closed_at = ?, closed_outcome = ? WHERE id = ? AND status != 'closed'`)
      .run(this.now(), outcome, id).changes;
    if (changed) this.emit({ type: 'closed', handoffId: id, conversationId: row.conversation_id, outcome });
  }

  async markParentSeen(conversationIds: readonly string[]): Promise<void> {
    const now = this.now();
    const back: Array<{ id: string; conversation_id: string }> = [];
    for (let i = 0; i < conversationIds.length; i += IN_LIST_CHUNK) {
      const chunk = conversationIds.slice(i, i + IN_LIST_CHUNK);
      const marks = chunk.map(() => '?').join(', ');
      this.db.transaction(() => {
        back.push(...this.db.prepare(`SELECT id, conversation_id FROM handoffs WHERE conversation_id IN (${marks}) AND status != 'closed'
          AND parent_away_since IS NOT NULL`).all(...chunk) as Array<{ id: string; conversation_id: string }>);
        this.db.prepare(`UPDATE handoffs SET parent_seen_at = ?, parent_away_since = NULL WHERE conversation_id IN (${marks}) AND status != 'closed'`)
          .run(now, ...chunk);
      })();
    }
    for (const r of back) this.emit({ type: 'updated', handoffId: r.id, conversationId: r.conversation_id });
  }

  async markParentAway(which: { readonly conversationId: string } | { readonly seenBefore: string }): Promise<void> {
    const gone = 'conversationId' in which
      ? this.db.prepare(`UPDATE handoffs SET parent_away_since = ?, parent_seen_at = COALESCE(parent_seen_at, ?)
          WHERE conversation_id = ? AND status != 'closed' AND parent_away_since IS NULL RETURNING id, conversation_id`)
        .all(this.now(), this.now(), which.conversationId)
      // Gone since they were last seen: "not in the chat since 14:02".
      : this.db.prepare(`UPDATE handoffs SET parent_away_since = parent_seen_at
          WHERE status IN ('waiting', 'with-adviser', 'callback-requested') AND parent_seen_at IS NOT NULL AND parent_seen_at < ?
          AND parent_away_since IS NULL RETURNING id, conversation_id`)
        .all(which.seenBefore);
    for (const r of gone as Array<{ id: string; conversation_id: string }>) this.emit({ type: 'updated', handoffId: r.id, conversationId: r.conversation_id });
  }

  async conversationReference(id: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT conversation_reference FROM handoffs WHERE id = ?').get(id) as { conversation_reference: string } | undefined;
    return row?.conversation_reference;
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    return this.deleteWhere('created_at < ?', cutoff, 'expired');
  }

  /** "Clear this conversation": every handoff of it, with transcripts and notes. An open one ends as "the parent left". */
  async eraseConversation(conversationId: string): Promise<number> {
    return this.deleteWhere('conversation_id = ?', conversationId, 'parent-left');
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  private deleteWhere(condition: string, value: string, outcome: ClosedOutcome): number {
    const doomed = this.db.prepare(`SELECT id, conversation_id, status FROM handoffs WHERE ${condition}`).all(value) as Array<Pick<HandoffRow, 'id' | 'conversation_id' | 'status'>>;
    if (!doomed.length) return 0;
    const deleteTranscript = this.db.prepare('DELETE FROM handoff_transcript WHERE handoff_id = ?');
    const deleteNotes = this.db.prepare('DELETE FROM handoff_notes WHERE handoff_id = ?');
    const deleteHandoff = this.db.prepare('DELETE FROM handoffs WHERE id = ?');
    // Explicit deletes as well as ON DELETE CASCADE: a database opened without foreign keys still loses everything.
    this.db.transaction(() => {
      for (const { id } of doomed) {
        deleteTranscript.run(id);
        deleteNotes.run(id);
        deleteHandoff.run(id);
      }
    })();
    // Anyone showing an open one (the hub, a waiting parent's relay) learns it has gone.
    for (const r of doomed) {
      if (r.status !== 'closed') this.emit({ type: 'closed', handoffId: r.id, conversationId: r.conversation_id, outcome });
    }
    return doomed.length;
  }

  private insertEntry(handoffId: string, seq: number, entry: TranscriptEntry): void {
    this.db.prepare('INSERT INTO handoff_transcript (handoff_id, seq, sender, text, at, adviser_name) VALUES (?, ?, ?, ?, ?, ?)')
      .run(handoffId, seq, entry.from, entry.text, entry.at, entry.adviserName ?? null);
  }

  private requireRow(id: string): HandoffRow {
    const row = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE id = ?`).get(id) as HandoffRow | undefined;
    if (!row) throw new HandoffNotFoundError(id);
    return row;
  }

  private toRecord(row: HandoffRow): HandoffRecord {
    const transcript = this.db.prepare('SELECT sender, text, at, adviser_name FROM handoff_transcript WHERE handoff_id = ? ORDER BY seq').all(row.id) as TranscriptRow[];
    const notes = this.db.prepare('SELECT adviser_id, text, at FROM handoff_notes WHERE handoff_id = ? ORDER BY id').all(row.id) as NoteRow[];
    return handoffRecordFromRow(row, transcript, notes, READERS);
  }

  private emit(event: QueueEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed hub socket, say) must not undo a stored change or stop the others.
      }
    }
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
