import type { HandoffAuditRow } from '../domain/staff/handoffAuditLog';

/** The handoff audit log's rows (migration 017) as either backend reads them (`Time`: text or date). */
export interface AuditLogRow<Time> {
  at: Time;
  staff_id: string;
  handoff_id: string;
  action: HandoffAuditRow['action'];
  name: string | null;
  email: string | null;
}

/** Each entry with the name and email of the staff member (gone staff show as "(unknown)"). */
export const SELECT_AUDIT = `SELECT h.at, h.staff_id, h.handoff_id, h.action, a.name, a.email
  FROM handoff_audit h LEFT JOIN staff_accounts a ON a.id = h.staff_id`;

export function auditRowFromRow<Time>(r: AuditLogRow<Time>, isoOf: (time: Time) => string): HandoffAuditRow {
  return { at: isoOf(r.at), staffId: r.staff_id, handoffId: r.handoff_id, action: r.action, staffName: r.name ?? '(unknown)', staffEmail: r.email ?? '' };
}
