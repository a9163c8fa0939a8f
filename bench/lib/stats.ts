/** Latency figures from raw per-request samples (ms), rather than from a bucketed histogram. */

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(latencies: number[]) {
  const sorted = Float64Array.from(latencies).sort();
  const arr = Array.from(sorted);
  const sum = arr.reduce((a, b) => a + b, 0);
  return { p50: percentile(arr, 50), p99: percentile(arr, 99), mean: arr.length ? sum / arr.length : Number.NaN, max: arr.at(-1) ?? Number.NaN };
}
