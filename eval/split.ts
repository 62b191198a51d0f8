/**
 * The fixed dev/test split: a seeded FNV-1a hash of each item's id. About 30% of items are
 * test. Adding items never moves an existing one, and the same id always lands in the same split.
 */
export const SPLIT_SEED = 'tone-drift-split-v1';
export const TEST_PERCENT = 30;

export type Split = 'dev' | 'test';

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function splitOf(id: string): Split {
  return fnv1a(`${SPLIT_SEED}:${id}`) % 100 < TEST_PERCENT ? 'test' : 'dev';
}
