/**
 * A sentence end typed without the space after it ("I led the migration.When I start…",
 * "Great question!What's the bonus?"), as quick typing on a phone gives it. The tokenizer would
 * read "migration.when" as one word and the sentence splitter would not cut there, so the text
 * that cue patterns read gets the space back (text/compact.ts inserts it and maps every offset
 * back to the turn as typed). Decided by case, in the turn's own text: a word of two or more
 * characters ending in a letter ("migration", "2x", "um", "can't", "Mapúa"), or a letter on its own
 * after a space ("six k", "Plan B"), `.`, `!` or `?`, then a capital that starts a word ("When",
 * or "I" on its own). Dotted abbreviations ("e.g.", "U.S.") have one letter after a dot before
 * the mark, and a capital that does not start a word ("Ph.D", "ASP.NET") is no
 * sentence start; the sentence splitter still decides after "Mr." and the like. The dotted
 * words after which the splitter ends a sentence when a capital follows ("a.m.", "p.m.":
 * sentences.ts `endsBeforeCapitalAt`) are the exception: "by 10 a.m.In 2018" gets its space back
 * as "by 10 a.m. In 2018" does.
 */

import { isLower, isSpaceCode, isUpper } from './chars.js';
import { endsBeforeCapitalAt } from './sentences.js';

/** What a scan looks for in the normalized (lower-case) text: a sentence mark with a letter right after it. */
export const MISSING_SPACE_SOURCE = '[.!?](?=[a-z])';

/** A letter, accented Latin letters included ("Mapúa", "café"; not × or ÷). */
const isLetter = (c: number): boolean => isLower(c) || isUpper(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isLetterOrDigit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Examples that tests run: where the space goes back, and where it must not. */
export const MISSING_SPACE_EXAMPLES = {
  repaired: ['I led the migration.When I start I will fix it.', 'He was walking six k.We sorted him a ride.', 'Great question!What is the bonus?', 'It shipped late.I learned a lot.', "The offer call can't.It happens this week.", "I studied at Mapúa.I've been in logistics since.", 'The data had to arrive by 10 a.m.In 2018 I ran a similar test.'],
  leftAlone: ['We use node.js and e.g.Python at Acme.', 'I moved to the U.S.Then I joined.', 'Our ASP.NET stack', 'I hold a Ph.D in chemistry.'],
};

/**
 * Where a space goes back after the sentence mark at `i` (a match of MISSING_SPACE_SOURCE in the
 * normalized turn, which has the length of `text`, the turn as given): the offset it goes
 * before (i + 1), or -1.
 */
export function spaceAfter(text: string, i: number): number {
  // Read in the turn's own text: a filler the normalized text blanks ("um.I") still ends a word.
  // Two word characters before the mark, or a letter, an apostrophe and a letter ("can't."): not
  // an initial ("e.g.", "U.S.").
  if (i < 2 || !isLetter(text.charCodeAt(i - 1))) return -1;
  const before = text.charCodeAt(i - 2);
  // A letter on its own after a space ("six k.We", "Plan B.Then") is no dotted abbreviation:
  // its space goes back, and the splitter decides there as it does for the spaced text.
  if (!isLetterOrDigit(before) && !isSpaceCode(before) && !(isApostrophe(before) && i >= 3 && isLetter(text.charCodeAt(i - 3))) && !endsBeforeCapitalAt(text, i)) return -1;
  const next = text.charCodeAt(i + 1);
  if (!isUpper(next)) return -1;
  const after = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
  // "When": a capital, then lower case; "I" on its own ("I think", "I'm").
  if (isLower(after) || (next === 73 && !isLetter(after))) return i + 1;
  return -1;
}
