import type { RoundEvidence } from '../dimensions/evidence.js';
import { rawScore } from '../dimensions/score.js';
import type { DimensionDef } from '../dimensions/types.js';
import type { Delta } from '../schema/report.js';
import { column, estimateChange } from './estimate.js';
import type { RoundPair } from './pairs.js';
import type { DriftSettings } from './settings.js';

/** A delta for every reported pair of rounds and every dimension, with its interval. */
export function dimensionDeltas(
  defs: readonly DimensionDef[],
  ids: readonly string[],
  evidence: readonly RoundEvidence[],
  pairs: readonly RoundPair[],
  settings: DriftSettings,
): Delta[] {
  const D = defs.length;
  const samples = evidence.map((e) => defs.map((_, d) => column(e.perSentence, e.sentences, D, d)));
  const stats = defs.map((def) => (sums: Float64Array, n: number) => rawScore(def, sums[0]!, n));
  const out: Delta[] = [];
  for (const { from, to, pair } of pairs) {
    defs.forEach((def, d) => {
      const est = estimateChange(samples[from]![d]!, samples[to]![d]!, stats[d]!, settings.minEffect, settings, `${ids[from]}>${ids[to]}:${def.name}`);
      const delta: Delta = { from: ids[from]!, to: ids[to]!, dimension: def.name, delta: est.delta, low: est.low, high: est.high, significant: est.significant, pair, method: est.method };
      if (est.reason !== undefined) delta.reason = est.reason;
      out.push(delta);
    });
  }
  return out;
}
