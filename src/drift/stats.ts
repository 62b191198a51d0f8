/**
 * Uncertainty of a change between two rounds, where each round is a sample of sentences and
 * the statistic is a function of column sums over those sentences (a mean, a rate, a ratio).
 *
 * - `jackknifeSe`: leave-one-sentence-out standard error; O(n × width), no randomness.
 * - `bootstrapInterval`: seeded percentile bootstrap of the difference; O(B × n × width).
 * The flow screens every delta with the jackknife and runs the bootstrap only where the
 * screen says the change may matter (see drift/deltas.ts).
 */

export interface Sample {
  /** Sentence-major rows. */
  rows: Float64Array;
  n: number;
  width: number;
}

/** The statistic from column sums and the number of sentences. */
export type Statistic = (sums: Float64Array, n: number) => number;

export function columnSums(sample: Sample): Float64Array {
  const sums = new Float64Array(sample.width);
  for (let i = 0; i < sample.n; i++) for (let c = 0; c < sample.width; c++) sums[c] = sums[c]! + sample.rows[i * sample.width + c]!;
  return sums;
}

/** Jackknife standard error of `stat` over the sample's sentences (0 for fewer than two). */
export function jackknifeSe(sample: Sample, stat: Statistic): number {
  const { n, width, rows } = sample;
  if (n < 2) return 0;
  const total = columnSums(sample);
  const loo = new Float64Array(width);
  const values = new Float64Array(n);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < width; c++) loo[c] = total[c]! - rows[i * width + c]!;
    values[i] = stat(loo, n - 1);
    mean += values[i]!;
  }
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return Math.sqrt(((n - 1) / n) * ss);
}

function resampledStat(sample: Sample, stat: Statistic, random: () => number, sums: Float64Array): number {
  const { n, width, rows } = sample;
  sums.fill(0);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(random() * n) * width;
    for (let c = 0; c < width; c++) sums[c] = sums[c]! + rows[i + c]!;
  }
  return stat(sums, n);
}

/** Percentile bootstrap interval of stat(b) − stat(a), resampling sentences within each round. */
export function bootstrapInterval(a: Sample, b: Sample, stat: Statistic, resamples: number, level: number, random: () => number): [number, number] {
  const diffs = new Float64Array(resamples);
  const sa = new Float64Array(a.width);
  const sb = new Float64Array(b.width);
  for (let r = 0; r < resamples; r++) diffs[r] = resampledStat(b, stat, random, sb) - resampledStat(a, stat, random, sa);
  diffs.sort();
  const tail = (1 - level) / 2;
  const at = (q: number) => diffs[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!;
  return [at(tail), at(1 - tail)];
}

/** The two-sided normal quantile for a confidence level (0.9, 0.95, 0.99 and anything between by interpolation). */
export function zFor(level: number): number {
  const table: Array<[number, number]> = [[0.8, 1.2816], [0.9, 1.6449], [0.95, 1.96], [0.98, 2.3263], [0.99, 2.5758]];
  if (level <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    const [l1, z1] = table[i]!;
    const [l0, z0] = table[i - 1]!;
    if (level <= l1) return z0 + ((level - l0) / (l1 - l0)) * (z1 - z0);
  }
  return table[table.length - 1]![1];
}
