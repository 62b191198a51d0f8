import type { CandidateTurn } from '../input/candidate.js';
import type { Finding } from '../schema/report.js';
import { normalize } from '../text/normalize.js';
import { cueScopes, sentenceScopes } from '../text/scopes.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { WORD } from '../text/tokenize.js';
import { keyOf, type CompiledLexicon } from './compile.js';

/** What one round's candidate speech yields: findings, counts, and per-dimension evidence sums. */
export interface RoundEvidence {
  findings: Finding[];
  sentences: number;
  words: number;
  /** Per dimension: the sum over sentences of the sentence's net evidence, clamped to [-1, 1]. */
  sums: number[];
  /** Per sentence and dimension, the clamped net evidence (sentence-major), for uncertainty estimates. */
  perSentence: Float64Array;
}

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/**
 * Reads every candidate turn once: sentences, word tokens and, at each token whose first word
 * starts some cue, that cue group's sticky RegExp. Context scopes are computed only for the
 * sentences where a cue matched.
 */
export function collectEvidence(turns: readonly CandidateTurn[], lexicon: CompiledLexicon): RoundEvidence {
  const D = lexicon.defs.length;
  const findings: Finding[] = [];
  const sums = new Array<number>(D).fill(0);
  const nets: number[] = [];
  let sentences = 0;
  let words = 0;
  const word = new RegExp(WORD.source, 'g');
  const lastEnd = new Array<number>(D);

  for (const turn of turns) {
    const text = turn.text;
    const norm = normalize(text);
    const spans = splitSentences(norm, text);
    const net = new Float64Array(spans.length * D);
    const whole = new Int32Array(spans.length).fill(-1);
    sentences += spans.length;
    lastEnd.fill(-1);
    let s = 0;
    word.lastIndex = 0;
    for (let m = word.exec(norm); m !== null; m = word.exec(norm)) {
      words++;
      const groups = lexicon.byFirst.get(keyOf(m[0]));
      if (groups === undefined) continue;
      const at = m.index;
      while (s < spans.length - 1 && spans[s]!.end <= at) s++;
      const span: Span | undefined = spans[s];
      if (span === undefined) continue;
      for (const group of groups) {
        if (lastEnd[group.dim]! > at) continue;
        group.re.lastIndex = at;
        const hit = group.re.exec(norm);
        if (hit === null) continue;
        let k = 1;
        while (hit[k] === undefined) k++;
        const compiled = group.cues[k - 1]!;
        if (whole[s] === -1) whole[s] = sentenceScopes(norm, span);
        const bits = whole[s]! | ((compiled.blockMask | compiled.requireMask) & ~whole[s]! ? cueScopes(norm, span, at) : 0);
        if ((bits & compiled.blockMask) !== 0 || (bits & compiled.requireMask) !== compiled.requireMask) continue;
        const end = at + hit[0].length;
        lastEnd[group.dim] = end;
        const { cue } = compiled;
        net[s * D + group.dim] = net[s * D + group.dim]! + cue.polarity * cue.weight;
        const finding: Finding = {
          dimension: lexicon.defs[group.dim]!.name,
          polarity: cue.polarity,
          weight: cue.weight,
          cue: cue.id,
          turn: turn.turn,
          start: at,
          end,
          text: text.slice(at, end),
          sentence: { start: span.start, end: span.end },
        };
        if (turn.time !== undefined) finding.time = turn.time;
        findings.push(finding);
      }
    }
    for (let i = 0; i < spans.length; i++) {
      for (let d = 0; d < D; d++) {
        const v = clamp(net[i * D + d]!, -1, 1);
        sums[d] = sums[d]! + v;
        nets.push(v);
      }
    }
  }
  return { findings, sentences, words, sums, perSentence: Float64Array.from(nets) };
}
