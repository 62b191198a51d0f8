import { fnv1a32 } from '../src/drift/hash.js';

/**
 * The fixed dev/test split: a seeded FNV-1a hash of each item's id. About 30% of items are
 * test. Adding items never moves an existing one, and the same id always lands in the same split.
 */
export const SPLIT_SEED = 'tone-drift-split-v1';
export const TEST_PERCENT = 30;

export type Split = 'dev' | 'test';

/** The split hash: FNV-1a, 32 bits (the library's own). */
export const fnv1a = fnv1a32;

export function splitOf(id: string): Split {
  return fnv1a(`${SPLIT_SEED}:${id}`) % 100 < TEST_PERCENT ? 'test' : 'dev';
}
