import { randomUUID } from 'node:crypto';
import {
  PRIORITY_BY_REASON,
  type CallbackRequest, type ClosedOutcome, type HandoffQueue, type HandoffRecord, type HandoffStatus, type NewHandoff,
  type QueueEvent, type StaffRef, type TakeResult, type TranscriptEntry,
} from '../../../src/domain/handoff/handoffQueue';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A small in-memory HandoffQueue for the hub's tests: the same contract as the SQLite queue
 * (priority then oldest first, atomic take, events), plus a record of the calls made on it.
 */
export class MemoryHandoffQueue implements HandoffQueue {
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  private readonly records = new Map<string, Mutable<HandoffRecord>>();
  private readonly references = new Map<string, string>();
  private readonly listeners = new Set<(event: QueueEvent) => void>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async create(input: NewHandoff): Promise<HandoffRecord> {
    const record: Mutable<HandoffRecord> = {
      id: randomUUID(), conversationId: input.conversationId, channelId: input.channelId, reason: input.reason,
      priority: PRIORITY_BY_REASON[input.reason], status: 'waiting', createdAt: this.now(), summary: input.summary,
      transcript: [...input.transcript], notes: [], safeguardingFlag: input.reason === 'safeguarding',
    };
    this.records.set(record.id, record);
    this.references.set(record.id, input.conversationReference);
    this.emit({ type: 'created', handoffId: record.id, conversationId: record.conversationId });
    return this.copy(record);
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const r = this.records.get(id);
    return r && this.copy(r);
  }

  async findOpenByConversation(conversationId: string): Promise<HandoffRecord | undefined> {
    const r = [...this.records.values()].find((x) => x.conversationId === conversationId && x.status !== 'closed');
    return r && this.copy(r);
  }

  async list(filter?: { readonly statuses?: readonly HandoffStatus[] }): Promise<HandoffRecord[]> {
    const statuses = filter?.statuses ?? ['waiting', 'with-adviser', 'callback-requested'];
    return [...this.records.values()]
      .filter((r) => statuses.includes(r.status))
      .sort((a, b) => a.priority - b.priority || a.createdAt.localeCompare(b.createdAt))
      .map((r) => this.copy(r));
  }

  async position(id: string): Promise<number | undefined> {
    const waiting = (await this.list({ statuses: ['waiting', 'callback-requested'] })).filter((r) => !r.parentAwaySince || r.id === id);
    const i = waiting.findIndex((r) => r.id === id);
    return i < 0 ? undefined : i + 1;
  }

  async take(id: string, adviser: StaffRef): Promise<TakeResult> {
    this.calls.push({ method: 'take', args: [id, adviser] });
    const r = this.records.get(id);
    if (!r) return { ok: false, reason: 'not-found' };
    if (r.status === 'closed') return { ok: false, reason: 'closed' };
    if (r.status === 'with-adviser') return { ok: false, reason: 'already-taken' };
    r.status = 'with-adviser';
    r.adviser = adviser;
    r.acceptedAt = this.now();
    this.emit({ type: 'taken', handoffId: id, conversationId: r.conversationId, adviser });
    return { ok: true, record: this.copy(r) };
  }

  async appendMessage(id: string, entry: TranscriptEntry): Promise<void> {
    this.calls.push({ method: 'appendMessage', args: [id, entry] });
    const r = this.open(id);
    r.transcript = [...r.transcript, entry];
    this.emit({ type: 'message', handoffId: id, conversationId: r.conversationId, entry });
  }

  async addNote(id: string, adviserId: string, text: string): Promise<void> {
    this.calls.push({ method: 'addNote', args: [id, adviserId, text] });
    const r = this.open(id);
    r.notes = [...r.notes, { at: this.now(), adviserId, text }];
    this.emit({ type: 'updated', handoffId: id, conversationId: r.conversationId });
  }

