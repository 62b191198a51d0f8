import type { Scores } from '../schema/report.js';
import type { DimensionDef } from './types.js';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

/** One dimension's round score from its summed sentence evidence: tanh(gain × mean), clamped. Unrounded. */
export function rawScore(def: DimensionDef, sum: number, sentences: number): number {
  if (sentences === 0) return 0;
  const raw = Math.tanh((def.gain * sum) / sentences);
  return Math.min(def.max, Math.max(def.min, raw));
}

/** The score as reported: rounded to 4 decimals. */
export function scoreOf(def: DimensionDef, sum: number, sentences: number): number {
  return round4(rawScore(def, sum, sentences));
}

/** Length-normalized scores: the mean over sentences, so repeating a round changes nothing. */
export function scoreRound(defs: readonly DimensionDef[], sums: readonly number[], sentences: number): Scores {
  const scores: Record<string, number> = {};
  defs.forEach((def, d) => {
    scores[def.name] = scoreOf(def, sums[d] ?? 0, sentences);
  });
  return scores as Scores;
}
