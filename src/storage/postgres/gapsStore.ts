import type { GapKind, GapRecord } from '../../domain/gaps/gapRecord';
import type { GapsStore } from '../../domain/gaps/gapsStore';
import type { ScrubbedText } from '../../domain/privacy/scrubPersonalDetails';
import { isoOf, pgText, type PostgresDatabase } from './postgresDatabase';

interface Row {
  id: string;
  created_at: Date;
  kind: GapKind;
  question: string;
  closest_article_id: string | null;
  closest_score: number | null;
  looking_for: string | null;
}

// Text in this table was scrubbed before it was written, so it is read back as scrubbed.
function toRecord(r: Row): GapRecord {
  return {
    id: r.id,
    createdAt: isoOf(r.created_at),
    kind: r.kind,
    question: r.question as ScrubbedText,
    ...(r.closest_article_id !== null ? { closestArticleId: r.closest_article_id } : {}),
    ...(r.closest_score !== null ? { closestScore: r.closest_score } : {}),
    ...(r.looking_for !== null ? { lookingFor: r.looking_for as ScrubbedText } : {}),
  };
}

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
