import { mulberry32 } from '../benchmarks/rng.js';
import { dimensionScores } from './metrics.js';

/** How many resamples, and the seed: the same corpus always gives the same interval. */
export const RESAMPLES = 2000;
const SEED = 20261126;

/**
 * A 95% percentile-bootstrap interval of F1: the labeled items are drawn with replacement,
 * RESAMPLES times, and F1 is recomputed on each draw. With about 400 test lines (and about 25
 * positives per class in one corpus file) a single line moves F1 by a point or more; the
 * interval says how far the test number can be trusted.
 */
export function f1Interval(gold: readonly number[], pred: readonly number[], bipolar: boolean): [number, number] {
  const n = gold.length;
  const rng = mulberry32(SEED);
  const g = new Array<number>(n);
  const p = new Array<number>(n);
  const f1s: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rng() * n);
      g[i] = gold[k]!;
      p[i] = pred[k]!;
    }
    f1s.push(dimensionScores(g, p, bipolar).f1);
  }
  f1s.sort((a, b) => a - b);
  return [f1s[Math.floor(0.025 * (RESAMPLES - 1))]!, f1s[Math.ceil(0.975 * (RESAMPLES - 1))]!];
}
