import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import type {
  CallbackRequest, ClosedOutcome, HandoffQueue, HandoffRecord, HandoffStatus,
  NewHandoff, QueueEvent, StaffRef, TakeResult, TranscriptEntry,
} from '../../domain/handoff/handoffQueue';
import { PRIORITY_BY_REASON } from '../../domain/handoff/handoffQueue';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import type { Logger } from '../../logging/logger';
import { HandoffClosedError, HandoffNotFoundError } from '../sqlite/handoffStore';
import type { BusBody, PostgresEventBus } from './eventBus';
import { isoOf, pgText, type PostgresDatabase } from './postgresDatabase';
import {
  handoffRecordFromRow, OPEN_STATUSES, RECORD_COLUMNS, transcriptEntryFromRow,
  type HandoffRow as Row, type NoteRow as Note, type RowReaders, type TranscriptRow as Transcript,
} from '../handoffRows';

type HandoffRow = Row<Date, unknown, boolean>;
type TranscriptRow = Transcript<Date>;
type NoteRow = Note<Date>;
/** The driver already gives JSON columns as objects and flags as booleans. */
const READERS: RowReaders<Date, unknown, boolean> = { isoOf, jsonOf: (json) => json, flagOf: (flag) => flag };
/** The order advisers see the queue in: safeguarding first, then whoever has waited longest. */
const QUEUE_ORDER = 'ORDER BY priority ASC, created_at ASC, seq ASC';

type Listener = (event: QueueEvent) => void;

/**
 * The handoff queue in a shared PostgreSQL database: the same queue whichever instance a parent
 * or an adviser reaches. Every change is one statement or one transaction; once stored it is
 * announced to this instance's subscribers and, by NOTIFY (ids only), to the other instances,
 * whose `subscribe` listeners hear it too (read back from the database, in order).
 * `subscribeHere` hears only changes made through this instance: for work that must happen once
 * (messaging the parent, posting a Teams notice), not once per instance.
 */
export class PostgresHandoffQueue implements HandoffQueue, ConversationDataOwner {
  readonly name = 'handoffs';
  private readonly listeners = new Set<Listener>();
  private readonly localListeners = new Set<Listener>();
  /** Events from other instances are read back one at a time, so they keep their order. */
  private remote: Promise<void> = Promise.resolve();
  private readonly stopListening: () => void;

  constructor(
    private readonly db: PostgresDatabase,
    private readonly bus?: PostgresEventBus,
    private readonly clock: () => Date = () => new Date(),
    private readonly logger?: Logger,
  ) {
    this.stopListening = bus?.subscribe('handoff', (body) => {
      this.remote = this.remote.then(() => this.fromOtherInstance(body)).catch((error: unknown) => {
        this.logger?.warn('handoff.remote_event_failed', { error: error as Error });
      });
    }) ?? (() => undefined);
  }

  async create(input: NewHandoff): Promise<HandoffRecord> {
    const id = randomUUID();
    await this.db.transaction(async (client) => {
      await client.query(`INSERT INTO handoffs (id, conversation_id, channel_id, reason, priority, status, created_at,
        summary_json, safeguarding_flag, conversation_reference) VALUES ($1, $2, $3, $4, $5, 'waiting', $6, $7, $8, $9)`,
      [id, input.conversationId, input.channelId, input.reason, PRIORITY_BY_REASON[input.reason], this.now(),
        JSON.stringify(input.summary), input.reason === 'safeguarding', input.conversationReference]);
      let seq = 0;
      for (const entry of input.transcript) await this.insertEntry(client, id, ++seq, entry);
      await this.announce(client, { e: 'created', h: id, c: input.conversationId });
    });
    this.emit({ type: 'created', handoffId: id, conversationId: input.conversationId });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const { rows } = await this.db.query<HandoffRow>(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE id = $1`, [id]);
    return rows[0] ? (await this.toRecords(rows))[0] : undefined;
  }

  async findOpenByConversation(conversationId: string): Promise<HandoffRecord | undefined> {
    const { rows } = await this.db.query<HandoffRow>(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE conversation_id = $1 AND status != 'closed'
      ORDER BY created_at DESC, seq DESC LIMIT 1`, [conversationId]);
    return rows[0] ? (await this.toRecords(rows))[0] : undefined;
  }

  async list(filter?: { readonly statuses?: readonly HandoffStatus[] }): Promise<HandoffRecord[]> {
    const statuses = filter?.statuses?.length ? filter.statuses : OPEN_STATUSES;
    const { rows } = await this.db.query<HandoffRow>(`SELECT ${RECORD_COLUMNS} FROM handoffs WHERE status = ANY($1) ${QUEUE_ORDER}`, [statuses]);
    return this.toRecords(rows);
  }

