import type { DimensionDef } from '../dimensions/types.js';
import type { Delta, Flag, RoundResult, StylePair, Summary } from '../schema/report.js';

/** A round's profile in words: each dimension's band word, or "even tone" when none applies. */
export function profileOf(defs: readonly DimensionDef[], round: RoundResult): string {
  // Plain loops: this runs for every round of every report.
  let profile = '';
  for (const def of defs) {
    const score = round.scores[def.name];
    const bands = def.bands;
    let band = bands[bands.length - 1];
    for (const b of bands) {
      if (score <= b.upTo) {
        band = b;
        break;
      }
    }
    if (band?.word) profile = profile === '' ? band.word : `${profile}, ${band.word}`;
  }
  return profile === '' ? 'even tone' : profile;
}

/**
 * The verdict: `drifting` when a coach would warn (a flagged tone change, or a function-word
 * style shift between consecutive rounds); `insufficient-evidence` when some consecutive pair
 * could not be judged; otherwise `stable`.
 */
export function summarize(defs: readonly DimensionDef[], rounds: readonly RoundResult[], deltas: readonly Delta[], flags: readonly Flag[], style: readonly StylePair[]): Summary {
  let warnings = 0;
  for (const f of flags) if (f.severity === 'warning') warnings++;
  const infos = flags.length - warnings;
  const shifted = style.some((s) => s.pair === 'consecutive' && s.lsm.shifted);
  const unjudged = deltas.some((d) => d.pair === 'consecutive' && d.reason === 'insufficient-evidence');
  const verdict = warnings > 0 || shifted ? 'drifting' : unjudged ? 'insufficient-evidence' : 'stable';
  // The largest change: among the significant ones when there are any, else among all (the
  // first of equal ones wins).
  const anySignificant = deltas.some((d) => d.significant);
  let top: Delta | undefined;
  for (const d of deltas) {
    if (anySignificant && !d.significant) continue;
    if (top === undefined || Math.abs(d.delta) > Math.abs(top.delta)) top = d;
  }
  return {
    verdict,
    largest: top ? { from: top.from, to: top.to, dimension: top.dimension, delta: top.delta, significant: top.significant } : null,
    profiles: rounds.map((r) => (r.label === undefined ? { round: r.id, profile: profileOf(defs, r) } : { round: r.id, label: r.label, profile: profileOf(defs, r) })),
    warnings,
    infos,
  };
}
