import { isSpaceCode } from './chars.js';
import { apostropheAt, CONTRACTION_SOURCE } from './contractions.js';
import { MISSING_SPACE_SOURCE, spaceAfter } from './missingSpace.js';

/**
 * The text as cue patterns read it. One white-space character per gap: cue patterns read a
 * space as `\s+`, but scopes, guards and budgets counted in characters do not, and
 * speech-to-text output, pasted answers and the spaces a removed filler leaves ("i'm    the
 * best") put runs of white space between words. So the text is matched in a compact form where
 * every run of white space is one character: a line break when the run holds one (a line break
 * ends a sentence), a space otherwise. And contractions typed without their apostrophe ("im",
 * "dont") get it back (text/contractions.ts), as do sentence ends typed without the space after
 * them ("done.Then", text/missingSpace.ts). Every offset found in this form maps back to the
 * turn's own text, so findings quote the turn as given ("im").
 */
export interface Compacted {
  /** The normalized text, compacted. */
  norm: string;
  /** The turn's text at the same places (each run's one character as in `norm`, the restored apostrophes and spaces), for what reads case. */
  text: string;
  /** Where compact offsets map to in the turn's text. */
  map: CompactMap;
}

/**
 * A compact offset c is offset c + shift in the turn's text, where the shift changes after each
 * run that lost characters (it grows) and at each restored apostrophe or space (it shrinks by
 * one: the inserted character and the letter after it both map to that letter): from compact
 * offset `at[k]` on, it is `shift[k]` (0 before `at[0]`). So the map never decreases.
 */
export interface CompactMap {
  at: Int32Array;
  shift: Int32Array;
  /** The compact text's length. */
  length: number;
}

/**
 * What changes: a run of white space to compact (two or more characters, or one other than a
 * space or a line break), a word that may be a contraction without its apostrophe, or a
 * sentence mark that may lack the space after it. One scan finds all three.
 */
const CHANGE = new RegExp(`\\s{2,}|[^\\S \\n]|${CONTRACTION_SOURCE}|${MISSING_SPACE_SOURCE}`, 'g');

/**
 * The compact form of a normalized text (`norm`, the same length as the turn's `text`), or
 * undefined when there is nothing to change (every gap one space or one line break, every
 * contraction spelled with its apostrophe, a space after every sentence end): the usual case.
 */
export function compactView(norm: string, text: string): Compacted | undefined {
  let normParts: string[] | undefined;
  const textParts: string[] = [];
  const at: number[] = [];
  const shifts: number[] = [];
  let copied = 0;
  let shift = 0;
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(norm); m !== null; m = CHANGE.exec(norm)) {
    const i = m.index;
    const j = i + m[0].length;
    const c = norm.charCodeAt(i);
    if (!isSpaceCode(c)) {
      // A contraction's apostrophe or a sentence's space goes in before the letter at q, at
      // compact offset q - shift, and maps to q, as does the letter after it.
      const mark = c === 46 || c === 33 || c === 63;
      const q = mark ? spaceAfter(text, i) : apostropheAt(norm, text, i, j);
      if (q < 0) continue;
      const inserted = mark ? ' ' : "'";
      (normParts ??= []).push(norm.slice(copied, q), inserted);
      textParts.push(text.slice(copied, q), inserted);
      copied = q;
      at.push(q - shift + 1);
      shift -= 1;
      shifts.push(shift);
      continue;
    }
    const gap = m[0].includes('\n') ? '\n' : ' ';
    (normParts ??= []).push(norm.slice(copied, i), gap);
    textParts.push(text.slice(copied, i), gap);
    copied = j;
    if (j - i > 1) {
      // The run's one character is at compact offset i - shift; what follows it moves left.
      at.push(i - shift + 1);
      shift += j - i - 1;
      shifts.push(shift);
    }
  }
  if (normParts === undefined) return undefined;
  normParts.push(norm.slice(copied));
  textParts.push(text.slice(copied));
  return { norm: normParts.join(''), text: textParts.join(''), map: { at: Int32Array.from(at), shift: Int32Array.from(shifts), length: norm.length - shift } };
}

/** A turn's normalized text and its own text as the passes read them: the compact view, or both as they are when it has nothing to change (no map). */
export function readingOf(norm: string, text: string): { norm: string; text: string; map: CompactMap | undefined } {
  return compactView(norm, text) ?? { norm, text, map: undefined };
}

/** The turn's offset of compact offset `c`. */
export function textOffset(map: CompactMap, c: number): number {
  // The last breakpoint at or before c.
  let lo = 0;
  let hi = map.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map.at[mid]! <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? c : c + map.shift[lo - 1]!;
}

/** The compact offset of the turn's offset `at`: the first compact character at or after it. */
export function compactOffset(map: CompactMap, at: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (textOffset(map, mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A compact span [start, end) in the turn's text: from its first character to just after its last. */
export function spanInText(map: CompactMap, start: number, end: number): { start: number; end: number } {
  const first = textOffset(map, start);
  return { start: first, end: end > start ? textOffset(map, end - 1) + 1 : first };
}
