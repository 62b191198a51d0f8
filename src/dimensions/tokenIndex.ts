import { TRIGGER_BITS, tokenTriggers } from '../text/scopes.js';
import { STYLE_WORDS, styleBitsOf } from '../text/styleWords.js';
import { keyOf, type CompiledLexicon, type CueGroup } from './compile.js';

/** What the token loop needs to know about one word, found with a single Map lookup. */
export interface TokenEntry {
  /** Cue groups that may start at this word, if any. */
  groups: CueGroup[] | undefined;
  /** Function-word category bits (see text/styleWords.ts). */
  style: number;
  /** Scope trigger bits (see text/scopes.ts). */
  triggers: number;
}

/**
 * One Map from a word to everything the token loop needs. Words not in it are looked up by
 * their key (the leading letters, e.g. "i" for "i've") only when they contain punctuation.
 */
export function buildTokenIndex(lexicon: CompiledLexicon): Map<string, TokenEntry> {
  const index = new Map<string, TokenEntry>();
  const words = new Set<string>([...lexicon.byFirst.keys(), ...STYLE_WORDS.keys(), ...TRIGGER_BITS.keys()]);
  for (const word of words) {
    if (word === '#num') continue;
    index.set(word, { groups: lexicon.byFirst.get(keyOf(word)), style: styleBitsOf(word), triggers: tokenTriggers(word) });
  }
  return index;
}

/** The entry of a token not in the index: its key's cue groups, and the triggers its shape gives. */
export function entryOf(word: string, lexicon: CompiledLexicon): TokenEntry {
  return { groups: lexicon.byFirst.get(keyOf(word)), style: styleBitsOf(word), triggers: tokenTriggers(word) };
}
