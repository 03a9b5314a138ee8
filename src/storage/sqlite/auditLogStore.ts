import type { HandoffAuditEntry, HandoffAuditLog, HandoffAuditRow } from '../../domain/staff/handoffAuditLog';
import type { SqliteDb } from './sqliteDatabase';
import { auditRowFromRow, SELECT_AUDIT, type AuditLogRow } from '../handoffAuditRows';

type Row = AuditLogRow<string>;
const toRow = (r: Row) => auditRowFromRow(r, (at: string) => at);

/** The handoff audit log in the embedded database (migration 017). */
export class SqliteHandoffAuditLog implements HandoffAuditLog {
  constructor(private readonly db: SqliteDb) {}

  async record(entry: HandoffAuditEntry): Promise<void> {
    this.db.prepare('INSERT INTO handoff_audit (at, staff_id, handoff_id, action) VALUES (?, ?, ?, ?)')
      .run(entry.at, entry.staffId, entry.handoffId, entry.action);
  }

  async forHandoff(handoffId: string): Promise<HandoffAuditRow[]> {
    return (this.db.prepare(`${SELECT_AUDIT} WHERE h.handoff_id = ? ORDER BY h.seq`).all(handoffId) as Row[]).map(toRow);
  }

  async since(since: string): Promise<HandoffAuditRow[]> {
    return (this.db.prepare(`${SELECT_AUDIT} WHERE h.at >= ? ORDER BY h.seq`).all(since) as Row[]).map(toRow);
  }

  async purgeBefore(cutoff: string): Promise<number> {
    return this.db.prepare('DELETE FROM handoff_audit WHERE at < ?').run(cutoff).changes;
  }
}
