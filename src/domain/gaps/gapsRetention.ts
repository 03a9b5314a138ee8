import { addMonths } from '../dates/calendarDate';
import type { GapsStore } from './gapsStore';

/**
 * Gap records are kept for config.retention.gapsMonths (default 12) and then deleted. Months are
 * calendar months (23 November back 12 months is 23 November last year); a fraction of a month
 * counts as 30 days per month.
 */
export function gapsRetentionCutoff(now: Date, months: number): string {
  if (!(months > 0) || !Number.isFinite(months)) throw new RangeError('Retention must be a positive number of months');
  const whole = Math.floor(months);
  const iso = now.toISOString();
  const date = addMonths(iso.slice(0, 10), -whole);
  const shifted = new Date(`${date}${iso.slice(10)}`);
  return new Date(shifted.getTime() - Math.round((months - whole) * 30 * 24 * 3600 * 1000)).toISOString();
}

/** Deletes the records older than the retention period; returns how many went. */
export async function purgeExpiredGaps(store: GapsStore, retention: { readonly gapsMonths: number }, now: Date): Promise<number> {
  return store.purgeCreatedBefore(gapsRetentionCutoff(now, retention.gapsMonths));
}
