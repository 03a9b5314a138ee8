import type { GapKind, GapRecord } from '../domain/gaps/gapRecord';
import type { ScrubbedText } from '../domain/privacy/scrubPersonalDetails';

/** A row of the `gaps` table, as either backend reads it (SQLite gives text times, PostgreSQL dates). */
export interface GapRow<Time> {
  id: string;
  created_at: Time;
  kind: GapKind;
  question: string;
  closest_article_id: string | null;
  closest_score: number | null;
  looking_for: string | null;
}

// Text in this table was scrubbed before it was written, so it is read back as scrubbed.
export function gapRecordFromRow<Time>(r: GapRow<Time>, isoOf: (time: Time) => string): GapRecord {
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
