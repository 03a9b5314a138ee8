import type { HandoffAuditEntry, HandoffAuditLog, HandoffAuditRow } from '../../domain/staff/handoffAuditLog';
import { isoOf, type PostgresDatabase } from './postgresDatabase';
import { auditRowFromRow, SELECT_AUDIT, type AuditLogRow } from '../handoffAuditRows';

type Row = AuditLogRow<Date>;
const toRow = (r: Row) => auditRowFromRow(r, isoOf);

/** The handoff audit log in the shared PostgreSQL database (migration 017): every instance writes to one log. */
export class PostgresHandoffAuditLog implements HandoffAuditLog {
  constructor(private readonly db: PostgresDatabase) {}

  async record(entry: HandoffAuditEntry): Promise<void> {
    await this.db.query('INSERT INTO handoff_audit (at, staff_id, handoff_id, action) VALUES ($1, $2, $3, $4)',
      [entry.at, entry.staffId, entry.handoffId, entry.action]);
  }

  async forHandoff(handoffId: string): Promise<HandoffAuditRow[]> {
    return (await this.db.query<Row>(`${SELECT_AUDIT} WHERE h.handoff_id = $1 ORDER BY h.seq`, [handoffId])).rows.map(toRow);
  }

  async since(since: string): Promise<HandoffAuditRow[]> {
    return (await this.db.query<Row>(`${SELECT_AUDIT} WHERE h.at >= $1 ORDER BY h.seq`, [since])).rows.map(toRow);
  }

  async purgeBefore(cutoff: string): Promise<number> {
    return (await this.db.query('DELETE FROM handoff_audit WHERE at < $1', [cutoff])).rowCount ?? 0;
  }
}
