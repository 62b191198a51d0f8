import type { CandidateTurn } from '../input/candidate.js';
import type { Finding } from '../schema/report.js';
import { compactOffset, readingOf, spanInText, type CompactMap } from '../text/compact.js';
import { normalizeDetailed } from '../text/normalize.js';
import { cueScopes, SENTENCE_SCOPES, sentenceScopes, TRIGGER, withEndedPast } from '../text/scopes.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { STYLE_WIDTH } from '../text/styleWords.js';
import { isInnerCode, isLetterCode } from '../text/tokenize.js';
import { askedCues } from './asked.js';
import { type CompiledLexicon, type CueMatcher, type ScopeMasks } from './compile.js';
import { callLearned, LEARNED_CUE, vetoedBy, type CompiledLearned } from './learned.js';
import { DEAD, FIRST_INDEX, PREFIX_BUDGET, type PrefixDfa, SECOND_INDEX, UNSET } from './prefix.js';
import { anyMasks, buildTokenIndex, buildTokenTrie, entryOf, type EntryFilter, filterOf, TRIE_SYMBOLS, type TokenEntry, type TokenTrie } from './tokenIndex.js';

/** What one round's candidate speech yields: findings, counts, and per-sentence evidence. */
export interface RoundEvidence {
  findings: Finding[];
  sentences: number;
  words: number;
  /** Per dimension: the sum over sentences of the sentence's net evidence, clamped to [-1, 1]. */
  sums: number[];
  /** Sentence-major rows of the clamped net evidence per dimension (width = dimensions). */
  perSentence: number[];
  /** Sentence-major rows of style counts (width = STYLE_WIDTH; see text/styleWords.ts). */
  style: number[];
}

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
/** Per lexicon: the token trie, and the entries of other words met so far. */
interface LexiconState {
  trie: TokenTrie;
  /** Entries of words outside the index that are not plain lower-case words ("hands-on", "2020", "$3.6"). */
  others: Map<string, TokenEntry>;
  /** Whether cues are filtered by their prefix DFAs (the default), or all run (`plainMatching`). */
  filtered: boolean;
}
const states = new WeakMap<CompiledLexicon, LexiconState>();
const plainStates = new WeakMap<CompiledLexicon, LexiconState>();
/** `others` is emptied when it reaches this size, so memory stays bounded on any input. */
const OTHERS_LIMIT = 4096;

/** The lexicon's token trie and entries of other words, built on first use. */
function stateOf(lexicon: CompiledLexicon, plainMatching: boolean): LexiconState {
  const byLexicon = plainMatching ? plainStates : states;
  let state = byLexicon.get(lexicon);
  if (state === undefined) {
    state = { trie: buildTokenTrie(buildTokenIndex(lexicon)), others: new Map(), filtered: !plainMatching };
    byLexicon.set(lexicon, state);
  }
  return state;
}

function otherEntry(state: LexiconState, word: string, lexicon: CompiledLexicon): TokenEntry {
  let entry = state.others.get(word);
  if (entry === undefined) {
    if (state.others.size >= OTHERS_LIMIT) state.others.clear();
    entry = entryOf(word, lexicon);
    state.others.set(word, entry);
  }
  return entry;
}

/** ["')\]] */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41 || c === 93;

/** /\?["')\]]*$/ on norm[from, end): a question mark, then only closing quotes or brackets. */
function endsWithQuestion(norm: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i >= from && isCloser(norm.charCodeAt(i))) i--;
  return i >= from && norm.charCodeAt(i) === 63;
}

/**
 * Scratch reused by every call (collectEvidence never re-enters itself): the rows of the round
 * being read (plain arrays, returned as they are), and per-turn sentence flags in buffers sized
 * to the longest turn so far.
 */
let netRows: number[] = [];
let styleRows: number[] = [];
let triggerBuffer = new Int32Array(64);
/** Per sentence: the sentence-wide scopes found (whole) among those looked for so far (known). */
let wholeBuffer = new Int32Array(64);
let knownBuffer = new Int32Array(64);
/**
 * Per sentence: the dimensions (a bit per registry index) on which the answered question settled
 * the sentence (`Cue.askedBy`), which the learned pass then leaves alone; `answered` says whether
 * the turn has any.
 */
let answeredBuffer = new Int32Array(64);
let answered = false;

