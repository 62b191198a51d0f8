import { FUNCTION_WORDS } from '../lexicon/functionWords.js';
import type { LearnedWeights } from '../lexicon/learnedTypes.js';
import type { Span } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import type { DimensionDef } from './types.js';

/**
 * The learned layer: each dimension's sentence model (lexicon/learnedTypes.ts), run where the
 * dimension's cues leave a sentence below its threshold. Cues stay the first word: the model
 * only speaks where they are silent or undecided, and its finding names the words that weighed
 * most.
 */

/** Fibonacci hashing: the top `bits` bits of key × 2^32/φ. */
const hashKey = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

/** The feature id of the pair (a, b), or -1. */
function pairOf(model: CompiledLearned, a: number, b: number): number {
  const key = a * model.wordIds.size + b;
  const table = model.pairTable;
  for (let i = hashKey(key, model.pairShift); ; i = (i + 1) & model.pairMask) {
    const k = table[2 * i]!;
    if (k === key) return table[2 * i + 1]!;
    if (k === -1) return -1;
  }
}

/** A learned finding's cue id is its dimension's name and this: `presumption.learned`. */
export const LEARNED_CUE = '.learned';

/** The words of a sentence of normalized text, as the tokenizer reads them (cut at the span's end). */
export function sentenceWords(norm: string, span: { start: number; end: number }): string[] {
  return tokenize(norm, span.start, span.end).map((t) => t.norm);
}

/** A sentence's features: each word (`w:`) and each pair of words in a row (`p:`), once. */
export function featuresOf(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i > 0) out.add(`p:${words[i - 1]} ${words[i]}`);
  }
  return [...out];
}

export interface CompiledLearned {
  /** Words that take part in any feature → word id. */
  wordIds: Map<string, number>;
  /** Word id → feature id of the word alone, or -1. */
  wordFeature: Int32Array;
  /** prev word id × words + word id → feature id of the pair, as an open-addressing table: keys at 2i, feature ids at 2i + 1 (key -1: empty; see `pairOf`). */
  pairTable: Int32Array;
  pairMask: number;
  /** 32 minus the table's bits (its size is a power of two). */
  pairShift: number;
  /** Per dimension (registry order) with a model: where its classes start in a feature's row. */
  dims: Array<{ dim: number; classes: ReadonlyArray<1 | -1>; bias: readonly number[]; column: number; scale: number }>;
  /** Registry index → index in `dims`, or -1. */
  dimIndex: Int32Array;
  /** Feature-major rows of margins, `width` per feature (all dimensions' classes side by side). */
  margins: Float64Array;
  width: number;
  features: number;
  /** Per feature: 1 when all its words are articles, conjunctions or prepositions ("and", "of the"). */
  glue: Uint8Array;
}

/** Words that say little on their own as a reason: a finding names them only when nothing else weighed. */
const GLUE = new Set([FUNCTION_WORDS.articles, FUNCTION_WORDS.conjunctions, FUNCTION_WORDS.prepositions].join(' ').split(' '));

/** One index over every dimension's features; undefined when no dimension has a model. */
export function compileLearned(defs: readonly DimensionDef[]): CompiledLearned | undefined {
  const featureIds = new Map<string, number>();
  const dims: CompiledLearned['dims'] = [];
  let width = 0;
  defs.forEach((def, dim) => {
    const model = def.learned;
    if (model === undefined) return;
    dims.push({ dim, classes: model.classes, bias: model.bias, column: width, scale: model.scale });
    width += model.classes.length;
    for (const f of model.features) if (!featureIds.has(f)) featureIds.set(f, featureIds.size);
  });
  if (dims.length === 0) return undefined;
  const margins = new Float64Array(featureIds.size * width);
  defs.forEach((def) => {
    const model = def.learned;
    if (model === undefined) return;
    const { column } = dims.find((d) => defs[d.dim] === def)!;
    const k = model.classes.length;
    model.features.forEach((f, i) => {
      for (let c = 0; c < k; c++) margins[featureIds.get(f)! * width + column + c] = model.margins[i * k + c]!;
    });
  });
  const wordIds = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = wordIds.size));
    return id;
  };
  // Word ids first (a pair's key needs the final count), then each feature by its words' ids.
  const singles: Array<[word: number, feature: number]> = [];
  const pairs: Array<[first: number, second: number, feature: number]> = [];
  for (const [f, id] of featureIds) {
    const [a, b] = f.slice(2).split(' ') as [string, string | undefined];
    if (b === undefined) singles.push([idOf(a), id]);
    else pairs.push([idOf(a), idOf(b), id]);
  }
  const wordFeature = new Int32Array(wordIds.size).fill(-1);
  for (const [w, id] of singles) wordFeature[w] = id;
  // A pair's key, a × words + b, must fit an Int32Array slot.
  if (wordIds.size > 46_340) throw new Error(`tone-drift: a learned model of ${wordIds.size} words is too large (46,340 at most)`);
  let bits = 4;
  while (1 << bits < pairs.length * 2) bits++;
  const size = 1 << bits;
  const pairShift = 32 - bits;
  const pairTable = new Int32Array(size * 2).fill(-1);
  const pairMask = size - 1;
  for (const [a, b, id] of pairs) {
    const key = a * wordIds.size + b;
    let i = hashKey(key, pairShift);
    while (pairTable[2 * i] !== -1) i = (i + 1) & pairMask;
    pairTable[2 * i] = key;
    pairTable[2 * i + 1] = id;
  }
  const glue = new Uint8Array(featureIds.size);
  for (const [f, id] of featureIds) glue[id] = f.slice(2).split(' ').every((w) => GLUE.has(w)) ? 1 : 0;
  const dimIndex = new Int32Array(defs.length).fill(-1);
  dims.forEach((d, i) => (dimIndex[d.dim] = i));
  return { wordIds, wordFeature, pairTable, pairMask, pairShift, dims, dimIndex, margins, width, features: featureIds.size, glue };
}

