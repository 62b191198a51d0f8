/**
 * A same-length copy of a turn's text that cue patterns read: lower case, straight quotes,
 * one-byte stand-ins for dashes and the ellipsis, and speech fillers and false starts blanked
 * out with spaces. Because every offset in the
 * copy is the offset in the original, findings slice the original text exactly.
 */
import { isSpaceCode, isWordChar } from './chars.js';

/** Fillers and false starts (each id has an example in test/text/normalize.test.ts). */
export const FILLERS: ReadonlyArray<{ id: string; pattern: RegExp; example: string }> = [
  { id: 'filler.um', pattern: /\b(?:u+m+|u+h+m*|e+r+m+|h+m+|mm+)\b,?/g, example: 'So, um, I led it.' },
  { id: 'filler.you-know', pattern: /,\s*you\s+know\b,?|^you\s+know,/g, example: 'It was, you know, hard.' },
  { id: 'filler.like', pattern: /,\s*like,/g, example: 'We had, like, ten days.' },
  { id: 'filler.i-mean', pattern: /(?:^|(?<=[.!?,]\s*))i\s+mean,/g, example: 'I mean, it worked.' },
  { id: 'filler.false-start', pattern: /\b[a-z']{1,12}-(?=\s)/g, example: 'I- I think so.' },
  { id: 'filler.repeat', pattern: /\b([a-z']{1,12})\s+(?=\1\b)/g, example: 'I I think so.' },
];

export interface Normalized {
  norm: string;
  /** Where each blanked filler or false start began, in order of the filler table. */
  fillers: number[];
}

/**
 * All fillers as one RegExp, in table order: one pass over the text instead of one per filler.
 * filler.repeat's back-reference stays `\1` because it is the table's only capturing group.
 */
const ALL_FILLERS = new RegExp(FILLERS.map((f) => f.pattern.source).join('|'), 'g');
/** The same RegExp, tried at one position. */
const FILLER_AT = new RegExp(ALL_FILLERS.source, 'y');

/** [a-z'] */
const isLetterOrApostrophe = (c: number): boolean => (c >= 97 && c <= 122) || c === 39;

/** Whether `text` has `phrase` at `at`, each space in it read as a run of white space (as the fillers' \s+). */
function hasWords(text: string, at: number, phrase: string): boolean {
  let q = at;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c === 32) {
      if (q >= text.length || !isSpaceCode(text.charCodeAt(q))) return false;
      while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
    } else if (text.charCodeAt(q++) !== c) return false;
  }
  return true;
}

/** Whether text[p] (a \w character after a non-\w one, or an apostrophe after a \w one) may start a filler. */
function mayStartAtBoundary(text: string, p: number, c: number): boolean {
  const n = text.length;
  if (c === 105 && hasWords(text, p, 'i mean,')) return true;
  if (p === 0 && hasWords(text, 0, 'you know,')) return true;
  // The \w run from p made only of u, h, m, e, r: um, uh, erm, hmm, mm.
  if (c === 117 || c === 101 || c === 104 || c === 109) {
    let q = p + 1;
    for (; q < n; q++) {
      const k = text.charCodeAt(q);
      if (!(k === 117 || k === 104 || k === 109 || k === 101 || k === 114)) break;
    }
    if (q === n || !isWordChar(text.charCodeAt(q))) return true;
  }
  if (!isLetterOrApostrophe(c)) return false;
  // A run of 1 to 12 [a-z'] then "-" and white space (false start), or white space and the same run (repeat).
  let q = p + 1;
  while (q < n && q - p <= 12 && isLetterOrApostrophe(text.charCodeAt(q))) q++;
  if (q - p > 12 || q >= n) return false;
  const next = text.charCodeAt(q);
  if (next === 45) return q + 1 < n && isSpaceCode(text.charCodeAt(q + 1));
  if (!isSpaceCode(next)) return false;
  let r = q + 1;
  while (r < n && isSpaceCode(text.charCodeAt(r))) r++;
  const length = q - p;
  if (r + length > n) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(r + i) !== text.charCodeAt(p + i)) return false;
  return r + length === n || isWordChar(text.charCodeAt(r + length - 1)) !== isWordChar(text.charCodeAt(r + length));
}

/**
 * mayStartAtBoundary for a word text[p, q) of a-z only, followed by `next` (neither \w nor an
 * apostrophe; -1 at the end): the same checks, without reading the word again.
 */
function mayStartAtLetters(text: string, p: number, q: number, c: number, next: number): boolean {
  const n = text.length;
  if (c === 105 && hasWords(text, p, 'i mean,')) return true;
  if (p === 0 && hasWords(text, 0, 'you know,')) return true;
  if (c === 117 || c === 101 || c === 104 || c === 109) {
    let i = p + 1;
    for (; i < q; i++) {
      const k = text.charCodeAt(i);
      if (!(k === 117 || k === 104 || k === 109 || k === 101 || k === 114)) break;
    }
    if (i === q) return true;
  }
  const length = q - p;
  if (length > 12 || next === -1) return false;
  if (next === 45) return q + 1 < n && isSpaceCode(text.charCodeAt(q + 1));
  if (!isSpaceCode(next)) return false;
  let r = q + 1;
  while (r < n && isSpaceCode(text.charCodeAt(r))) r++;
  if (r + length > n) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(r + i) !== text.charCodeAt(p + i)) return false;
  return r + length === n || isWordChar(text.charCodeAt(r + length - 1)) !== isWordChar(text.charCodeAt(r + length));
}

/** Whether the comma at `p` is followed, past white space, by "you know" or "like,". */
function mayStartAtComma(text: string, p: number): boolean {
  let q = p + 1;
  while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
  return hasWords(text, q, 'you know') || text.startsWith('like,', q);
}

/** Per letter a-z: whether a word starting with it may start um, uh, erm, hmm, mm or "i mean,". */
const MAY_START_FILLER = Array.from({ length: 26 }, (_, i) => 'uehmi'.includes(String.fromCharCode(97 + i)));

/**
 * The positions where some filler could match: a cheap necessary condition for each
 * alternative of ALL_FILLERS (a comma for ", you know" and ", like,"; a word boundary for the
 * rest, with a quick look at what follows), so that the RegExp itself runs only there. Every
 * position where a filler matches is among them.
 */
function fillerCandidates(text: string): number[] | undefined {
  let out: number[] | undefined;
  const n = text.length;
  let p = 0;
  let prevWord = false;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isWordChar(c)) {
      // A word start. Read its letters once: the common word, a-z only and followed by neither
      // \w nor an apostrophe, is checked from what was read; anything else the general way.
      let q = p;
      while (q < n) {
        const k = text.charCodeAt(q);
        if (k < 97 || k > 122) break;
        q++;
      }
      const next = q < n ? text.charCodeAt(q) : -1;
      const plain = q > p && next !== 39 && (next === -1 || !isWordChar(next));
      if (plain && next === 32 && p > 0 && !MAY_START_FILLER[c - 97]) {
        // The usual word: a-z only, one space after it, and not a letter that starts
        // um, uh, erm, hmm or "i mean,". Only a repeat could start here, and the character after
        // the space, when it is neither white space nor the word's first letter, rules it out.
        const after = q + 1 < n ? text.charCodeAt(q + 1) : -1;
        if (after > 32 && after < 0xa0 && after !== c) {
          p = q;
          prevWord = true;
          continue;
        }
      }
      if (plain ? mayStartAtLetters(text, p, q, c, next) : mayStartAtBoundary(text, p, c)) (out ??= []).push(p);
      // Inside a run of \w there is no boundary: skip to its end.
      p = q > p ? q : p + 1;
      while (p < n && isWordChar(text.charCodeAt(p))) p++;
      prevWord = true;
      continue;
    }
    if (c === 44) {
      if (mayStartAtComma(text, p)) (out ??= []).push(p);
    } else if (c === 39 && prevWord && mayStartAtBoundary(text, p, c)) (out ??= []).push(p);
    prevWord = false;
    p++;
  }
  return out;
}

