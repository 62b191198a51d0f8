import { WORD } from './tokenize.js';

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

const BOUNDARY = /[.!?\u2026]+["')\]]*(?=\s|$)|\n/g;
const LAST_WORD = /([a-z][a-z.]*)$/;
/** Where an unpunctuated speech-to-text run may be cut: before a discourse marker. */
const MARKER = /\s(?=(?:so|but|and then|and so|anyway|because|also|then|and i|and we|plus)\s)/g;
/** A run longer than this many words without punctuation is cut at discourse markers. */
export const MAX_RUN_WORDS = 40;
/** Cuts leave at least this many words in each piece. */
export const MIN_PIECE_WORDS = 8;

/** Where each word starts in norm[start, end), in one pass. */
function wordStarts(norm: string, start: number, end: number): number[] {
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = start;
  const out: number[] = [];
  for (let m = re.exec(norm); m !== null && m.index < end; m = re.exec(norm)) out.push(m.index);
  return out;
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
  while (start < end && /\s/.test(norm[start]!)) start++;
  while (end > start && /\s/.test(norm[end - 1]!)) end--;
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
  const starts = wordStarts(norm, start, end);
  if (starts.length <= MAX_RUN_WORDS) {
    pushTrimmed(out, norm, start, end);
    return;
  }
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
 * Sentence spans of a normalized text: cut after . ! ? … (with closing quotes or brackets) before
 * white space, and at line breaks; never after an abbreviation, an initial or inside a number.
 */
export function splitSentences(norm: string, text: string = norm): Span[] {
  const out: Span[] = [];
  const re = new RegExp(BOUNDARY.source, 'g');
  let start = 0;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const word = LAST_WORD.exec(norm.slice(Math.max(start, m.index - 12), m.index))?.[1];
      if (word !== undefined) {
        if (ABBREVIATIONS.has(word) || word.length === 1) continue;
        if (SOMETIMES.has(word)) {
          const next = /\S/.exec(text.slice(end, end + 4));
          if (!next || !/[A-Z]/.test(next[0])) continue;
        }
      }
    }
    pushRun(out, norm, start, end);
    start = end;
  }
  pushRun(out, norm, start, norm.length);
  return out;
}
