import { describe, expect, it } from 'vitest';
import { rawScore } from '../../src/dimensions/score.js';
import { DIMENSION_DEFS } from '../../src/dimensions/registry.js';
import { bootstrapInterval, latticeDistribution, sampledBootstrapInterval, type Sample } from '../../src/drift/stats.js';
import { random } from '../helpers.js';

/**
 * The bootstrap of a dimension's change is computed exactly (the limit of infinitely many
 * resamples) when the per-sentence values lie on the 0.1 grid. It must agree with a large
 * sampled bootstrap, and fall back to sampling off the grid.
 */

/** n sentences, most without evidence, the rest drawn from `values` (clamped net evidence). */
function sample(rnd: () => number, n: number, values: readonly number[], zeros: number): Sample {
  const rows = Array.from({ length: n }, () => (rnd() < zeros ? 0 : values[Math.floor(rnd() * values.length)]!));
  return { rows, n, width: 1 };
}

describe('exact bootstrap', () => {
  it('agrees with a 20000-resample sampled bootstrap', () => {
    const rnd = random(3);
    for (let trial = 0; trial < 24; trial++) {
      const def = DIMENSION_DEFS[trial % DIMENSION_DEFS.length]!;
      const stat = (sums: ArrayLike<number>, n: number) => rawScore(def, sums[0]!, n);
      const values = def.min < 0 ? [-1, -0.8, -0.6, -0.3, 0.2, 0.5, 0.7, 1] : [0.2, 0.3, 0.5, 0.7, 0.9, 1];
      const a = sample(rnd, 5 + Math.floor(rnd() * 50), values, 0.4 + 0.5 * rnd());
      const b = sample(rnd, 5 + Math.floor(rnd() * 50), values, 0.4 + 0.5 * rnd());
      const exact = bootstrapInterval(a, b, stat, 1000, 0.9, 1);
      const sampled = sampledBootstrapInterval(a, b, stat, 20000, 0.9, trial + 1);
      expect(Math.abs(exact[0] - sampled[0])).toBeLessThan(0.03);
      expect(Math.abs(exact[1] - sampled[1])).toBeLessThan(0.03);
      expect(exact[0]).toBeLessThanOrEqual(exact[1]);
    }
  });

  it('is deterministic and ignores the seed and the resample count', () => {
    const rnd = random(5);
    const def = DIMENSION_DEFS[0]!;
    const stat = (sums: ArrayLike<number>, n: number) => rawScore(def, sums[0]!, n);
    const a = sample(rnd, 20, [-0.6, 0.5, 1], 0.8);
    const b = sample(rnd, 30, [-1, 0.8, 1], 0.6);
    expect(bootstrapInterval(a, b, stat, 1000, 0.9, 1)).toEqual(bootstrapInterval(a, b, stat, 50, 0.9, 99));
  });

  it('gives a point mass when no sentence carries evidence', () => {
    const def = DIMENSION_DEFS[1]!;
    const stat = (sums: ArrayLike<number>, n: number) => rawScore(def, sums[0]!, n);
    const none = { rows: new Array(12).fill(0), n: 12, width: 1 };
    expect(latticeDistribution(none, stat)).toEqual({ values: Float64Array.of(0), probs: Float64Array.of(1), tails: Float64Array.of(1, 0) });
    expect(bootstrapInterval(none, none, stat, 1000, 0.9, 1)).toEqual([0, 0]);
  });

  it('falls back to the seeded sampler off the 0.1 grid', () => {
    const rnd = random(9);
    const def = DIMENSION_DEFS[2]!;
    const stat = (sums: ArrayLike<number>, n: number) => rawScore(def, sums[0]!, n);
    const off = sample(rnd, 20, [-0.55, 0.25, 1], 0.5);
    const on = sample(rnd, 20, [-0.5, 0.3, 1], 0.5);
    expect(latticeDistribution(off, stat)).toBeUndefined();
    expect(latticeDistribution(on, stat)).toBeDefined();
    expect(bootstrapInterval(off, on, stat, 1000, 0.9, 7)).toEqual(sampledBootstrapInterval(off, on, stat, 1000, 0.9, 7));
    // Within 1e-9 of the grid counts as on it (sums of cue weights carry rounding error).
    const nearly = { rows: [0.1 + 0.2, 0, 0, 0.7, 0, -0.1 - 0.2, 0], n: 7, width: 1 };
    expect(latticeDistribution(nearly, stat)).toBeDefined();
  });

  it('puts its probability where the resamples go', () => {
    const def = DIMENSION_DEFS[3]!;
    const stat = (sums: ArrayLike<number>, n: number) => rawScore(def, sums[0]!, n);
    // One sentence of 10 with evidence 1: the resampled sum is Binomial(10, 0.1).
    const s = { rows: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], n: 10, width: 1 };
    const dist = latticeDistribution(s, stat)!;
    expect(dist.values[0]).toBe(stat([0], 10));
    expect(dist.probs[0]).toBeCloseTo(0.9 ** 10, 12);
    expect(dist.probs[1]).toBeCloseTo(10 * 0.1 * 0.9 ** 9, 12);
    expect(dist.tails[0]).toBeCloseTo(1, 9);
  });
});