/** What the model says about one sentence for one dimension: a class, and the words that weighed most. */
export interface LearnedCall {
  /** The dimension's index in the registry. */
  dim: number;
  polarity: 1 | -1;
  /** The sentence's words: from its first word's start to its last word's end. */
  start: number;
  end: number;
  /** The words (or pairs of words) that moved the sentence most toward the class, at most `TOP_WORDS`, as a finding names them. */
  words: Array<{ start: number; end: number }>;
  /** The same by weight alone: where the dimension's scopes are checked. */
  strongest: Array<{ start: number; end: number }>;
}

/** A word or pair of words in the text: offsets into the turn. */
type WordSpan = { start: number; end: number };

/** How many of the words that weighed most a learned finding names. */
export const TOP_WORDS = 3;

/**
 * A run of model words, as the token loop records them (dimensions/evidence.ts) or
 * `sentenceTokens` reads them: word ids, offsets, and whether each word directly follows the
 * one before it in the same sentence (a pair feature needs that).
 */
export interface LearnedTokens {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  follows: Uint8Array;
}

/** A sentence's model words, read from the text (the reference for the token loop's record). */
export function sentenceTokens(model: CompiledLearned, norm: string, span: { start: number; end: number }): LearnedTokens & { count: number } {
  const found: Array<{ id: number; start: number; end: number; follows: number }> = [];
  let chained = false;
  for (const token of tokenize(norm, span.start, span.end)) {
    const id = model.wordIds.get(token.norm);
    if (id !== undefined) found.push({ id, start: token.start, end: token.end, follows: chained ? 1 : 0 });
    chained = id !== undefined;
  }
  return {
    ids: Int32Array.from(found, (w) => w.id),
    starts: Int32Array.from(found, (w) => w.start),
    ends: Int32Array.from(found, (w) => w.end),
    follows: Uint8Array.from(found, (w) => w.follows),
    count: found.length,
  };
}

// Scratch, reused: per sentence, the features seen (stamped), and per column the margin so far.
let stamp = 0;
let seen = new Uint32Array(0);
let score = new Float64Array(0);

const nextStamp = (): void => {
  stamp = (stamp + 1) >>> 0 || 1;
};

/** Tokens [from, to)'s features, each once, in text order: `visit(feature, start, end)`. */
function eachFeature(model: CompiledLearned, t: LearnedTokens, from: number, to: number, visit: (f: number, start: number, end: number) => void): void {
  nextStamp();
  for (let k = from; k < to; k++) {
    const id = t.ids[k]!;
    const single = model.wordFeature[id]!;
    if (single >= 0 && seen[single] !== stamp) {
      seen[single] = stamp;
      visit(single, t.starts[k]!, t.ends[k]!);
    }
    if (k > from && t.follows[k] === 1) {
      const pair = pairOf(model, t.ids[k - 1]!, id);
      if (pair >= 0 && seen[pair] !== stamp) {
        seen[pair] = stamp;
        visit(pair, t.starts[k - 1]!, t.ends[k]!);
      }
    }
  }
}

/** `score` := the margins of tokens [from, to) (each feature once), per column; the scratch grown to the model first. */
function scoreSentence(model: CompiledLearned, t: LearnedTokens, from: number, to: number): void {
  if (seen.length < model.features) {
    seen = new Uint32Array(model.features);
    stamp = 0;
  }
  if (score.length < model.width) score = new Float64Array(model.width);
  score.fill(0);
  scoreTokens(model, t, from, to);
}

