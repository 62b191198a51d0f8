import { fnv1a32 } from './hash.js';

/** A seed from the user's seed and a label, so each delta's stream is independent of order. */
export function seedFor(seed: number, label: string): number {
  return fnv1a32(`${seed}:${label}`);
}
