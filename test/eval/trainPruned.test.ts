import { describe, expect, it } from 'vitest';
import { trainPruned } from '../../eval/trainLearned.js';

/**
 * Twenty class-1 lines that always hold both `a` and `b` (and a word of noise), twenty class-0
 * lines of noise alone: the full model splits the evidence for class 1 between `a` and `b`.
 */
function coOccurring(): { features: string[][]; labels: number[] } {
  const features: string[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 20; i++) {
    features.push(['w:a', 'w:b', `w:n${i % 5}`]);
    labels.push(1);
    features.push([`w:n${i % 5}`]);
    labels.push(0);
  }
  return { features, labels };
}

const marginOf = (p: ReturnType<typeof trainPruned>, feature: string): number => p.margins[p.features.indexOf(feature)]!;

describe('trainPruned: pruning, then training again on the kept features', () => {
  const { features, labels } = coOccurring();
  const full = trainPruned(features, labels, [0, 1], 0, 100, false);

  it('keeps the full model: a and b share the evidence', () => {
    expect(full.features).toEqual(expect.arrayContaining(['w:a', 'w:b']));
    expect(marginOf(full, 'w:a')).toBe(marginOf(full, 'w:b'));
    expect(marginOf(full, 'w:a')).toBeGreaterThan(0);
  });

  it('without the refit, the one kept feature carries only its own share', () => {
    const pruned = trainPruned(features, labels, [0, 1], 0, 1, false);
    expect(pruned.features).toEqual(['w:a']);
    expect(marginOf(pruned, 'w:a')).toBe(marginOf(full, 'w:a'));
  });

  it('with the refit, the kept feature takes over the evidence of the dropped one', () => {
    const refit = trainPruned(features, labels, [0, 1], 0, 1);
    expect(refit.features).toEqual(['w:a']);
    const both = marginOf(full, 'w:a') + marginOf(full, 'w:b');
    expect(marginOf(refit, 'w:a')).toBeGreaterThan(0.8 * both);
    expect(marginOf(refit, 'w:a')).toBeLessThanOrEqual(both);
    // So a class-1 line clears class 0 by far more than with the pruned model alone.
    const prunedOnly = trainPruned(features, labels, [0, 1], 0, 1, false);
    expect(refit.bias[0]! + marginOf(refit, 'w:a')).toBeGreaterThan(2 * (prunedOnly.bias[0]! + marginOf(prunedOnly, 'w:a')));
  });

  it('never keeps more than asked, and is deterministic', () => {
    const a = trainPruned(features, labels, [0, 1], 0, 3);
    expect(a.features.length).toBeLessThanOrEqual(3);
    expect(trainPruned(features, labels, [0, 1], 0, 3)).toEqual(a);
  });
});
