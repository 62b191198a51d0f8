import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEARNED_FILE, trainLearned } from '../../eval/trainLearned.js';

describe('learned weights', () => {
  it('are exactly what training on the dev split writes (npm run train)', () => {
    const committed = readFileSync(LEARNED_FILE, 'utf8');
    const trained = trainLearned();
    expect(trained).toContain('Trained on the dev split only');
    // Compared whole: a difference means the corpus or the trainer changed without `npm run train`.
    expect(trained === committed, 'src/lexicon/learned.ts is stale: run npm run train').toBe(true);
  }, 60_000);
});
