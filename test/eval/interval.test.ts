import { describe, expect, it } from 'vitest';
import { f1Interval } from '../../eval/interval.js';
import { dimensionScores } from '../../eval/metrics.js';

describe('f1Interval', () => {
  const gold = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
  // Right on 90% of lines: every tenth line flipped.
  const pred = gold.map((g, i) => (i % 10 === 3 ? 1 - g : g));

  it('brackets the F1 of the whole sample, and is the same on every run', () => {
    const f1 = dimensionScores(gold, pred, false).f1;
    const [lo, hi] = f1Interval(gold, pred, false);
    expect(lo).toBeLessThan(f1);
    expect(hi).toBeGreaterThan(f1);
    expect(hi - lo).toBeLessThan(0.3);
    expect(f1Interval(gold, pred, false)).toEqual([lo, hi]);
  });

  it('narrows as the sample grows', () => {
    const [lo, hi] = f1Interval(gold, pred, false);
    const [lo4, hi4] = f1Interval([...gold, ...gold, ...gold, ...gold], [...pred, ...pred, ...pred, ...pred], false);
    expect(hi4 - lo4).toBeLessThan(hi - lo);
  });

  it('is a point when every prediction is right', () => {
    expect(f1Interval(gold, gold, false)).toEqual([1, 1]);
  });
});
