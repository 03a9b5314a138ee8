import type { HandoffAuditEntry, HandoffAuditLog, HandoffAuditRow } from '../../domain/staff/handoffAuditLog';
import type { SqliteDb } from './sqliteDatabase';

interface Row {
  at: string;
  staff_id: string;
  handoff_id: string;
  action: HandoffAuditRow['action'];
  name: string | null;
  email: string | null;
}

const SELECT = `SELECT h.at, h.staff_id, h.handoff_id, h.action, a.name, a.email
  FROM handoff_audit h LEFT JOIN staff_accounts a ON a.id = h.staff_id`;

function toRow(r: Row): HandoffAuditRow {
  return { at: r.at, staffId: r.staff_id, handoffId: r.handoff_id, action: r.action, staffName: r.name ?? '(unknown)', staffEmail: r.email ?? '' };
}

/** The handoff audit log in the embedded database (migration 017). */
export class SqliteHandoffAuditLog implements HandoffAuditLog {
  constructor(private readonly db: SqliteDb) {}

  async record(entry: HandoffAuditEntry): Promise<void> {
    this.db.prepare('INSERT INTO handoff_audit (at, staff_id, handoff_id, action) VALUES (?, ?, ?, ?)')
      .run(entry.at, entry.staffId, entry.handoffId, entry.action);
  }

  async forHandoff(handoffId: string): Promise<HandoffAuditRow[]> {
    return (this.db.prepare(`${SELECT} WHERE h.handoff_id = ? ORDER BY h.seq`).all(handoffId) as Row[]).map(toRow);
  }

  async since(since: string): Promise<HandoffAuditRow[]> {
    return (this.db.prepare(`${SELECT} WHERE h.at >= ? ORDER BY h.seq`).all(since) as Row[]).map(toRow);
  }

  async purgeBefore(cutoff: string): Promise<number> {
    return this.db.prepare('DELETE FROM handoff_audit WHERE at < ?').run(cutoff).changes;
  }
}
