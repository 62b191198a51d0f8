import type { CandidateTurn } from '../input/candidate.js';
import type { Finding } from '../schema/report.js';
import { normalizeDetailed } from '../text/normalize.js';
import { cueScopes, sentenceScopes } from '../text/scopes.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { countStyleWord, STYLE_WIDTH } from '../text/styleWords.js';
import { WORD } from '../text/tokenize.js';
import { keyOf, type CompiledLexicon } from './compile.js';

/** What one round's candidate speech yields: findings, counts, and per-sentence evidence. */
export interface RoundEvidence {
  findings: Finding[];
  sentences: number;
  words: number;
  /** Per dimension: the sum over sentences of the sentence's net evidence, clamped to [-1, 1]. */
  sums: number[];
  /** Sentence-major rows of the clamped net evidence per dimension (width = dimensions). */
  perSentence: Float64Array;
  /** Sentence-major rows of style counts (width = STYLE_WIDTH; see text/styleWords.ts). */
  style: Float64Array;
}

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
const QUESTION_END = /\?["')\]]*$/;

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
  const styles: number[] = [];
  let sentences = 0;
  let words = 0;
  const word = new RegExp(WORD.source, 'g');
  const lastEnd = new Array<number>(D);

  for (const turn of turns) {
    const text = turn.text;
    const { norm, fillers } = normalizeDetailed(text);
    const spans = splitSentences(norm, text);
    const net = new Float64Array(spans.length * D);
    const style = new Float64Array(spans.length * STYLE_WIDTH);
    const whole = new Int32Array(spans.length).fill(-1);
    sentences += spans.length;
    lastEnd.fill(-1);
    let s = 0;
    word.lastIndex = 0;
    for (let m = word.exec(norm); m !== null; m = word.exec(norm)) {
      words++;
      const at = m.index;
      while (s < spans.length - 1 && spans[s]!.end <= at) s++;
      const span: Span | undefined = spans[s];
      if (span === undefined) continue;
      countStyleWord(style, s * STYLE_WIDTH, m[0]);
      const groups = lexicon.byFirst.get(keyOf(m[0]));
      if (groups === undefined) continue;
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
    let f = 0;
    const sortedFillers = fillers.sort((a, b) => a - b);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      for (let d = 0; d < D; d++) {
        const v = clamp(net[i * D + d]!, -1, 1);
        sums[d] = sums[d]! + v;
        nets.push(v);
      }
      if (QUESTION_END.test(norm.slice(Math.max(span.start, span.end - 4), span.end))) style[i * STYLE_WIDTH + 1] = 1;
      while (f < sortedFillers.length && sortedFillers[f]! < span.start) f++;
      while (f < sortedFillers.length && sortedFillers[f]! < span.end) {
        style[i * STYLE_WIDTH + 2] = style[i * STYLE_WIDTH + 2]! + 1;
        f++;
      }
      for (let c = 0; c < STYLE_WIDTH; c++) styles.push(style[i * STYLE_WIDTH + c]!);
    }
  }
  return { findings, sentences, words, sums, perSentence: Float64Array.from(nets), style: Float64Array.from(styles) };
}
