/** Word tokens with exact UTF-16 offsets into the text they came from. */
export interface Token {
  start: number;
  end: number;
  /** The token as read from the normalized text (lower case, straight apostrophes). */
  norm: string;
}

/**
 * A word: letters or digits of any script, joined inside by apostrophes, dots, commas and
 * hyphens ("don't", "e.g", "1,000", "3.5", "follow-up"), with an optional currency sign before
 * and percent sign after ("$150k", "30%"). Punctuation, emoji and spaces are not words.
 *
 * This RegExp is the definition; the scanner below (`wordStart`, `wordEnd`) reads the same
 * tokens by character code, without a RegExp or a string per token (test/text checks both agree).
 */
export const WORD = /[$€£¥]?[a-z0-9\u00c0-\u02af\u0370-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufefe]+(?:['.,\-][a-z0-9\u00c0-\u02af]+)*%?/g;

/** [a-z0-9\u00c0-\u02af]: what may follow a joiner inside a word. */
export function isInnerCode(c: number): boolean {
  return c <= 122 ? c >= 97 || (c >= 48 && c <= 57) : c >= 0xc0 && c <= 0x2af;
}

/** [a-z0-9\u00c0-\u02af\u0370-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufefe]: a word's letters and digits. */
export function isLetterCode(c: number): boolean {
  if (c <= 122) return c >= 97 || (c >= 48 && c <= 57);
  if (c < 0xc0) return false;
  if (c <= 0x2af) return true;
  if (c < 0x370) return false;
  if (c <= 0x1fff) return true;
  return (c >= 0x2c00 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/** [$€£¥] */
const isCurrencyCode = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;

/** ['.,\-] */
const isJoinerCode = (c: number): boolean => c === 39 || c === 46 || c === 44 || c === 45;

/** Where the next word starts at or after `from` (before `to`), or -1: the leftmost match of WORD. */
export function wordStart(text: string, from: number, to = text.length): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isLetterCode(c)) return p;
    if (isCurrencyCode(c) && p + 1 < text.length && isLetterCode(text.charCodeAt(p + 1))) return p;
  }
  return -1;
}

/** Where the word starting at `start` (as found by `wordStart`) ends: WORD's greedy match. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let p = start;
  if (isCurrencyCode(text.charCodeAt(p))) p++;
  while (p < n && isLetterCode(text.charCodeAt(p))) p++;
  while (p + 1 < n && isJoinerCode(text.charCodeAt(p)) && isInnerCode(text.charCodeAt(p + 1))) {
    p += 2;
    while (p < n && isInnerCode(text.charCodeAt(p))) p++;
  }
  if (p < n && text.charCodeAt(p) === 37) p++;
  return p;
}

/** Tokens of `norm` (the normalized text) between `from` and `to`. */
export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const out: Token[] = [];
  for (let at = wordStart(norm, from, to); at >= 0; ) {
    const full = wordEnd(norm, at);
    const end = Math.min(full, to);
    out.push({ start: at, end, norm: norm.slice(at, end) });
    at = wordStart(norm, full, to);
  }
  return out;
}

/** The number of word tokens in `norm` between `from` and `to` (those that start before `to`), without building them. */
export function countWords(norm: string, from = 0, to = norm.length): number {
  let n = 0;
  for (let at = wordStart(norm, from, to); at >= 0; at = wordStart(norm, wordEnd(norm, at), to)) n++;
  return n;
}
