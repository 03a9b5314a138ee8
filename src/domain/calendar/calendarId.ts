/**
 * An id for one set of calendar dates (one family's request or appeal), from which each event's
 * UID is made. Calendar apps match events by UID, so it must differ between two families with
 * the same dates and stay the same when a date is corrected and the file is made again.
 */
import { createHash } from 'node:crypto';

/**
 * The id from whatever identifies the case and does not change when a date is corrected: best
 * the conversation's own id; failing that, the answers that are not dates.
 */
export function calendarIdFrom(parts: ReadonlyArray<string | undefined>): string {
  const text = parts.map((p) => p?.trim() ?? '').join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