  async position(id: string): Promise<number | undefined> {
    // Parents who have gone do not count (the one asking is here, whatever was recorded).
    const { rows } = await this.db.query<{ id: string }>(`SELECT id FROM handoffs WHERE status = 'waiting' AND (parent_away_since IS NULL OR id = $1)
      ${QUEUE_ORDER}`, [id]);
    const i = rows.findIndex((r) => r.id === id);
    return i < 0 ? undefined : i + 1;
  }

  async take(id: string, adviser: StaffRef): Promise<TakeResult> {
    // One conditional UPDATE: of two advisers pressing "take" together (on any instances), exactly one changes the row.
    const taken = await this.db.transaction(async (client) => {
      const { rows } = await client.query<{ conversation_id: string }>(`UPDATE handoffs SET status = 'with-adviser', accepted_at = $1,
        adviser_id = $2, adviser_first_name = $3 WHERE id = $4 AND status IN ('waiting', 'callback-requested') RETURNING conversation_id`,
      [this.now(), adviser.id, adviser.firstName, id]);
      if (rows[0]) await this.announce(client, { e: 'taken', h: id, c: rows[0].conversation_id, a: adviser.id });
      return rows.length > 0;
    });
    const record = await this.get(id);
    if (!record) return { ok: false, reason: 'not-found' };
    if (!taken) return { ok: false, reason: record.status === 'closed' ? 'closed' : 'already-taken' };
    this.emit({ type: 'taken', handoffId: id, conversationId: record.conversationId, adviser });
    return { ok: true, record };
  }

  async appendMessage(id: string, entry: TranscriptEntry): Promise<void> {
    const conversationId = await this.db.transaction(async (client) => {
      // Locking the handoff row numbers concurrent messages one after another, and sees a close that came first.
      const { rows } = await client.query<{ status: HandoffStatus; conversation_id: string }>(
        'SELECT status, conversation_id FROM handoffs WHERE id = $1 FOR UPDATE', [id]);
      if (!rows[0]) throw new HandoffNotFoundError(id);
      if (rows[0].status === 'closed') throw new HandoffClosedError(id);
      const { rows: last } = await client.query<{ last: number }>('SELECT COALESCE(MAX(seq), 0)::int AS last FROM handoff_transcript WHERE handoff_id = $1', [id]);
      const seq = (last[0]?.last ?? 0) + 1;
      await this.insertEntry(client, id, seq, entry);
      await this.announce(client, { e: 'message', h: id, c: rows[0].conversation_id, s: seq });
      return rows[0].conversation_id;
    });
    this.emit({ type: 'message', handoffId: id, conversationId, entry });
  }

  async addNote(id: string, adviserId: string, text: string): Promise<void> {
    const conversationId = await this.changeRow(id, async (client) => {
      await client.query('INSERT INTO handoff_notes (handoff_id, adviser_id, text, at) VALUES ($1, $2, $3, $4)', [id, adviserId, pgText(text), this.now()]);
      return true;
    });
    if (conversationId) this.emit({ type: 'updated', handoffId: id, conversationId });
  }

  async requestCallback(id: string, request: Omit<CallbackRequest, 'requestedAt' | 'doneAt' | 'doneBy'>): Promise<void> {
    const callback: CallbackRequest = { ...request, requestedAt: this.now() };
    const conversationId = await this.changeRow(id, async (client, status) => {
      if (status === 'closed') throw new HandoffClosedError(id);
      // A parent already talking with an adviser stays with them; otherwise the adviser will call back.
      await client.query(`UPDATE handoffs SET callback_json = $1, status = CASE WHEN status = 'waiting' THEN 'callback-requested' ELSE status END
        WHERE id = $2`, [JSON.stringify(callback), id]);
      return true;
    });
    if (conversationId) this.emit({ type: 'updated', handoffId: id, conversationId });
  }

  async markCallbackDone(id: string, adviserId: string): Promise<void> {
    const conversationId = await this.changeRow(id, async (client) => {
      const { rows } = await client.query<{ callback_json: CallbackRequest | null }>('SELECT callback_json FROM handoffs WHERE id = $1', [id]);
      const current = rows[0]?.callback_json;
      if (!current) return false;
      const callback: CallbackRequest = { ...current, doneAt: this.now(), doneBy: adviserId };
      await client.query('UPDATE handoffs SET callback_json = $1 WHERE id = $2', [JSON.stringify(callback), id]);
      return true;
    });
    if (conversationId) this.emit({ type: 'updated', handoffId: id, conversationId });
  }

