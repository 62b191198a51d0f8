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
 */
export const WORD = /[$€£¥]?[a-z0-9\u00c0-\u02af\u0370-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufefe]+(?:['.,\-][a-z0-9\u00c0-\u02af]+)*%?/g;

/** Tokens of `norm` (the normalized text) between `from` and `to`. */
export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = from;
  const out: Token[] = [];
  for (let m = re.exec(norm); m !== null && m.index < to; m = re.exec(norm)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, norm: norm.slice(m.index, end) });
  }
  return out;
}

/** The number of word tokens in `norm`, without building them. */
export function countWords(norm: string): number {
  const re = new RegExp(WORD.source, 'g');
  let n = 0;
  while (re.exec(norm) !== null) n++;
  return n;
}
