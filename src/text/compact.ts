import { isSpaceCode } from './chars.js';

/**
 * One white-space character per gap. Cue patterns read a space as `\s+`, but scopes, guards
 * and budgets counted in characters do not, and speech-to-text output, pasted answers and the
 * spaces a removed filler leaves ("i'm    the best") put runs of white space between words. So
 * the text is matched in a compact form where every run of white space is one character: a line
 * break when the run holds one (a line break ends a sentence), a space otherwise; and every
 * offset found in it maps back to the turn's own text.
 */
export interface Compacted {
  /** The normalized text, compacted. */
  norm: string;
  /** The turn's text at the same places (each run's one character as in `norm`), for what reads case. */
  text: string;
  /** Per compact offset, its offset in the turn's text; one more entry for the end. */
  offsets: Int32Array;
}

/** White space other than a space or a line break, or two white-space characters in a row. */
const UNCOMPACT = /[^\S \n]|\s\s/;

/**
 * The compact form of a normalized text (`norm`, the same length as the turn's `text`), or
 * undefined when it is compact already (every gap one space or one line break): the usual case.
 */
export function compactSpaces(norm: string, text: string): Compacted | undefined {
  if (!UNCOMPACT.test(norm)) return undefined;
  const n = norm.length;
  const offsets = new Int32Array(n + 1);
  const normParts: string[] = [];
  const textParts: string[] = [];
  let m = 0;
  let copied = 0;
  for (let i = 0; i < n; ) {
    if (!isSpaceCode(norm.charCodeAt(i))) {
      offsets[m++] = i++;
      continue;
    }
    let j = i;
    let lineBreak = false;
    while (j < n && isSpaceCode(norm.charCodeAt(j))) {
      if (norm.charCodeAt(j) === 10) lineBreak = true;
      j++;
    }
    const gap = lineBreak ? '\n' : ' ';
    if (j - i > 1 || norm[i] !== gap) {
      normParts.push(norm.slice(copied, i), gap);
      textParts.push(text.slice(copied, i), gap);
      copied = j;
    }
    offsets[m++] = i;
    // The rest of the run is not in the compact text; a match that ends on the run's one
    // character ends, in the turn's text, after the run's first character.
    i = j;
  }
  normParts.push(norm.slice(copied));
  textParts.push(text.slice(copied));
  offsets[m] = n;
  return { norm: normParts.join(''), text: textParts.join(''), offsets: offsets.subarray(0, m + 1) };
}

/** The compact offset of the turn's offset `at`: the first compact character at or after it. */
export function compactOffset(offsets: Int32Array, at: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A compact span [start, end) in the turn's text: from its first character to just after its last. */
export function spanInText(offsets: Int32Array, start: number, end: number): { start: number; end: number } {
  return { start: offsets[start]!, end: end > start ? offsets[end - 1]! + 1 : offsets[start]! };
}
