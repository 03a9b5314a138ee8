/**
 * Who looked at or acted on which handoff, and when: so a service can answer "who has seen this
 * family's conversation?". Holds staff ids and handoff ids only, never what anyone typed, and is
 * purged on the same rule as the handoffs themselves (HANDOFF_RETENTION_DAYS).
 */

export type HandoffAuditAction = 'viewed' | 'took' | 'closed' | 'returned-to-bot' | 'callback-done' | 'note-added';

export interface HandoffAuditEntry {
  readonly at: string;
  readonly staffId: string;
  readonly handoffId: string;
  readonly action: HandoffAuditAction;
}

export interface HandoffAuditRow extends HandoffAuditEntry {
  /** The account's full name and email when the log was read. */
  readonly staffName: string;
  readonly staffEmail: string;
}

export interface HandoffAuditLog {
  record(entry: HandoffAuditEntry): Promise<void>;
  /** Oldest first. */
  forHandoff(handoffId: string): Promise<HandoffAuditRow[]>;
  /** Oldest first, at or after `since` (ISO). */
  since(since: string): Promise<HandoffAuditRow[]>;
  /** Retention: deletes entries before the cutoff (ISO); returns how many. */
  purgeBefore(cutoff: string): Promise<number>;
}