/**
 * n zeros in an array that holds unboxed doubles from the start. Arrays filled with the
 * integer 0 start as small-integer arrays: the evidence rows would become double arrays on
 * their first fractional weight (a copy), and the style rows never would, so the statistics
 * that read both kinds (drift/stats.ts) would box every value they load. Filling with a
 * fraction first fixes the kind (kinds never go back); the second fill writes the zeros.
 */
function doubleZeros(n: number): number[] {
  return new Array<number>(n).fill(0.5).fill(0);
}

/**
 * Reads every candidate turn in two passes. Pass one tokenizes: it counts words and style
 * words, records which scope trigger words each sentence has, and notes the tokens where a cue
 * may start (one trie walk per token; see tokenIndex.ts). Pass two runs those cues' sticky
 * RegExps, except where a cue's prefix automaton shows it cannot match (see prefix.ts), and,
 * only where one matched, the context scopes the cue depends on and the sentence's triggers
 * make possible.
 *
 * Everything here is exact: the findings, offsets and cue ids are those of running every cue
 * at every token of its first word; the filters only skip RegExps that would fail.
 * `plainMatching` does just that, with the cues as compiled and no filter (slow; tests
 * compare the two).
 */
export function collectEvidence(turns: readonly CandidateTurn[], lexicon: CompiledLexicon, plainMatching = false): RoundEvidence {
  const state = stateOf(lexicon, plainMatching);
  const D = lexicon.defs.length;
  const findings: Finding[] = [];
  const sums = new Array<number>(D).fill(0);
  let words = 0;
  const lastEnd = new Array<number>(D);

  // Every turn's normalized text and sentences first, so that the rows are allocated once.
  const texts: ReadTurn[] = [];
  let sentences = 0;
  for (const original of turns) {
    const read = readTurn(original);
    if (read.spans.length === 0) continue;
    texts.push(read);
    sentences += read.spans.length;
  }
  netRows = doubleZeros(sentences * D);
  styleRows = doubleZeros(sentences * STYLE_WIDTH);

  let row = 0;
  for (const { turn, norm, fillers, spans, original, map } of texts) {
    const netAt = row * D;
    const styleAt = row * STYLE_WIDTH;
    row += spans.length;
    if (triggerBuffer.length < spans.length) {
      triggerBuffer = new Int32Array(spans.length * 2);
      wholeBuffer = new Int32Array(spans.length * 2);
      knownBuffer = new Int32Array(spans.length * 2);
      answeredBuffer = new Int32Array(spans.length * 2);
      answered = false;
    }
    if (answered) {
      answeredBuffer.fill(0);
      answered = false;
    }
    triggerBuffer.fill(0, 0, spans.length);
    wholeBuffer.fill(0, 0, spans.length);
    knownBuffer.fill(0, 0, spans.length);
    words += readTokens(norm, spans, state, lexicon, styleAt);
    lastEnd.fill(-1);
    const turnFindings = findings.length;
    matchCues(turn, norm, spans, lexicon, state.filtered, netAt, lastEnd, findings);
    if (lexicon.yields !== undefined && findings.length > turnFindings) yieldPass(findings, turnFindings, spans, lexicon, lexicon.yields, netAt, original.asked);
    if (lexicon.learned !== undefined) learnedPass(turn, norm, spans, lexicon, lexicon.learned, netAt, findings, turnFindings);
    if (map !== undefined) inTurnText(findings, turnFindings, map, original.text);
    finishSentences(norm, spans, fillers, D, netAt, styleAt, sums);
  }
  return { findings, sentences, words, sums, perSentence: netRows, style: styleRows };
}

/** A turn as the passes read it: normalized, compacted where it has runs of white space, cut into sentences. */
interface ReadTurn {
  /** The turn the passes read (its text compacted, if `map` is set). */
  turn: CandidateTurn;
  norm: string;
  /** Where each blanked filler began, in `norm`. */
  fillers: number[];
  spans: Span[];
  /** The turn as given. */
  original: CandidateTurn;
  /** Set when the turn was compacted (text/compact.ts): how its offsets map back to `original.text`. */
  map: CompactMap | undefined;
}

