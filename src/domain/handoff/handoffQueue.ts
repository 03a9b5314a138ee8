/**
 * The queue of parents waiting for (or talking with) a SENDIASS adviser. One interface, shared by
 * the bot (which creates handoffs and relays messages), the built-in adviser hub and a
 * contact-centre connector, so they all see the same queue. Plain TypeScript: no Bot Framework.
 */

export type HandoffStatus = 'waiting' | 'with-adviser' | 'callback-requested' | 'closed';

/** Why the parent is being handed over. Safeguarding is always first in the queue. */
export type HandoffReason = 'safeguarding' | 'distress' | 'beyond-guidance' | 'asked' | 'not-answered' | 'flow-end';

/** 1 is seen first. */
export const PRIORITY_BY_REASON: Readonly<Record<HandoffReason, number>> = {
  safeguarding: 1,
  distress: 2,
  'beyond-guidance': 3,
  asked: 3,
  'not-answered': 3,
  'flow-end': 3,
};

export type ClosedOutcome = 'closed-by-adviser' | 'returned-to-bot' | 'parent-left' | 'expired' | 'contact-centre-completed' | 'contact-centre-failed';

export interface TranscriptEntry {
  readonly from: 'parent' | 'bot' | 'adviser' | 'system';
  readonly text: string;
  /** ISO timestamp. */
  readonly at: string;
  /** For adviser messages: their first name, as the parent sees it. */
  readonly adviserName?: string;
}

export interface CallbackRequest {
  readonly method: 'phone' | 'email';
  /** Only what the parent chose to give. */
  readonly phone?: string;
  readonly email?: string;
  /** In their words, e.g. "weekday mornings". */
  readonly bestTime?: string;
  readonly requestedAt: string;
  readonly doneAt?: string;
  readonly doneBy?: string;
}

/** What the adviser reads first: enough not to make the parent repeat their story. */
export interface HandoffSummary {
  /** One line, e.g. "Asked about appealing a refusal to assess". */
  readonly topic: string;
  /** Plain reason, e.g. "Asked to talk to a person". */
  readonly reasonText: string;
  /** Titles of the knowledge-base answers the bot gave in this conversation. */
  readonly botAnswered: readonly string[];
  /** A guided flow's answers (question label -> answer), if one was used. */
  readonly flow?: { readonly name: string; readonly answers: Readonly<Record<string, string>> };
}

export interface StaffRef {
  readonly id: string;
  /** Shown to the parent: "an adviser from SENDIASS, Sam, has joined". */
  readonly firstName: string;
}

export interface AdviserNote {
  readonly at: string;
  readonly adviserId: string;
  readonly text: string;
}

export interface HandoffRecord {
  readonly id: string;
  readonly conversationId: string;
  /** 'directline', 'msteams', 'webchat', ... */
  readonly channelId: string;
  readonly reason: HandoffReason;
  readonly priority: number;
  readonly status: HandoffStatus;
  readonly createdAt: string;
  readonly acceptedAt?: string;
  readonly closedAt?: string;
  readonly closedOutcome?: ClosedOutcome;
  readonly summary: HandoffSummary;
  /** Only with the parent's consent (a handoff without consent is never stored). */
  readonly transcript: readonly TranscriptEntry[];
  readonly callback?: CallbackRequest;
  readonly adviser?: StaffRef;
  readonly notes: readonly AdviserNote[];
  /** Raised when safeguarding words appear while waiting or with an adviser. */
  readonly safeguardingFlag: boolean;
  /**
   * The last time the parent was known to be in the chat: a message, or the web chat's connection
   * open. Absent when this cannot be known (Teams, Azure's Direct Line): never shown as gone.
   */
  readonly parentSeenAt?: string;
  /**
   * Set when the parent has gone (no connection and no message for HANDOFF_PARENT_AWAY_MINUTES, or
   * "Start a new conversation" with a call-back still to do); cleared if they come back. A parent
   * who has gone does not count in other parents' places in the queue.
   */
  readonly parentAwaySince?: string;
}

export interface NewHandoff {
  readonly conversationId: string;
  readonly channelId: string;
  readonly reason: HandoffReason;
  readonly summary: HandoffSummary;
  readonly transcript: readonly TranscriptEntry[];
  /** Opaque data the bot needs to message the parent later (a serialised ConversationReference). */
  readonly conversationReference: string;
}

export type TakeResult =
  | { readonly ok: true; readonly record: HandoffRecord }
  | { readonly ok: false; readonly reason: 'already-taken' | 'closed' | 'not-found' };

export type QueueEvent =
  | { readonly type: 'created'; readonly handoffId: string; readonly conversationId: string }
  | { readonly type: 'taken'; readonly handoffId: string; readonly conversationId: string; readonly adviser: StaffRef }
  | { readonly type: 'message'; readonly handoffId: string; readonly conversationId: string; readonly entry: TranscriptEntry }
  | { readonly type: 'updated'; readonly handoffId: string; readonly conversationId: string }
  | { readonly type: 'closed'; readonly handoffId: string; readonly conversationId: string; readonly outcome: ClosedOutcome };

export interface HandoffQueue {
  create(input: NewHandoff): Promise<HandoffRecord>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** The conversation's handoff that is not closed, if any. */
  findOpenByConversation(conversationId: string): Promise<HandoffRecord | undefined>;
  /** Open handoffs (or those with the given statuses), priority first, then oldest first. */
  list(filter?: { readonly statuses?: readonly HandoffStatus[] }): Promise<HandoffRecord[]>;
  /** 1-based place among those waiting, in the order advisers see them; parents who have gone do not count. */
  position(id: string): Promise<number | undefined>;
  /** Atomic: exactly one adviser can take a waiting (or call-back) handoff. */
  take(id: string, adviser: StaffRef): Promise<TakeResult>;
  appendMessage(id: string, entry: TranscriptEntry): Promise<void>;
  addNote(id: string, adviserId: string, text: string): Promise<void>;
  requestCallback(id: string, request: Omit<CallbackRequest, 'requestedAt' | 'doneAt' | 'doneBy'>): Promise<void>;
  markCallbackDone(id: string, adviserId: string): Promise<void>;
  flagSafeguarding(id: string): Promise<void>;
  close(id: string, outcome: ClosedOutcome): Promise<void>;
  /**
   * The parents of these conversations are in the chat now (connected, or just wrote): their open
   * handoffs' `parentSeenAt` becomes now, and one marked as gone is back (announced as "updated").
   */
  markParentSeen(conversationIds: readonly string[]): Promise<void>;
  /**
   * The parent has gone: open handoffs of `conversationId` (when given), or every open handoff whose
   * parent was last seen before `seenBefore` (ISO), get `parentAwaySince` (announced as "updated").
   * Handoffs whose presence is not known (never seen) are left alone.
   */
  markParentAway(which: { readonly conversationId: string } | { readonly seenBefore: string }): Promise<void>;
  /** The serialised ConversationReference saved at create. */
  conversationReference(id: string): Promise<string | undefined>;
  /** Retention: deletes handoffs created before the cutoff (ISO); returns how many. */
  purgeCreatedBefore(cutoff: string): Promise<number>;
  /** Live changes (for the hub and the relay to the parent); returns an unsubscribe function. */
  subscribe(listener: (event: QueueEvent) => void): () => void;
}
