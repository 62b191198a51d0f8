import { describe, expect, it } from 'vitest';
import { auc, classScores, cohenKappa, dimensionScores, signalScores } from '../../eval/metrics.js';
import { splitOf, fnv1a } from '../../eval/split.js';

describe('metrics', () => {
  it('computes precision, recall and F1 for a class', () => {
    expect(classScores([1, 1, 0, 0], [1, 0, 1, 0], 1)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
  });

  it('macro-averages F1 over three classes for bipolar dimensions', () => {
    const d = dimensionScores([-1, 0, 1], [-1, 0, 1], true);
    expect(d.f1).toBe(1);
    expect(dimensionScores([-1, 0, 1], [0, 0, 0], true).f1).toBeCloseTo(0.5 / 3, 10);
    expect(signalScores(dimensionScores([1, 1, 0], [1, 0, 0], false))).toEqual({ precision: 1, recall: 0.5 });
  });

  it("Cohen's kappa is 1 for identical labels, 0 at chance agreement, and corrects for chance", () => {
    expect(cohenKappa([1, 0, -1, 0], [1, 0, -1, 0])).toBe(1);
    expect(cohenKappa([1, 1, 0, 0], [1, 0, 1, 0])).toBe(0);
    // 3 of 4 agree (0.75); chance agreement 0.75 * 0.5 + 0.25 * 0.5 = 0.5.
    expect(cohenKappa([1, 1, 1, 0], [1, 1, 0, 0])).toBeCloseTo(0.5, 12);
    expect(cohenKappa([0, 0], [0, 0])).toBe(1);
  });

  it('AUC is 1 for perfect separation, 0.5 for ties, 0 for reversed', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1, 1], [1, 1])).toBe(0.5);
    expect(auc([1], [2])).toBe(0);
  });
});

describe('split', () => {
  it('is a stable seeded hash with about 30% test', () => {
    expect(fnv1a('a')).toBe(0xe40c292c);
    const ids = Array.from({ length: 2000 }, (_, i) => `x-${i}`);
    const test = ids.filter((id) => splitOf(id) === 'test').length / ids.length;
    expect(test).toBeGreaterThan(0.27);
    expect(test).toBeLessThan(0.33);
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
  });
});
