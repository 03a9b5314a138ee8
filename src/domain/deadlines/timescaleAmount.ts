/**
 * Reads a number from the TIMESCALES table and checks its unit, so that if someone changes a
 * period from weeks to working days the arithmetic fails loudly instead of silently counting
 * the wrong thing.
 */
import { TIMESCALES, TimescaleKey, TimescaleUnit } from '../timescales';

export function timescaleAmount(key: TimescaleKey, expectedUnit: TimescaleUnit): number {
  const timescale = TIMESCALES[key];
  if (timescale.unit !== expectedUnit || typeof timescale.value !== 'number') {
    throw new Error(`TIMESCALES.${key} is ${timescale.value} ${timescale.unit}; this calculation expects ${expectedUnit}`);
  }
  return timescale.value;
}
