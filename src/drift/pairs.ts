/** The pairs of rounds whose changes are reported: consecutive ones, then each later round against the first. */
export interface RoundPair {
  from: number;
  to: number;
  pair: 'consecutive' | 'from-first';
}

export function roundPairs(count: number): RoundPair[] {
  const out: RoundPair[] = [];
  for (let i = 1; i < count; i++) out.push({ from: i - 1, to: i, pair: 'consecutive' });
  for (let j = 2; j < count; j++) out.push({ from: 0, to: j, pair: 'from-first' });
  return out;
}
