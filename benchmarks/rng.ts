/** A seeded random number generator: returns floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG. The same seed always gives the same sequence. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi], both inclusive. */
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** True with probability `p`. */
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** One item of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: empty list');
  return items[Math.floor(rng() * items.length)]!;
}

/** A key drawn with probability proportional to its (non-negative) weight. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = rng() * total;
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return entries[entries.length - 1]![0];
}

/** One item of a non-empty list that is not in `used` if a few tries find one; it is added to `used`. */
export function pickFresh<T>(rng: Rng, items: readonly T[], used: Set<T>): T {
  let item = pick(rng, items);
  for (let i = 0; i < 8 && used.has(item); i++) item = pick(rng, items);
  used.add(item);
  return item;
}