function readTurn(original: CandidateTurn): ReadTurn {
  const { norm, fillers } = normalizeDetailed(original.text);
  const view = readingOf(norm, original.text);
  const map = view.map;
  if (map === undefined) return { turn: original, norm, fillers, spans: splitSentences(norm, original.text), original, map };
  return { turn: { ...original, text: view.text }, norm: view.norm, fillers: fillers.map((at) => compactOffset(map, at)), spans: splitSentences(view.norm, view.text), original, map };
}

/**
 * The current turn's candidate tokens, where a cue may start: scratch shared by the passes,
 * the first `candidates` entries of each. They are kept at their size between turns (setting
 * an array's length to 0 drops its storage, and every turn would grow it again).
 */
let candidates = 0;
/** The current turn's model words (see learned.ts): ids, offsets, chaining and sentences; the first `modelWords` of each. */
let modelWords = 0;
const modelTokens = { ids: new Int32Array(256), starts: new Int32Array(256), ends: new Int32Array(256), follows: new Uint8Array(256) };
let modelSentence = new Int32Array(256);

function addModelWord(id: number, at: number, end: number, follows: number, s: number): void {
  if (modelWords === modelTokens.ids.length) {
    const n = modelWords * 2;
    const grow = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    modelTokens.ids = grow(modelTokens.ids, new Int32Array(n));
    modelTokens.starts = grow(modelTokens.starts, new Int32Array(n));
    modelTokens.ends = grow(modelTokens.ends, new Int32Array(n));
    modelTokens.follows = grow(modelTokens.follows, new Uint8Array(n));
    modelSentence = grow(modelSentence, new Int32Array(n));
  }
  modelTokens.ids[modelWords] = id;
  modelTokens.starts[modelWords] = at;
  modelTokens.ends[modelWords] = end;
  modelTokens.follows[modelWords] = follows;
  modelSentence[modelWords] = s;
  modelWords++;
}

let starts = new Int32Array(256);
let ends = new Int32Array(256);
let sentenceOf = new Int32Array(256);
const entries: TokenEntry[] = [];

