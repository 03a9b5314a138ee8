/** The figures of one run, as the benchmark reports them. */
export interface RunFigures {
  readonly turnsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly peakRssMb: number;
}

/** Nearest-rank percentile of values sorted ascending (0 when there are none). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function round(value: number, places = 1): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

export function summarise(latenciesMs: readonly number[], elapsedSeconds: number, errors: number, peakRssMb: number): RunFigures {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    turnsPerSecond: round(elapsedSeconds > 0 ? latenciesMs.length / elapsedSeconds : 0),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    errors,
    peakRssMb: round(peakRssMb),
  };
}
