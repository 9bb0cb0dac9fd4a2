// Turns raw per-request latencies into the figures the report prints. Percentiles are exact
// (sorted sample, nearest rank), not estimated from buckets: a run holds at most a few hundred
// thousand samples, so sorting them costs milliseconds and removes one source of doubt.

export type TStats = {
  /** Requests that succeeded (their latencies are the sample). */
  count: number
  errors: number
  /** Wall time of the measured runs, summed over rounds. */
  elapsedS: number
  rps: number
  meanMs: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  maxMs: number
}

/** Nearest-rank percentile of an ascending sample. */
export const percentile = (sorted: Float64Array, p: number): number => {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export const summarize = (latenciesMs: Float64Array, errors: number, elapsedMs: number): TStats => {
  const sorted = Float64Array.from(latenciesMs).sort()
  let sum = 0
  for (const value of sorted) sum += value
  const elapsedS = elapsedMs / 1000
  return {
    count: sorted.length,
    errors,
    elapsedS,
    rps: elapsedS > 0 ? sorted.length / elapsedS : 0,
    meanMs: sorted.length ? sum / sorted.length : Number.NaN,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  }
}