function addCandidate(at: number, end: number, entry: TokenEntry, s: number): void {
  if (candidates === starts.length) {
    const grow = (from: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    starts = grow(starts);
    ends = grow(ends);
    sentenceOf = grow(sentenceOf);
  }
  starts[candidates] = at;
  ends[candidates] = end;
  sentenceOf[candidates] = s;
  entries[candidates] = entry;
  candidates++;
}

/**
 * Pass one: tokens, style counts, triggers, cue candidates; returns the number of words. The
 * words are WORD's matches (text/tokenize.ts), read by character code; each walks the token
 * trie as it is read, so an indexed word is found without becoming a string.
 */
function readTokens(norm: string, spans: readonly Span[], state: LexiconState, lexicon: CompiledLexicon, styleAt: number): number {
  const next = state.trie.next;
  const entryAt = state.trie.entryAt;
  const trieEntries = state.trie.entries;
  const style = styleRows;
  const triggers = triggerBuffer;
  candidates = 0;
  modelWords = 0;
  // The word count and sentence at the last model word: the next one follows it when it is the next word.
  let lastModel = -2;
  let lastModelSentence = -1;
  let words = 0;
  let s = 0;
  const n = norm.length;
  let sentenceEnd = spans[0]!.end;
  const lastSpan = spans.length - 1;
  for (let p = 0; p < n; ) {
    let c = norm.charCodeAt(p);
    const at = p;
    // The trie node of what was read so far (-1: no indexed word starts so).
    let node: number;
    // Plain: lower-case ASCII letters only. Such a word, if not in the index, has no cue,
    // style or trigger but -ed.
    let plain = true;
    if (c >= 97 && c <= 122) {
      // The common case: a word that starts with a lower-case ASCII letter.
      node = next[c - 97]!;
      p++;
    } else if (isLetterCode(c)) {
      plain = false;
      node = -1;
      p++;
    } else if ((c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) && p + 1 < n && isLetterCode(norm.charCodeAt(p + 1))) {
      plain = false;
      node = -1;
      p++;
    } else {
      p++;
      continue;
    }
    for (; p < n; p++) {
      c = norm.charCodeAt(p);
      if (c >= 97 && c <= 122) {
        if (node >= 0) node = next[node * TRIE_SYMBOLS + c - 97]!;
      } else if (isLetterCode(c)) {
        plain = false;
        node = -1;
      } else break;
    }
    // Joined parts: ['.,-] then [a-z0-9\u00c0-\u02af]+, then an optional %.
    while (p + 1 < n && (c === 39 || c === 46 || c === 44 || c === 45) && isInnerCode(norm.charCodeAt(p + 1))) {
      plain = false;
      node = c === 39 && node >= 0 ? next[node * TRIE_SYMBOLS + 26]! : -1;
      for (p++; p < n; p++) {
        c = norm.charCodeAt(p);
        if (!isInnerCode(c)) break;
        if (node >= 0) node = c >= 97 && c <= 122 ? next[node * TRIE_SYMBOLS + c - 97]! : -1;
      }
    }
    if (p < n && c === 37) {
      plain = false;
      node = -1;
      p++;
    }
    const end = p;
    words++;
    if (at >= sentenceEnd && s < lastSpan) {
      while (s < lastSpan && spans[s]!.end <= at) s++;
      sentenceEnd = spans[s]!.end;
    }
    const row = styleAt + s * STYLE_WIDTH;
    const found = node >= 0 ? entryAt[node]! : -1;
    let entry = found >= 0 ? trieEntries[found] : undefined;
    if (entry === undefined) {
      if (plain) {
        if (end - at > 3 && norm.charCodeAt(end - 1) === 100 && norm.charCodeAt(end - 2) === 101) triggers[s]! |= TRIGGER.past;
        style[row] = style[row]! + 1;
        continue;
      }
      entry = otherEntry(state, norm.slice(at, end), lexicon);
    }
    if (entry.learned >= 0) {
      addModelWord(entry.learned, at, end, lastModel === words - 1 && lastModelSentence === s ? 1 : 0, s);
      lastModel = words;
      lastModelSentence = s;
    }
    triggers[s]! |= entry.triggers;
    style[row] = style[row]! + 1;
    const columns = entry.styleColumns;
    for (let k = 0; k < columns.length; k++) style[row + columns[k]!] = style[row + columns[k]!]! + 1;
    if (entry.matchers !== undefined) {
      // Not a candidate when no cue may match with the two characters after one space.
      let anyAt = entry.anyAt;
      if (anyAt < 0 && state.filtered && filterOf(entry) !== undefined) anyAt = entry.anyAt;
      if (anyAt >= 0 && end + 2 < n && norm.charCodeAt(end) === 32) {
        const c1 = norm.charCodeAt(end + 1);
        const c2 = norm.charCodeAt(end + 2);
        if (c1 < 128 && c2 < 128) {
          const first = FIRST_INDEX[c1]!;
          const second = SECOND_INDEX[c2]!;
          if (first >= 0 && second >= 0 && ((anyMasks.data[anyAt + first]! >>> second) & 1) === 0) continue;
        }
      }
      addCandidate(at, end, entry, s);
    }
  }
  return words;
}

/**
 * Whether a cue may match at a token: its prefix DFA, from state `d` after the token's word,
 * reads on through what follows (within its budget); false only when it dies.
 */
function mayMatch(dfa: PrefixDfa, d: number, norm: string, from: number, stop: number): boolean {
  const columnOf = dfa.columnOf;
  const columns = dfa.columns;
  let table = dfa.table;
  let accepting = dfa.accepting;
  for (let i = from; i < stop; i++) {
    if (accepting[d] !== 0) return true;
    const c = norm.charCodeAt(i);
    if (c >= 128) return true;
    let next = table[d * columns + columnOf[c]!]!;
    if (next === UNSET) {
      // A step not taken before: build it (the tables may grow).
      next = dfa.step(d, c);
      table = dfa.table;
      accepting = dfa.accepting;
    }
    if (next < 0) return next !== DEAD;
    d = next;
  }
  return true;
}

/** Whether cue `g` of a filtered word may match at a token whose word ends at `end`: its own DFA (when the word's sieve has no answer). */
function mayMatchAt(filter: EntryFilter, g: number, norm: string, end: number, stop: number): boolean {
  const d = filter.after[g]!;
  if (d === DEAD) return false;
  return d < 0 || mayMatch(filter.dfas[g]!, d, norm, end, stop);
}

/** Pass two: the cues at the candidate tokens, scopes only where a cue matched. */
function matchCues(turn: CandidateTurn, norm: string, spans: readonly Span[], lexicon: CompiledLexicon, filtered: boolean, netAt: number, lastEnd: number[], findings: Finding[]): void {
  const D = lexicon.defs.length;
  const text = turn.text;
  const net = netRows;
  const n = norm.length;
  for (let t = 0; t < candidates; t++) {
    const at = starts[t]!;
    const si = sentenceOf[t]!;
    const entry = entries[t]!;
    const matchers = entry.matchers!;
    // A cue whose prefix DFA dies on the text here cannot match: its RegExp is not run. The
    // sieve walks all the word's DFAs at once; past its size limit, each cue's DFA is asked.
    const filter = filtered ? filterOf(entry) : undefined;
    const end = ends[t]!;
    const stop = Math.min(n, at + PREFIX_BUDGET);
    const sieved = filter === undefined ? undefined : filter.sieve!.walk(norm, end, stop);
    const count = sieved === undefined ? matchers.length : sieved.length;
    for (let k = 0; k < count; k++) {
      const g = sieved === undefined ? k : sieved[k]!;
      const matcher = matchers[g]!;
      if (lastEnd[matcher.dim]! > at) continue;
      if (sieved === undefined && filter !== undefined && !mayMatchAt(filter, g, norm, end, stop)) continue;
      const re = matcher.re;
      re.lastIndex = at;
      if (!re.test(norm)) continue;
      const hitEnd = re.lastIndex;
      const span = spans[si]!;
      // A cue its scopes silence leaves the place to the dimension's next cues.
      if (!inScope(matcher.cue, norm, span, si, at)) continue;
      lastEnd[matcher.dim] = hitEnd;
      const { cue } = matcher.cue;
      net[netAt + si * D + matcher.dim] = net[netAt + si * D + matcher.dim]! + cue.polarity * cue.weight;
      const finding: Finding = {
        dimension: lexicon.defs[matcher.dim]!.name,
        polarity: cue.polarity,
        weight: cue.weight,
        cue: cue.id,
        turn: turn.turn,
        start: at,
        end: hitEnd,
        text: text.slice(at, hitEnd),
        sentence: { start: span.start, end: span.end },
      };
      if (turn.time !== undefined) finding.time = turn.time;
      findings.push(finding);
    }
  }
}

/**
 * Drops each of the turn's cue findings whose cue yields to another (`Cue.yieldsTo`) that matched
 * in the same sentence (whether or not that one yields in turn), or that holds for the whole turn
 * as the answer to the question before it (`Cue.askedBy`: that question is read only when a
 * finding could yield to it). The sentence's evidence on that dimension is summed again from the
 * findings left, in the order `matchCues` added them, so it is exactly what it would be had the
 * yielding cues not matched.
 */
function yieldPass(findings: Finding[], turnFindings: number, spans: readonly Span[], lexicon: CompiledLexicon, yields: ReadonlyMap<string, ReadonlySet<string>>, netAt: number, question: string | undefined): void {
  const dropped: number[] = [];
  // The findings of `dropped` that the answered question dropped (not a cue in their sentence).
  const byQuestion = new Set<number>();
  let asked: ReadonlySet<string> | undefined;
  for (let i = turnFindings; i < findings.length; i++) {
    const f = findings[i]!;
    const over = yields.get(f.cue);
    if (over === undefined) continue;
    if (outranked(findings, turnFindings, f, over)) dropped.push(i);
    else if (question !== undefined && lexicon.asked !== undefined) {
      asked ??= askedCues(question, lexicon.asked);
      for (const id of over) {
        if (!asked.has(id)) continue;
        dropped.push(i);
        byQuestion.add(i);
        break;
      }
    }
  }
  if (dropped.length === 0) return;
  const D = lexicon.defs.length;
  const net = netRows;
  const touched: Array<{ sentence: number; dim: number }> = [];
  let to = turnFindings;
  let next = 0;
  for (let i = turnFindings; i < findings.length; i++) {
    const f = findings[i]!;
    if (dropped[next] === i) {
      next++;
      const sentence = spans.findIndex((span) => span.start === f.sentence.start);
      const dim = dimensionOf(lexicon, f);
      touched.push({ sentence, dim });
      if (byQuestion.has(i)) {
        answeredBuffer[sentence] = answeredBuffer[sentence]! | (1 << dim);
        answered = true;
      }
      continue;
    }
    findings[to++] = f;
  }
  findings.length = to;
  for (const { sentence, dim } of touched) {
    const start = spans[sentence]!.start;
    const name = lexicon.defs[dim]!.name;
    let sum = 0;
    for (let i = turnFindings; i < findings.length; i++) {
      const f = findings[i]!;
      if (f.sentence.start === start && f.dimension === name) sum += f.polarity * f.weight;
    }
    net[netAt + sentence * D + dim] = sum;
  }
}

/** The registry index of a finding's dimension (findings name it; the rare paths that drop findings need the index). */
function dimensionOf(lexicon: CompiledLexicon, f: Finding): number {
  return lexicon.defs.findIndex((def) => def.name === f.dimension);
}

/** Whether a cue in `over` has a finding in `f`'s sentence, among the turn's findings. */
function outranked(findings: readonly Finding[], turnFindings: number, f: Finding, over: ReadonlySet<string>): boolean {
  for (let j = turnFindings; j < findings.length; j++) {
    const g = findings[j]!;
    if (g.sentence.start === f.sentence.start && over.has(g.cue)) return true;
  }
  return false;
}

/**
 * Whether evidence at `at` (a cue that matched there, or a word of a learned call) counts: none
 * of the scopes it is blocked by holds there, and every scope it requires does. Only the scopes it
 * names are computed, the sentence-wide ones once per sentence.
 */
function inScope(compiled: ScopeMasks, norm: string, span: Span, si: number, at: number): boolean {
  const whole = wholeBuffer;
  const known = knownBuffer;
  const triggers = triggerBuffer;
  const need = compiled.blockMask | compiled.requireMask;
  const unknown = need & SENTENCE_SCOPES & ~known[si]!;
  if (unknown !== 0) {
    whole[si] = whole[si]! | sentenceScopes(norm, span, triggers[si]!, unknown);
    known[si] = known[si]! | unknown;
  }
  const bits = withEndedPast(whole[si]! | (need & ~whole[si]! ? cueScopes(norm, span, at, triggers[si]!, need & ~whole[si]!) : 0), compiled.blockMask, norm, span, at);
  return (bits & compiled.blockMask) === 0 && (bits & compiled.requireMask) === compiled.requireMask;
}

/**
 * The model words pass one records for a text, per sentence, with offsets into the text as the
 * passes read it (compacted where it has runs of white space). For tests: they must be what
 * learned.ts `sentenceTokens` reads from each of those sentences.
 */
export function recordedModelWords(text: string, lexicon: CompiledLexicon): Array<{ ids: number[]; starts: number[]; ends: number[]; follows: number[] }> {
  const state = stateOf(lexicon, false);
  const { norm, spans } = readTurn({ turn: 0, text });
  if (spans.length === 0) return [];
  styleRows = doubleZeros(spans.length * STYLE_WIDTH);
  if (triggerBuffer.length < spans.length) triggerBuffer = new Int32Array(spans.length * 2);
  triggerBuffer.fill(0, 0, spans.length);
  readTokens(norm, spans, state, lexicon, 0);
  const out = spans.map(() => ({ ids: [] as number[], starts: [] as number[], ends: [] as number[], follows: [] as number[] }));
  for (let k = 0; k < modelWords; k++) {
    const row = out[modelSentence[k]!]!;
    row.ids.push(modelTokens.ids[k]!);
    row.starts.push(modelTokens.starts[k]!);
    row.ends.push(modelTokens.ends[k]!);
    row.follows.push(modelTokens.follows[k]!);
  }
  return out;
}

/**
 * Pass three: where a dimension's cues leave a sentence below its threshold, its learned model
 * (dimensions/learned.ts) may call it, unless a scope that silences the dimension's cues holds
 * at any of the words that weighed most, or the call goes against the way the sentence's cues
 * lean (a weak cue such as an ask tied to value is the cue table's word on that sentence); such
 * a call counts as a cue at the threshold. The turn's findings stay in text order.
 */
function learnedPass(turn: CandidateTurn, norm: string, spans: readonly Span[], lexicon: CompiledLexicon, learned: CompiledLearned, netAt: number, findings: Finding[], turnFindings: number): void {
  const D = lexicon.defs.length;
  const net = netRows;
  const before = findings.length;
  let k = 0;
  for (let si = 0; si < spans.length; si++) {
    const from = k;
    while (k < modelWords && modelSentence[k] === si) k++;
    if (k === from) continue;
    const row = netAt + si * D;
    let want = 0;
    let ask = 0;
    for (let d = 0; d < D; d++) {
      const def = lexicon.defs[d]!;
      if (Math.abs(net[row + d]!) < def.sentenceThreshold) {
        if (!answered || ((answeredBuffer[si]! >>> d) & 1) === 0) want |= 1 << d;
      }
      else if (def.learnedVeto !== undefined && learned.dimIndex[d]! >= 0) ask |= 1 << d;
    }
    const span = spans[si]!;
    const vetoed = vetoedBy(learned, modelTokens, from, k, ask, (d) => (net[row + d]! > 0 ? 1 : -1), (d) => lexicon.defs[d]!.learnedVeto!);
    if (vetoed !== 0) dropFindings(findings, turnFindings, span.start, vetoed, lexicon, net, row);
    for (const call of callLearned(learned, modelTokens, from, k, norm, span, want)) {
      const scopes = lexicon.learnedScopes[call.dim]!;
      // Cues stay the first word: a call against the way the sentence's cues lean is not made.
      if (net[row + call.dim]! * call.polarity < 0) continue;
      if (call.strongest.some((w) => !inScope(scopes, norm, span, si, w.start))) continue;
      const def = lexicon.defs[call.dim]!;
      const weight = def.sentenceThreshold;
      net[row + call.dim] = net[row + call.dim]! + call.polarity * weight;
      const finding: Finding = {
        dimension: def.name,
        polarity: call.polarity,
        weight,
        cue: `${def.name}${LEARNED_CUE}`,
        turn: turn.turn,
        start: call.start,
        end: call.end,
        text: turn.text.slice(call.start, call.end),
        sentence: { start: span.start, end: span.end },
        words: call.words.map((w) => ({ start: w.start, end: w.end, text: turn.text.slice(w.start, w.end) })),
      };
      if (turn.time !== undefined) finding.time = turn.time;
      findings.push(finding);
    }
  }
  if (findings.length > before && before > turnFindings) {
    const turnSlice = findings.splice(turnFindings).sort((a, b) => a.start - b.start);
    for (const f of turnSlice) findings.push(f);
  }
}

/** Drops the findings of sentence `start` on the dimensions in `dims` (a bit per registry index) from the turn's findings (from `turnFindings`), and their evidence. */
function dropFindings(findings: Finding[], turnFindings: number, start: number, dims: number, lexicon: CompiledLexicon, net: Float64Array | number[], row: number): void {
  let to = turnFindings;
  for (let i = turnFindings; i < findings.length; i++) {
    const f = findings[i]!;
    const d = dimensionOf(lexicon, f);
    if (f.sentence.start === start && ((dims >>> d) & 1) === 1) continue;
    findings[to++] = f;
  }
  findings.length = to;
  for (let d = 0; d < lexicon.defs.length; d++) if (((dims >>> d) & 1) === 1) net[row + d] = 0;
}

/** Findings [from, end) of a turn read compacted: offsets, sentences, words and text in the turn's own text. */
function inTurnText(findings: Finding[], from: number, map: CompactMap, text: string): void {
  for (let i = from; i < findings.length; i++) {
    const f = findings[i]!;
    const { start, end } = spanInText(map, f.start, f.end);
    f.start = start;
    f.end = end;
    f.text = text.slice(start, end);
    f.sentence = spanInText(map, f.sentence.start, f.sentence.end);
    if (f.words !== undefined) {
      f.words = f.words.map((w) => {
        const span = spanInText(map, w.start, w.end);
        return { ...span, text: text.slice(span.start, span.end) };
      });
    }
  }
}

/** Per sentence: clamp the evidence (adding it to the round's sums), mark questions, count fillers (each in one sentence). */
function finishSentences(norm: string, spans: readonly Span[], fillers: number[], D: number, netAt: number, styleAt: number, sums: number[]): void {
  const net = netRows;
  const style = styleRows;
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
    if (endsWithQuestion(norm, Math.max(span.start, span.end - 4), span.end)) style[row + 1] = 1;
    // A filler before a sentence (blanked, it is white space outside every span) is the next
    // sentence's; one after the last sentence is the last one's.
    const to = i === spans.length - 1 ? Infinity : span.end;
    while (f < fillers.length && fillers[f]! < to) {
      style[row + 2] = style[row + 2]! + 1;
      f++;
    }
  }
}
