import type { GapRecord } from '../../domain/gaps/gapRecord';
import type { GapsStore } from '../../domain/gaps/gapsStore';
import type { ScrubbedText } from '../../domain/privacy/scrubPersonalDetails';
import { gapRecordFromRow, type GapRow } from '../gapsRows';
import type { SqliteDb } from './sqliteDatabase';

type Row = GapRow<string>;
const toRecord = (r: Row) => gapRecordFromRow(r, (t: string) => t);

/** Gap records in the embedded database (migration 020). */
export class SqliteGapsStore implements GapsStore {
  constructor(private readonly db: SqliteDb) {}

  async add(record: GapRecord): Promise<void> {
    this.db.prepare(`INSERT INTO gaps (id, created_at, kind, question, closest_article_id, closest_score, looking_for)
      VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(record.id, record.createdAt, record.kind, record.question, record.closestArticleId ?? null, record.closestScore ?? null, record.lookingFor ?? null);
  }

  async listBetween(from: string, to: string): Promise<GapRecord[]> {
    return (this.db.prepare('SELECT * FROM gaps WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id').all(from, to) as Row[]).map(toRecord);
  }

  async addLookingFor(id: string, lookingFor: ScrubbedText): Promise<boolean> {
    return this.db.prepare('UPDATE gaps SET looking_for = ? WHERE id = ?').run(lookingFor, id).changes > 0;
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    return this.db.prepare('DELETE FROM gaps WHERE created_at < ?').run(cutoff).changes;
  }
}
