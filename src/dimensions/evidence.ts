import type { CandidateTurn } from '../input/candidate.js';
import type { Finding } from '../schema/report.js';
import { normalizeDetailed } from '../text/normalize.js';
import { cueScopes, sentenceScopes, TRIGGER } from '../text/scopes.js';
import { splitSentences } from '../text/sentences.js';
import { countStyleBits, STYLE_WIDTH } from '../text/styleWords.js';
import { WORD } from '../text/tokenize.js';
import type { CompiledLexicon } from './compile.js';
import { buildTokenIndex, entryOf, type TokenEntry } from './tokenIndex.js';

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
const indexes = new WeakMap<CompiledLexicon, Map<string, TokenEntry>>();

/** A growable Float64Array. */
class Rows {
  data = new Float64Array(256);
  length = 0;
  grow(by: number): number {
    const at = this.length;
    if (at + by > this.data.length) {
      const next = new Float64Array(Math.max(this.data.length * 2, at + by));
      next.set(this.data.subarray(0, at));
      this.data = next;
    }
    this.data.fill(0, at, at + by);
    this.length += by;
    return at;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/** Lower-case ASCII letters only: such a word, if not in the index, has no cue, style or trigger but -ed. */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/**
 * Reads every candidate turn in two passes. Pass one tokenizes: it counts words and style
 * words, records which scope trigger words each sentence has, and notes the tokens where a cue
 * may start (one Map lookup per token). Pass two runs those cue groups' sticky RegExps and, only
 * where one matched, the context scopes the sentence's triggers make possible.
 */
export function collectEvidence(turns: readonly CandidateTurn[], lexicon: CompiledLexicon): RoundEvidence {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    index = buildTokenIndex(lexicon);
    indexes.set(lexicon, index);
  }
  const D = lexicon.defs.length;
  const findings: Finding[] = [];
  const sums = new Array<number>(D).fill(0);
  const nets = new Rows();
  const styles = new Rows();
  let sentences = 0;
  let words = 0;
  const word = new RegExp(WORD.source, 'g');
  const lastEnd = new Array<number>(D);
  const starts: number[] = [];
  const entries: TokenEntry[] = [];
  const sentenceOf: number[] = [];

  for (const turn of turns) {
    const text = turn.text;
    const { norm, fillers } = normalizeDetailed(text);
    const spans = splitSentences(norm, text);
    if (spans.length === 0) continue;
    const netAt = nets.grow(spans.length * D);
    const styleAt = styles.grow(spans.length * STYLE_WIDTH);
    const net = nets.data;
    const style = styles.data;
    const triggers = new Int32Array(spans.length);
    const whole = new Int32Array(spans.length).fill(-1);
    sentences += spans.length;
    starts.length = 0;
    entries.length = 0;
    sentenceOf.length = 0;

    // Pass one: tokens, style counts, triggers, cue candidates.
    let s = 0;
    word.lastIndex = 0;
    for (let m = word.exec(norm); m !== null; m = word.exec(norm)) {
      words++;
      const at = m.index;
      while (s < spans.length - 1 && spans[s]!.end <= at) s++;
      const w = m[0];
      let entry = index.get(w);
      if (entry === undefined) {
        if (isPlainWord(w)) {
          const n = w.length;
          if (n > 3 && w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101) triggers[s]! |= TRIGGER.past;
          style[styleAt + s * STYLE_WIDTH] = style[styleAt + s * STYLE_WIDTH]! + 1;
          continue;
        }
        entry = entryOf(w, lexicon);
      }
      triggers[s]! |= entry.triggers;
      countStyleBits(style, styleAt + s * STYLE_WIDTH, entry.style);
      if (entry.groups !== undefined) {
        starts.push(at);
        entries.push(entry);
        sentenceOf.push(s);
      }
    }

    // Pass two: cue groups at the candidate tokens, scopes only where a cue matched.
    lastEnd.fill(-1);
    for (let t = 0; t < starts.length; t++) {
      const at = starts[t]!;
      const si = sentenceOf[t]!;
      const span = spans[si]!;
      for (const group of entries[t]!.groups!) {
        if (lastEnd[group.dim]! > at) continue;
        group.re.lastIndex = at;
        const hit = group.re.exec(norm);
        if (hit === null) continue;
        let k = 1;
        while (hit[k] === undefined) k++;
        const compiled = group.cues[k - 1]!;
        if (whole[si] === -1) whole[si] = sentenceScopes(norm, span, triggers[si]!);
        const bits = whole[si]! | ((compiled.blockMask | compiled.requireMask) & ~whole[si]! ? cueScopes(norm, span, at, triggers[si]!) : 0);
        if ((bits & compiled.blockMask) !== 0 || (bits & compiled.requireMask) !== compiled.requireMask) continue;
        const end = at + hit[0].length;
        lastEnd[group.dim] = end;
        const { cue } = compiled;
        net[netAt + si * D + group.dim] = net[netAt + si * D + group.dim]! + cue.polarity * cue.weight;
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

    // Per sentence: clamp the evidence, mark questions, count fillers.
    let f = 0;
    fillers.sort((a, b) => a - b);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      for (let d = 0; d < D; d++) {
        const v = clamp(net[netAt + i * D + d]!, -1, 1);
        net[netAt + i * D + d] = v;
        sums[d] = sums[d]! + v;
      }
      const row = styleAt + i * STYLE_WIDTH;
      if (QUESTION_END.test(norm.slice(Math.max(span.start, span.end - 4), span.end))) style[row + 1] = 1;
      while (f < fillers.length && fillers[f]! < span.start) f++;
      while (f < fillers.length && fillers[f]! < span.end) {
        style[row + 2] = style[row + 2]! + 1;
        f++;
      }
    }
  }
  return { findings, sentences, words, sums, perSentence: nets.toArray(), style: styles.toArray() };
}
