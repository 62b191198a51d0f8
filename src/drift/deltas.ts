import type { DimensionDef } from '../dimensions/types.js';
import type { Delta, RoundResult } from '../schema/report.js';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

/** One delta per consecutive pair of rounds and dimension: the later score minus the earlier. */
export function plainDeltas(defs: readonly DimensionDef[], rounds: readonly RoundResult[]): Delta[] {
  const out: Delta[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const from = rounds[i - 1]!;
    const to = rounds[i]!;
    for (const def of defs) {
      const delta = round4(to.scores[def.name] - from.scores[def.name]);
      out.push({ from: from.id, to: to.id, dimension: def.name, delta, low: delta, high: delta, significant: false, reason: 'not-estimated' });
    }
  }
  return out;
}
