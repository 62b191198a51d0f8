import { collectEvidence } from './dimensions/evidence.js';
import { DIMENSION_DEFS, defaultLexicon } from './dimensions/registry.js';
import { scoreRound } from './dimensions/score.js';
import { plainDeltas } from './drift/deltas.js';
import { ToneDriftError } from './errors.js';
import { candidateSpeech } from './input/candidate.js';
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
 * Scores every round of a candidate's interview process on each dimension, with the findings
 * behind every score, and the change between consecutive rounds.
 * Throws `ToneDriftError` (with a `code` and the path of the bad value) on invalid input.
 */
export function analyze(process: Process, options?: AnalyzeOptions): Report {
  const opts = parseOptions(options);
  const input = parseProcess(process);
  const ids = roundIds(input);
  const speech = candidateSpeech(input, opts.candidate, opts.candidateLabels);
  const lexicon = defaultLexicon();

  const rounds = input.rounds.map((round, i): RoundResult => {
    const { choice, turns } = speech[i]!;
    const evidence = collectEvidence(turns, lexicon);
    const result: RoundResult = {
      id: ids[i]!,
      candidate: choice,
      stats: { candidateTurns: turns.length, sentences: evidence.sentences, words: evidence.words },
      scores: scoreRound(DIMENSION_DEFS, evidence.sums, evidence.sentences),
      findings: evidence.findings,
    };
    if (round.label !== undefined) result.label = round.label;
    if (round.date !== undefined) result.date = round.date;
    return result;
  });

  const candidate = opts.candidate ?? input.candidate ?? mostCommon(speech.flatMap((s) => (s.choice.speaker ? [s.choice.speaker] : [])));
  return {
    schemaVersion: 1,
    candidate,
    rounds,
    deltas: plainDeltas(DIMENSION_DEFS, rounds),
    flags: [],
  };
}
