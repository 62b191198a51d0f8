import { isLower, isSpaceCode, isUpper } from './chars.js';
import { isLetterCode, wordEnd, wordStart } from './tokenize.js';

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose dot never ends a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'no',
  'approx', 'dept', 'u.s', 'u.k', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Abbreviations that end a sentence only when a capital letter follows. */
const SOMETIMES = new Set(['etc', 'a.m', 'p.m', 'am', 'pm']);

/** Where a boundary may start: end punctuation or a line break. */
const BOUNDARY_START = /[.!?\u0085\n]/g;
/** [.!?] and the ellipsis (U+0085 in the normalized text: normalize.ts narrowCode) */
const isEndPunctuation = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x85;
/** ["')\]] */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41 || c === 93;
/** Where an unpunctuated speech-to-text run may be cut: before a discourse marker. */
const MARKER = /\s(?=(?:so|but|and then|and so|anyway|because|also|then|and i|and we|plus)\s)/g;
/** A run longer than this many words without punctuation is cut at discourse markers. */
export const MAX_RUN_WORDS = 40;
/** Cuts leave at least this many words in each piece. */
export const MIN_PIECE_WORDS = 8;

/** Where each word starts in norm[start, end), in one pass. */
function wordStarts(norm: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let at = wordStart(norm, start, end); at >= 0; at = wordStart(norm, wordEnd(norm, at), end)) out.push(at);
  return out;
}

/**
 * The number of runs of WORD's letters that start in norm[start, end), a currency sign before
 * a letter counting as a start: at least the number of words there, as a word is one such run
 * or several joined.
 */
function letterRuns(norm: string, start: number, end: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (isLetterCode(c)) {
      if (!inRun) runs++;
      inRun = true;
    } else {
      // A currency sign may start a word just before a run; count it as the run's start.
      if (!inRun && (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5)) runs++;
      inRun = false;
    }
  }
  return runs;
}

/** The number of words that start in norm[start, end), counting no further than `limit`. */
function wordsUpTo(norm: string, start: number, end: number, limit: number): number {
  let count = 0;
  for (let at = wordStart(norm, start, end); at >= 0 && count < limit; at = wordStart(norm, wordEnd(norm, at), end)) count++;
  return count;
}

/** The number of entries of a sorted array below `x` (binary search). */
function below(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushTrimmed(out: Span[], norm: string, start: number, end: number): void {
  while (start < end && isSpaceCode(norm.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(norm.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Cuts a long unpunctuated run at discourse markers, keeping pieces of a sensible length.
 * Word counts come from one pass over the run and binary searches, so a 5 MB run without
 * punctuation is cut in O(n log n), not O(n²).
 */
function pushRun(out: Span[], norm: string, start: number, end: number): void {
  if (end - start < MAX_RUN_WORDS * 3) {
    pushTrimmed(out, norm, start, end);
    return;
  }
  // Most such runs are ordinary sentences of up to MAX_RUN_WORDS words: first a cheap bound
  // (every word starts a run of letters, or a currency sign before one), then a bounded count.
  if (letterRuns(norm, start, end) <= MAX_RUN_WORDS || wordsUpTo(norm, start, end, MAX_RUN_WORDS + 1) <= MAX_RUN_WORDS) {
    pushTrimmed(out, norm, start, end);
    return;
  }
  const starts = wordStarts(norm, start, end);
  const re = new RegExp(MARKER.source, 'g');
  re.lastIndex = start;
  let pieceStart = start;
  for (let m = re.exec(norm); m !== null && m.index < end; m = re.exec(norm)) {
    const before = below(starts, m.index) - below(starts, pieceStart);
    const after = starts.length - below(starts, m.index);
    if (before >= MIN_PIECE_WORDS && after >= MIN_PIECE_WORDS) {
      pushTrimmed(out, norm, pieceStart, m.index);
      pieceStart = m.index + 1;
    }
  }
  pushTrimmed(out, norm, pieceStart, end);
}

/**
 * The word before a sentence-ending dot: /([a-z][a-z.]*)$/ on norm[from, at), i.e. the longest
 * run of [a-z.] that ends at `at`, from its first letter on; undefined when there is none.
 */
function lastWord(norm: string, from: number, at: number): string | undefined {
  let i = at;
  while (i > from) {
    const c = norm.charCodeAt(i - 1);
    if (!(isLower(c) || c === 46)) break;
    i--;
  }
  while (i < at && !isLower(norm.charCodeAt(i))) i++;
  return i < at ? norm.slice(i, at) : undefined;
}

/**
 * Whether the splitter ends a sentence at the dot at `at` of `text` (any case) when a capital
 * follows ("10 a.m. Then…"): the dotted word before it, read as the splitter reads it.
 */
export function endsBeforeCapitalAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).toLowerCase();
  const word = lastWord(before, 0, before.length);
  return word !== undefined && SOMETIMES.has(word);
}

/** Whether the first non-space character of text[from, from + 4) is a capital A-Z. */
function capitalFollows(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 4);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return isUpper(c);
  }
  return false;
}

/**
 * Sentence spans of a normalized text: cut after . ! ? … (with closing quotes or brackets) before
 * white space, and at line breaks; never after an abbreviation, an initial or inside a number.
 *
 * A boundary is /[.!?\u0085]+["')\]]*(?=\s|$)|\n/, read by character code: a whole run of end
 * punctuation, then of closers, followed by white space or the end (a shorter reading of either
 * run would be followed by punctuation, never by white space); or a line break.
 */
export function splitSentences(norm: string, text: string = norm): Span[] {
  const out: Span[] = [];
  const n = norm.length;
  let start = 0;
  // The characters a boundary can start at, found by one native scan.
  const marks = BOUNDARY_START;
  for (let p = 0; p < n; ) {
    marks.lastIndex = p;
    if (!marks.test(norm)) break;
    p = marks.lastIndex - 1;
    const c = norm.charCodeAt(p);
    let end: number;
    if (isEndPunctuation(c)) {
      let q = p + 1;
      while (q < n && isEndPunctuation(norm.charCodeAt(q))) q++;
      let r = q;
      while (r < n && isCloser(norm.charCodeAt(r))) r++;
      if (r < n && !isSpaceCode(norm.charCodeAt(r))) {
        p = r;
        continue;
      }
      end = r;
      if (c === 46 && end === p + 1) {
        // A lone dot: not after an abbreviation or an initial.
        const word = lastWord(norm, Math.max(start, p - 12), p);
        if (word !== undefined && (ABBREVIATIONS.has(word) || word.length === 1 || (SOMETIMES.has(word) && !capitalFollows(text, end)))) {
          p = end;
          continue;
        }
      }
    } else end = p + 1; // a line break
    pushRun(out, norm, start, end);
    start = end;
    p = end;
  }
  pushRun(out, norm, start, n);
  return out;
}
