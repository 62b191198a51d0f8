import type { RoundEvidence } from '../dimensions/evidence.js';
import { rawScore } from '../dimensions/score.js';
import type { DimensionDef } from '../dimensions/types.js';
import type { Delta } from '../schema/report.js';
import { column, decideChange } from './estimate.js';
import type { RoundPair } from './pairs.js';
import { seedFor } from './rng.js';
import type { DriftSettings } from './settings.js';
import { exactInterval, jackknifeSeOf, latticeDistribution, sampledBootstrapInterval, type Distribution, type Statistic } from './stats.js';

const statistics = new WeakMap<DimensionDef, Statistic>();

/** A dimension's round score as a statistic of its summed sentence evidence. */
function statisticOf(def: DimensionDef): Statistic {
  let stat = statistics.get(def);
  if (stat === undefined) {
    stat = (sums: ArrayLike<number>, n: number) => rawScore(def, sums[0]!, n);
    statistics.set(def, stat);
  }
  return stat;
}

/** [[0], [1], …]: the one column a dimension's statistic reads. */
const COLUMNS: number[][] = Array.from({ length: 16 }, (_, d) => [d]);

/**
 * A delta for every reported pair of rounds and every dimension, with its interval.
 *
 * What depends on one round only is computed once per round and dimension, not once per pair:
 * the score, its jackknife error, and (when a change is borderline) the exact bootstrap
 * distribution of the score.
 */
export function dimensionDeltas(
  defs: readonly DimensionDef[],
  ids: readonly string[],
  evidence: readonly RoundEvidence[],
  pairs: readonly RoundPair[],
  settings: DriftSettings,
): Delta[] {
  const D = defs.length;
  const R = evidence.length;
  const scores = new Array<number>(R * D);
  const errors = new Array<number>(R * D);
  const totals = new Float64Array(1);
  for (let r = 0; r < R; r++) {
    const e = evidence[r]!;
    const n = e.sentences;
    const rows = e.perSentence;
    for (let d = 0; d < D; d++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += rows[i * D + d]!;
      totals[0] = sum;
      const stat = statisticOf(defs[d]!);
      scores[r * D + d] = stat(totals, n);
      errors[r * D + d] = jackknifeSeOf(rows, n, D, (COLUMNS[d] ??= [d]), totals, stat);
    }
  }
  // Exact bootstrap distributions, built on first use; null when a round is off the 0.1 grid.
  const distributions: Array<Distribution | null | undefined> = new Array(R * D);
  const distribution = (r: number, d: number): Distribution | null => {
    let dist = distributions[r * D + d];
    if (dist === undefined) {
      const e = evidence[r]!;
      dist = latticeDistribution(column(e.perSentence, e.sentences, D, d), statisticOf(defs[d]!)) ?? null;
      distributions[r * D + d] = dist;
    }
    return dist;
  };

  const out: Delta[] = [];
  for (const { from, to, pair } of pairs) {
    const nFrom = evidence[from]!.sentences;
    const nTo = evidence[to]!.sentences;
    for (let d = 0; d < D; d++) {
      const def = defs[d]!;
      const bootstrap = (): [number, number] => {
        const a = distribution(from, d);
        const b = a === null ? null : distribution(to, d);
        if (a !== null && b !== null) return exactInterval(a, b, settings.level);
        const sa = column(evidence[from]!.perSentence, nFrom, D, d);
        const sb = column(evidence[to]!.perSentence, nTo, D, d);
        return sampledBootstrapInterval(sa, sb, statisticOf(def), settings.resamples, settings.level, seedFor(settings.seed, `${ids[from]}>${ids[to]}:${def.name}`));
      };
      const se = Math.sqrt(errors[from * D + d]! ** 2 + errors[to * D + d]! ** 2);
      const a = scores[from * D + d]!;
      const b = scores[to * D + d]!;
      const minEffect = Math.max(settings.minEffect, (b < a ? def.minDrop : def.minRise) ?? 0);
      const est = decideChange(a, b, se, nFrom, nTo, minEffect, settings, bootstrap);
      // A change can be no larger than the score's range: the jackknife's normal interval can overshoot it.
      const span = def.max - def.min;
      const low = Math.max(-span, est.low);
      const high = Math.min(span, est.high);
      const delta: Delta = { from: ids[from]!, to: ids[to]!, dimension: def.name, delta: est.delta, low, high, significant: est.significant, pair, method: est.method };
      if (est.reason !== undefined) delta.reason = est.reason;
      out.push(delta);
    }
  }
  return out;
}
