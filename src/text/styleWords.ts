import { FIRST_PERSON, FUNCTION_WORD_CATEGORIES, FUNCTION_WORDS } from '../lexicon/functionWords.js';

/** Style columns per sentence, after the dimensions: counts the style measures are built from. */
export const STYLE_COLUMNS = ['words', 'questions', 'fillers', 'firstPerson', ...FUNCTION_WORD_CATEGORIES] as const;
export type StyleColumn = (typeof STYLE_COLUMNS)[number];
export const STYLE_WIDTH = STYLE_COLUMNS.length;
/** Column index of the first function-word category. */
export const CATEGORY_OFFSET = 4;
const FIRST_PERSON_BIT = 1 << FUNCTION_WORD_CATEGORIES.length;

/** Word → bit mask of its function-word categories (and the first-person bit). */
export const STYLE_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  FUNCTION_WORD_CATEGORIES.forEach((cat, bit) => {
    for (const w of FUNCTION_WORDS[cat].split(' ')) map.set(w, (map.get(w) ?? 0) | (1 << bit));
  });
  for (const w of FIRST_PERSON.split(' ')) map.set(w, (map.get(w) ?? 0) | FIRST_PERSON_BIT);
  return map;
})();

const NEGATION_BIT = 1 << FUNCTION_WORD_CATEGORIES.indexOf('negations');

/** A word's category bits: its listed categories, plus negation for any -n't word. */
export function styleBitsOf(word: string): number {
  return (STYLE_WORDS.get(word) ?? 0) | (word.endsWith("n't") ? NEGATION_BIT : 0);
}

/** Adds one word token to a sentence's style row. */
export function countStyleWord(row: number[] | Float64Array, at: number, word: string): void {
  countStyleBits(row, at, styleBitsOf(word));
}

/** Adds one word with these category bits to a style row. */
export function countStyleBits(row: number[] | Float64Array, at: number, bitsIn: number): void {
  row[at] = row[at]! + 1;
  let bits = bitsIn;
  if (bits === 0) return;
  if (bits & FIRST_PERSON_BIT) row[at + 3] = row[at + 3]! + 1;
  for (let c = 0; c < FUNCTION_WORD_CATEGORIES.length; c++) {
    if (bits & (1 << c)) row[at + CATEGORY_OFFSET + c] = row[at + CATEGORY_OFFSET + c]! + 1;
  }
}

/** The style columns (after `words`) that a word with these category bits adds one to, in order. */
export function styleColumnsOf(bits: number): number[] {
  const out: number[] = [];
  if (bits & FIRST_PERSON_BIT) out.push(3);
  for (let c = 0; c < FUNCTION_WORD_CATEGORIES.length; c++) if (bits & (1 << c)) out.push(CATEGORY_OFFSET + c);
  return out;
}
