import { collectEvidence } from './dimensions/evidence.js';
import { DIMENSION_DEFS, defaultLexicon } from './dimensions/registry.js';
import { scoreRound } from './dimensions/score.js';
import { dimensionDeltas } from './drift/deltas.js';
import { flagsFor } from './drift/flags.js';
import { roundPairs } from './drift/pairs.js';
import { driftSettings } from './drift/settings.js';
import { stylePairs } from './drift/style.js';
import { summarize } from './drift/summary.js';
import { ToneDriftError } from './errors.js';
import { candidateSpeech, type RoundSpeech } from './input/candidate.js';
import { checkLimits } from './input/limits.js';
import { parseOptions, parseProcess } from './input/validate.js';
import type { AnalyzeOptions, Process } from './schema/input.js';
import type { Report, RoundResult } from './schema/report.js';

function roundIds(process: Process): string[] {
  const ids = process.rounds.map((r, i) => r.id ?? `round-${i + 1}`);
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new ToneDriftError([{ code: 'INVALID_INPUT', path: `rounds[${i}].id`, message: `duplicate round id "${id}"` }]);
    seen.add(id);
  });
  return ids;
}

function mostCommon(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/**
 * A turn's text by round id and turn index, for the flags' evidence sentences. Few rounds carry
 * a flag, so a round's index of turns is built on its first lookup, not for every round.
 */
function turnTextOf(ids: readonly string[], speech: readonly RoundSpeech[]): (round: string, turn: number) => string {
  const byRound = new Map<string, Map<number, string>>();
  return (round, turn) => {
    let texts = byRound.get(round);
    if (texts === undefined) {
      const i = ids.indexOf(round);
      texts = new Map(i < 0 ? [] : speech[i]!.turns.map((t) => [t.turn, t.text]));
      byRound.set(round, texts);
    }
    return texts.get(turn) ?? '';
  };
}

/**
 * Scores every round of a candidate's interview process on each dimension, with the findings
 * behind every score; then what changed between rounds, how sure we are, and what a coach would say.
 * Throws `ToneDriftError` (with a `code` and the path of the bad value) on invalid input.
 */
export function analyze(process: Process, options?: AnalyzeOptions): Report {
  const opts = parseOptions(options);
  const input = parseProcess(process);
  checkLimits(input, opts.limits);
  const ids = roundIds(input);
  const speech = candidateSpeech(input, opts.candidate, opts.candidateLabels);
  const lexicon = defaultLexicon(opts.learned !== false);
  const settings = driftSettings(opts.drift);

  const evidence = speech.map((s) => collectEvidence(s.turns, lexicon));
  const rounds = input.rounds.map((round, i): RoundResult => {
    const { choice, turns } = speech[i]!;
    const e = evidence[i]!;
    const result: RoundResult = {
      id: ids[i]!,
      candidate: choice,
      stats: { candidateTurns: turns.length, sentences: e.sentences, words: e.words },
      scores: scoreRound(DIMENSION_DEFS, e.sums, e.sentences),
      findings: e.findings,
    };
    if (round.label !== undefined) result.label = round.label;
    if (round.date !== undefined) result.date = round.date;
    return result;
  });

  const pairs = roundPairs(rounds.length);
  const deltas = dimensionDeltas(DIMENSION_DEFS, ids, evidence, pairs, settings);
  const flags = flagsFor(DIMENSION_DEFS, rounds, deltas, turnTextOf(ids, speech));
  const style = stylePairs(ids, evidence, pairs, settings);
  const candidate = opts.candidate ?? input.candidate ?? mostCommon(speech.flatMap((s) => (s.choice.speaker ? [s.choice.speaker] : [])));
  return {
    schemaVersion: 1,
    candidate,
    rounds,
    deltas,
    flags,
    style,
    summary: summarize(DIMENSION_DEFS, rounds, deltas, flags, style),
  };
}