  async flagSafeguarding(id: string): Promise<void> {
    const conversationId = await this.changeRow(id, async (client) => {
      // Flagged conversations go to the top of the queue, with the safeguarding handoffs.
      await client.query('UPDATE handoffs SET safeguarding_flag = true, priority = LEAST(priority, $1) WHERE id = $2', [PRIORITY_BY_REASON.safeguarding, id]);
      return true;
    });
    if (conversationId) this.emit({ type: 'updated', handoffId: id, conversationId });
  }

  async close(id: string, outcome: ClosedOutcome): Promise<void> {
    const closed = await this.db.transaction(async (client) => {
      const { rows } = await client.query<{ conversation_id: string }>('SELECT conversation_id FROM handoffs WHERE id = $1', [id]);
      if (!rows[0]) throw new HandoffNotFoundError(id);
      const changed = await client.query(`UPDATE handoffs SET status = 'closed', closed_at = $1, closed_outcome = $2 WHERE id = $3 AND status != 'closed'`,
        [this.now(), outcome, id]);
      if (!changed.rowCount) return undefined;
      await this.announce(client, { e: 'closed', h: id, c: rows[0].conversation_id, o: outcome });
      return rows[0].conversation_id;
    });
    if (closed) this.emit({ type: 'closed', handoffId: id, conversationId: closed, outcome });
  }

  async markParentSeen(conversationIds: readonly string[]): Promise<void> {
    if (!conversationIds.length) return;
    const back = await this.db.transaction(async (client) => {
      // The old value comes from the subquery: RETURNING alone would give the new (empty) one.
      const { rows } = await client.query<{ id: string; conversation_id: string; was_away: boolean }>(`UPDATE handoffs h
        SET parent_seen_at = $1, parent_away_since = NULL
        FROM (SELECT id, parent_away_since IS NOT NULL AS was_away FROM handoffs WHERE conversation_id = ANY($2) AND status != 'closed' FOR UPDATE) o
        WHERE h.id = o.id RETURNING h.id, h.conversation_id, o.was_away`, [this.now(), [...conversationIds]]);
      const returned = rows.filter((r) => r.was_away);
      for (const r of returned) await this.announce(client, { e: 'updated', h: r.id, c: r.conversation_id });
      return returned;
    });
    for (const r of back) this.emit({ type: 'updated', handoffId: r.id, conversationId: r.conversation_id });
  }

  async markParentAway(which: { readonly conversationId: string } | { readonly seenBefore: string }): Promise<void> {
    const gone = await this.db.transaction(async (client) => {
      const { rows } = 'conversationId' in which
        ? await client.query<{ id: string; conversation_id: string }>(`UPDATE handoffs SET parent_away_since = $1, parent_seen_at = COALESCE(parent_seen_at, $1)
            WHERE conversation_id = $2 AND status != 'closed' AND parent_away_since IS NULL RETURNING id, conversation_id`, [this.now(), which.conversationId])
        // Gone since they were last seen: "not in the chat since 14:02".
        : await client.query<{ id: string; conversation_id: string }>(`UPDATE handoffs SET parent_away_since = parent_seen_at
            WHERE status IN ('waiting', 'with-adviser', 'callback-requested') AND parent_seen_at IS NOT NULL AND parent_seen_at < $1
            AND parent_away_since IS NULL RETURNING id, conversation_id`, [which.seenBefore]);
      for (const r of rows) await this.announce(client, { e: 'updated', h: r.id, c: r.conversation_id });
      return rows;
    });
    for (const r of gone) this.emit({ type: 'updated', handoffId: r.id, conversationId: r.conversation_id });
  }

