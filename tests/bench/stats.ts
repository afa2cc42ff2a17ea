/** Percentiles of the bench's timed calls. */

export interface Measure {
  name: string;
  samples: number[];
  targetMs: number;
}

export interface MeasureResult {
  name: string;
  count: number;
  p50: number;
  p95: number;
  target: number;
  pass: boolean;
}

/** Nearest-rank percentile of a non-empty list (p in 0…100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle value of a non-empty list (nearest rank: of an even count, the lower middle). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

export function summarise(m: Measure): MeasureResult {
  const p95 = percentile(m.samples, 95);
  return {
    name: m.name,
    count: m.samples.length,
    p50: round(percentile(m.samples, 50)),
    p95: round(p95),
    target: m.targetMs,
    pass: p95 <= m.targetMs,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