/** A UTF-16 code unit above U+00FF. */
const WIDE = /[^\x00-\xff]/;

/**
 * The stand-in below U+0100 for a wide character the text layer reads, or the character itself:
 * curly quotes become straight ones; the en dash, em dash and ellipsis become U+0096, U+0097 and
 * U+0085 (their places in Windows-1252: C1 controls no transcript holds), which the clause and
 * sentence rules read as they read the originals; Unicode spaces become a space (`\s` either
 * way, and compaction turns both into the same gap).
 */
function narrowCode(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) return 34;
  if (c === 0x2013) return 0x96;
  if (c === 0x2014) return 0x97;
  if (c === 0x2026) return 0x85;
  if (isSpaceCode(c)) return 32;
  return c;
}

/**
 * `text` with narrowCode applied, as a one-byte string when nothing wide is left. V8 compiles a
 * RegExp once for one-byte subjects and again for two-byte ones, so a single curly apostrophe
 * in a turn (which keeps the whole string two-byte) doubled the cue RegExps' machine code:
 * 19.2 MB against 8.6 MB per isolate on the first 400 records of the 10 MB benchmark corpus.
 */
function narrow(text: string): string {
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c > 0xff ? narrowCode(c) : c;
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/** Normalizes and reports where the fillers were. */
export function normalizeDetailed(text: string): Normalized {
  let lower = text.toLowerCase();
  // Lower-casing keeps the length for nearly all text; where it does not (e.g. 'İ'),
  // fall back to an ASCII-only lower case, which always does.
  if (lower.length !== text.length) lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const fillers: number[] = [];
  const quoted = WIDE.test(lower) ? narrow(lower) : lower;
  const candidates = fillerCandidates(quoted);
  if (candidates === undefined) return { norm: quoted, fillers };
  // The fillers: at each candidate past the previous filler, the RegExp decides, exactly as a
  // global replace would (its leftmost match is always at a candidate).
  let norm = '';
  let copied = 0;
  for (const p of candidates) {
    if (p < copied) continue;
    FILLER_AT.lastIndex = p;
    const m = FILLER_AT.exec(quoted);
    if (m === null) continue;
    fillers.push(p);
    norm += quoted.slice(copied, p) + ' '.repeat(m[0].length);
    copied = p + m[0].length;
  }
  if (copied === 0) return { norm: quoted, fillers };
  return { norm: norm + quoted.slice(copied), fillers };
}

export function normalize(text: string): string {
  return normalizeDetailed(text).norm;
}
