/**
 * A same-length copy of a turn's text that cue patterns read: lower case, straight quotes,
 * and speech fillers and false starts blanked out with spaces. Because every offset in the
 * copy is the offset in the original, findings slice the original text exactly.
 */

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033]/g;
const quote = (c: string): string => (c === '\u201c' || c === '\u201d' || c === '\u201e' || c === '\u201f' || c === '\u2033' ? '"' : "'");

/** Fillers and false starts (each id has an example in test/text/normalize.test.ts). */
export const FILLERS: ReadonlyArray<{ id: string; pattern: RegExp; example: string }> = [
  { id: 'filler.um', pattern: /\b(?:u+m+|u+h+m*|e+r+m+|h+m+|mm+)\b,?/g, example: 'So, um, I led it.' },
  { id: 'filler.you-know', pattern: /,\s*you know\b,?|^you know,/g, example: 'It was, you know, hard.' },
  { id: 'filler.like', pattern: /,\s*like,/g, example: 'We had, like, ten days.' },
  { id: 'filler.i-mean', pattern: /(?:^|(?<=[.!?,]\s))i mean,/g, example: 'I mean, it worked.' },
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

/** Normalizes and reports where the fillers were. */
export function normalizeDetailed(text: string): Normalized {
  let lower = text.toLowerCase();
  // Lower-casing keeps the length for nearly all text; where it does not (e.g. 'İ'),
  // fall back to an ASCII-only lower case, which always does.
  if (lower.length !== text.length) lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const quoted = lower.replace(QUOTES, quote);
  const fillers: number[] = [];
  const norm = quoted.replace(ALL_FILLERS, (m: string, ...rest: unknown[]) => {
    fillers.push(rest.find((r) => typeof r === 'number') as number);
    return ' '.repeat(m.length);
  });
  return { norm, fillers };
}

export function normalize(text: string): string {
  return normalizeDetailed(text).norm;
}
