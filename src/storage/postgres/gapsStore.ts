import type { GapRecord } from '../../domain/gaps/gapRecord';
import type { GapsStore } from '../../domain/gaps/gapsStore';
import type { ScrubbedText } from '../../domain/privacy/scrubPersonalDetails';
import { gapRecordFromRow, type GapRow } from '../gapsRows';
import { isoOf, pgText, type PostgresDatabase } from './postgresDatabase';

type Row = GapRow<Date>;
const toRecord = (r: Row) => gapRecordFromRow(r, isoOf);

/** Gap records in the shared PostgreSQL database (migration 020). */
export class PostgresGapsStore implements GapsStore {
  constructor(private readonly db: PostgresDatabase) {}

  async add(record: GapRecord): Promise<void> {
    try {
      await this.db.query(`INSERT INTO gaps (id, created_at, kind, question, closest_article_id, closest_score, looking_for)
        VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [record.id, record.createdAt, record.kind, pgText(record.question), record.closestArticleId ?? null, record.closestScore ?? null,
        record.lookingFor === undefined ? null : pgText(record.lookingFor)]);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new Error('A gap record with this id already exists');
      throw error;
    }
  }

  async listBetween(from: string, to: string): Promise<GapRecord[]> {
    const { rows } = await this.db.query<Row>('SELECT * FROM gaps WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, id', [from, to]);
    return rows.map(toRecord);
  }

  async addLookingFor(id: string, lookingFor: ScrubbedText): Promise<boolean> {
    const { rowCount } = await this.db.query('UPDATE gaps SET looking_for = $1 WHERE id = $2', [pgText(lookingFor), id]);
    return (rowCount ?? 0) > 0;
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    return (await this.db.query('DELETE FROM gaps WHERE created_at < $1', [cutoff])).rowCount ?? 0;
  }
}