  async conversationReference(id: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ conversation_reference: string }>('SELECT conversation_reference FROM handoffs WHERE id = $1', [id]);
    return rows[0]?.conversation_reference;
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    return this.deleteWhere('created_at < $1', cutoff, 'expired');
  }

  /** "Clear this conversation": every handoff of it, with transcripts and notes. An open one ends as "the parent left". */
  async eraseConversation(conversationId: string): Promise<number> {
    return this.deleteWhere('conversation_id = $1', conversationId, 'parent-left');
  }

  /** Every change, made through any instance. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Only changes made through this instance (the other instances act on theirs). */
  subscribeHere(listener: Listener): () => void {
    this.localListeners.add(listener);
    return () => { this.localListeners.delete(listener); };
  }

  /** Stops hearing the other instances (the database itself is closed by its owner). */
  async detach(): Promise<void> {
    this.stopListening();
    await this.remote;
  }

  private async deleteWhere(condition: string, value: string, outcome: ClosedOutcome): Promise<number> {
    // Transcripts and notes go with their handoff (ON DELETE CASCADE; PostgreSQL always enforces it).
    const doomed = await this.db.transaction(async (client) => {
      const { rows } = await client.query<Pick<HandoffRow, 'id' | 'conversation_id' | 'status'>>(
        `DELETE FROM handoffs WHERE ${condition} RETURNING id, conversation_id, status`, [value]);
      for (const r of rows) if (r.status !== 'closed') await this.announce(client, { e: 'closed', h: r.id, c: r.conversation_id, o: outcome });
      return rows;
    });
    // Anyone showing an open one (the hub, a waiting parent's relay) learns it has gone.
    for (const r of doomed) {
      if (r.status !== 'closed') this.emit({ type: 'closed', handoffId: r.id, conversationId: r.conversation_id, outcome });
    }
    return doomed.length;
  }

  /** Runs a change on an existing handoff and announces it as "updated"; returns its conversation id if `change` did something. */
  private async changeRow(id: string, change: (client: PoolClient, status: HandoffStatus) => Promise<boolean>): Promise<string | undefined> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ status: HandoffStatus; conversation_id: string }>('SELECT status, conversation_id FROM handoffs WHERE id = $1 FOR UPDATE', [id]);
      if (!rows[0]) throw new HandoffNotFoundError(id);
      if (!(await change(client, rows[0].status))) return undefined;
      await this.announce(client, { e: 'updated', h: id, c: rows[0].conversation_id });
      return rows[0].conversation_id;
    });
  }

  private async insertEntry(client: PoolClient, handoffId: string, seq: number, entry: TranscriptEntry): Promise<void> {
    await client.query('INSERT INTO handoff_transcript (handoff_id, seq, sender, text, at, adviser_name) VALUES ($1, $2, $3, $4, $5, $6)',
      [handoffId, seq, entry.from, pgText(entry.text), entry.at, entry.adviserName ?? null]);
  }

  /** Tells the other instances, on commit. */
  private async announce(client: PoolClient, body: BusBody): Promise<void> {
    await this.bus?.publish('handoff', body, client);
  }

  /** Rebuilds another instance's event from the database (the message carried ids only). */
  private async fromOtherInstance(body: BusBody): Promise<void> {
    const handoffId = String(body.h);
    const conversationId = String(body.c);
    switch (body.e) {
      case 'created':
      case 'updated':
        this.emitAll({ type: body.e, handoffId, conversationId });
        return;
      case 'taken': {
        const { rows } = await this.db.query<{ adviser_id: string | null; adviser_first_name: string | null }>(
          'SELECT adviser_id, adviser_first_name FROM handoffs WHERE id = $1', [handoffId]);
        const adviserId = String(body.a);
        const firstName = rows[0]?.adviser_id === adviserId ? rows[0].adviser_first_name ?? '' : '';
        this.emitAll({ type: 'taken', handoffId, conversationId, adviser: { id: adviserId, firstName } });
        return;
      }
      case 'message': {
        const { rows } = await this.db.query<TranscriptRow>('SELECT handoff_id, sender, text, at, adviser_name FROM handoff_transcript WHERE handoff_id = $1 AND seq = $2',
          [handoffId, Number(body.s)]);
        if (rows[0]) this.emitAll({ type: 'message', handoffId, conversationId, entry: transcriptEntryFromRow(rows[0], isoOf) });
        return;
      }
      case 'closed':
        this.emitAll({ type: 'closed', handoffId, conversationId, outcome: String(body.o) as ClosedOutcome });
        return;
      default:
    }
  }

  private async toRecords(rows: readonly HandoffRow[]): Promise<HandoffRecord[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    // Two queries for any number of handoffs, not two per handoff.
    const [transcripts, notes] = await Promise.all([
      this.db.query<TranscriptRow>('SELECT handoff_id, sender, text, at, adviser_name FROM handoff_transcript WHERE handoff_id = ANY($1) ORDER BY handoff_id, seq', [ids]),
      this.db.query<NoteRow>('SELECT handoff_id, adviser_id, text, at FROM handoff_notes WHERE handoff_id = ANY($1) ORDER BY id', [ids]),
    ]);
    return rows.map((row) => handoffRecordFromRow(row, transcripts.rows.filter((t) => t.handoff_id === row.id),
      notes.rows.filter((n) => n.handoff_id === row.id), READERS));
  }

  /** A change made here: every listener, and the "here only" ones. */
  private emit(event: QueueEvent): void {
    notify(this.localListeners, event);
    notify(this.listeners, event);
  }

  /** A change made on another instance: the "here only" listeners are not told. */
  private emitAll(event: QueueEvent): void {
    notify(this.listeners, event);
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function notify(listeners: ReadonlySet<Listener>, event: QueueEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch {
      // A failing listener (a closed hub socket, say) must not undo a stored change or stop the others.
    }
  }
}
