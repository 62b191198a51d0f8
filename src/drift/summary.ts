import type { DimensionDef } from '../dimensions/types.js';
import type { Delta, Flag, RoundResult, StylePair, Summary } from '../schema/report.js';

/** A round's profile in words: each dimension's band word, or "even tone" when none applies. */
export function profileOf(defs: readonly DimensionDef[], round: RoundResult): string {
  const words = defs.flatMap((def) => {
    const score = round.scores[def.name];
    const band = def.bands.find((b) => score <= b.upTo) ?? def.bands[def.bands.length - 1];
    return band?.word ? [band.word] : [];
  });
  return words.length ? words.join(', ') : 'even tone';
}

/**
 * The verdict: `drifting` when a coach would warn (a flagged tone change, or a function-word
 * style shift between consecutive rounds); `insufficient-evidence` when some consecutive pair
 * could not be judged; otherwise `stable`.
 */
export function summarize(defs: readonly DimensionDef[], rounds: readonly RoundResult[], deltas: readonly Delta[], flags: readonly Flag[], style: readonly StylePair[]): Summary {
  const warnings = flags.filter((f) => f.severity === 'warning').length;
  const infos = flags.length - warnings;
  const consecutive = deltas.filter((d) => d.pair === 'consecutive');
  const shifted = style.some((s) => s.pair === 'consecutive' && s.lsm.shifted);
  const unjudged = consecutive.some((d) => d.reason === 'insufficient-evidence');
  const verdict = warnings > 0 || shifted ? 'drifting' : unjudged ? 'insufficient-evidence' : 'stable';
  const pool = deltas.some((d) => d.significant) ? deltas.filter((d) => d.significant) : deltas;
  const top = pool.reduce<Delta | undefined>((best, d) => (best === undefined || Math.abs(d.delta) > Math.abs(best.delta) ? d : best), undefined);
  return {
    verdict,
    largest: top ? { from: top.from, to: top.to, dimension: top.dimension, delta: top.delta, significant: top.significant } : null,
    profiles: rounds.map((r) => (r.label === undefined ? { round: r.id, profile: profileOf(defs, r) } : { round: r.id, label: r.label, profile: profileOf(defs, r) })),
    warnings,
    infos,
  };
}