/** Adds tokens [from, to)'s features' margins (each feature once) to `score`: `eachFeature` without a callback, for every sentence. */
function scoreTokens(model: CompiledLearned, t: LearnedTokens, from: number, to: number): void {
  nextStamp();
  const W = model.width;
  const margins = model.margins;
  for (let k = from; k < to; k++) {
    const id = t.ids[k]!;
    const single = model.wordFeature[id]!;
    if (single >= 0 && seen[single] !== stamp) {
      seen[single] = stamp;
      for (let c = 0; c < W; c++) score[c] = score[c]! + margins[single * W + c]!;
    }
    if (k > from && t.follows[k] === 1) {
      const pair = pairOf(model, t.ids[k - 1]!, id);
      if (pair >= 0 && seen[pair] !== stamp) {
        seen[pair] = stamp;
        for (let c = 0; c < W; c++) score[c] = score[c]! + margins[pair * W + c]!;
      }
    }
  }
}

/**
 * The features that moved column `column` most (only where a call was made: rare): `words` in
 * the order a finding names them (features made only of articles, conjunctions and prepositions
 * after all others), `strongest` by weight alone (where the scopes are checked, so that how a
 * finding is shown never changes whether it counts).
 */
function topWords(model: CompiledLearned, t: LearnedTokens, from: number, to: number, column: number): { words: WordSpan[]; strongest: WordSpan[] } {
  const gains: Array<{ gain: number; glue: number; start: number; end: number }> = [];
  eachFeature(model, t, from, to, (f, start, end) => {
    const gain = model.margins[f * model.width + column]!;
    if (gain > 0) gains.push({ gain, glue: model.glue[f]!, start, end });
  });
  const span = ({ start, end }: WordSpan): WordSpan => ({ start, end });
  const strongest = [...gains].sort((a, b) => b.gain - a.gain || a.start - b.start).slice(0, TOP_WORDS).map(span);
  gains.sort((a, b) => a.glue - b.glue || b.gain - a.gain || a.start - b.start);
  return { words: gains.slice(0, TOP_WORDS).map(span), strongest };
}

/** The span from the first word's start to the last word's end (the span itself when it has no word). */
function wordsSpan(norm: string, span: Span): { start: number; end: number } {
  const words = tokenize(norm, span.start, span.end);
  return words.length === 0 ? { start: span.start, end: span.end } : { start: words[0]!.start, end: words[words.length - 1]!.end };
}

/**
 * Runs the models of the dimensions in `want` (a bit per registry index) over one sentence,
 * whose model words are tokens [from, to) of `t`. Returns a call for each of them that the model
 * puts in a class other than 0, in registry order.
 */
export function callLearned(model: CompiledLearned, t: LearnedTokens, from: number, to: number, norm: string, span: Span, want: number): readonly LearnedCall[] {
  if (want === 0 || from === to) return NO_CALLS;
  scoreSentence(model, t, from, to);
  let calls: LearnedCall[] | undefined;
  const dims = model.dims;
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i]!;
    if (((want >>> d.dim) & 1) === 0) continue;
    let best = -1;
    let top = 0;
    for (let c = 0; c < d.classes.length; c++) {
      const z = d.bias[c]! + score[d.column + c]!;
      if (z > top) {
        top = z;
        best = c;
      }
    }
    if (best < 0) continue;
    const { words, strongest } = topWords(model, t, from, to, d.column + best);
    // No word leaned toward the class (its bias alone won): nothing to point at, no finding.
    if (words.length === 0) continue;
    (calls ??= []).push({ dim: d.dim, polarity: d.classes[best]!, ...wordsSpan(norm, span), words, strongest });
  }
  return calls ?? NO_CALLS;
}

const NO_CALLS: readonly LearnedCall[] = [];

/**
 * The dimensions in `ask` (a bit per registry index, each with a model) whose model puts the
 * sentence (tokens [from, to) of `t`) below minus `veto(dim)` for the class `polarity(dim)`: its
 * margin for that class, in score units, with the bias (which holds the margin over class 0).
 * A bit per registry index.
 */
export function vetoedBy(model: CompiledLearned, t: LearnedTokens, from: number, to: number, ask: number, polarity: (dim: number) => 1 | -1, veto: (dim: number) => number): number {
  if (ask === 0 || from === to) return 0;
  scoreSentence(model, t, from, to);
  let out = 0;
  for (let dim = 0; dim < model.dimIndex.length; dim++) {
    if (((ask >>> dim) & 1) === 0) continue;
    const d = model.dims[model.dimIndex[dim]!]!;
    const c = d.classes.indexOf(polarity(dim));
    if (c < 0) continue;
    if ((d.bias[c]! + score[d.column + c]!) / d.scale < -veto(dim)) out |= 1 << dim;
  }
  return out;
}

/** `callLearned` on a sentence read from the text (tests, and the reference for the token loop). */
export function runLearned(model: CompiledLearned, norm: string, span: Span, want = -1): readonly LearnedCall[] {
  const t = sentenceTokens(model, norm, span);
  return callLearned(model, t, 0, t.count, norm, span, want);
}