  async requestCallback(id: string, request: Omit<CallbackRequest, 'requestedAt' | 'doneAt' | 'doneBy'>): Promise<void> {
    const r = this.open(id);
    r.callback = { ...request, requestedAt: this.now() };
    if (r.status === 'waiting') r.status = 'callback-requested';
    this.emit({ type: 'updated', handoffId: id, conversationId: r.conversationId });
  }

  async markCallbackDone(id: string, adviserId: string): Promise<void> {
    this.calls.push({ method: 'markCallbackDone', args: [id, adviserId] });
    const r = this.open(id);
    if (r.callback) r.callback = { ...r.callback, doneAt: this.now(), doneBy: adviserId };
    this.emit({ type: 'updated', handoffId: id, conversationId: r.conversationId });
  }

  async flagSafeguarding(id: string): Promise<void> {
    const r = this.open(id);
    r.safeguardingFlag = true;
    r.priority = 1;
    this.emit({ type: 'updated', handoffId: id, conversationId: r.conversationId });
  }

  async close(id: string, outcome: ClosedOutcome): Promise<void> {
    this.calls.push({ method: 'close', args: [id, outcome] });
    const r = this.records.get(id);
    if (!r || r.status === 'closed') return;
    r.status = 'closed';
    r.closedAt = this.now();
    r.closedOutcome = outcome;
    this.emit({ type: 'closed', handoffId: id, conversationId: r.conversationId, outcome });
  }

  async markParentSeen(conversationIds: readonly string[]): Promise<void> {
    this.calls.push({ method: 'markParentSeen', args: [conversationIds] });
    for (const r of this.records.values()) {
      if (r.status === 'closed' || !conversationIds.includes(r.conversationId)) continue;
      const wasAway = Boolean(r.parentAwaySince);
      r.parentSeenAt = this.now();
      delete r.parentAwaySince;
      if (wasAway) this.emit({ type: 'updated', handoffId: r.id, conversationId: r.conversationId });
    }
  }

  async markParentAway(which: { readonly conversationId: string } | { readonly seenBefore: string }): Promise<void> {
    this.calls.push({ method: 'markParentAway', args: [which] });
    for (const r of this.records.values()) {
      if (r.status === 'closed' || r.parentAwaySince) continue;
      if ('conversationId' in which) {
        if (r.conversationId !== which.conversationId) continue;
        r.parentSeenAt ??= this.now();
        r.parentAwaySince = this.now();
      } else {
        if (!r.parentSeenAt || r.parentSeenAt >= which.seenBefore) continue;
        r.parentAwaySince = r.parentSeenAt;
      }
      this.emit({ type: 'updated', handoffId: r.id, conversationId: r.conversationId });
    }
  }

  async conversationReference(id: string): Promise<string | undefined> {
    return this.references.get(id);
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    let n = 0;
    for (const [id, r] of this.records) if (r.createdAt < cutoff) { this.records.delete(id); n++; }
    return n;
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private open(id: string): Mutable<HandoffRecord> {
    const r = this.records.get(id);
    if (!r) throw new Error(`no handoff ${id}`);
    if (r.status === 'closed') throw new Error(`handoff ${id} is closed`);
    return r;
  }

  private emit(event: QueueEvent): void {
    for (const l of this.listeners) l(event);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private copy(r: HandoffRecord): HandoffRecord {
    return structuredClone(r);
  }
}

/** A handoff as the bot would make it, for tests. */
export function newHandoff(topic: string, overrides: Partial<NewHandoff> = {}): NewHandoff {
  return {
    conversationId: `conv-${randomUUID().slice(0, 8)}`,
    channelId: 'directline',
    reason: 'asked',
    summary: { topic, reasonText: 'Asked to talk to a person', botAnswered: ['What an EHC needs assessment is'] },
    transcript: [
      { from: 'parent', text: `I need help: ${topic}`, at: new Date().toISOString() },
      { from: 'bot', text: 'I can pass you to an adviser at SENDIASS.', at: new Date().toISOString() },
    ],
    conversationReference: '{}',
    ...overrides,
  };
}
