import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { ADVERSARIAL } from '../../benchmarks/adversarial.js';

/**
 * No catastrophic backtracking: 10x the input must take at most 30x the time (linear is 10x,
 * quadratic 100x). Medians of 3 runs, with generous margins for a shared machine; the full
 * measurement at 0.5 MB and 5 MB is `npx tsx benchmarks/stress.ts`.
 */
const limits = { maxTurnChars: 20_000_000, maxRoundChars: 20_000_000, maxProcessChars: 20_000_000 };

function median(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    analyze({ rounds: [{ answers: [text] }] }, { limits });
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

describe('linear time on adversarial input', () => {
  it.each(Object.entries(ADVERSARIAL))('%s: 10x the input takes at most 30x the time', (_name, make) => {
    median(make(20_000)); // warm-up
    const small = Math.max(median(make(30_000)), 1);
    const large = median(make(300_000));
    expect(large / small).toBeLessThan(30);
  });
});
