import { fnv1a32 } from './hash.js';

/** mulberry32: a small, fast, seeded PRNG; the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from the user's seed and a label, so each delta's stream is independent of order. */
export function seedFor(seed: number, label: string): number {
  return fnv1a32(`${seed}:${label}`);
}
