import { TRIGGER_BITS, tokenTriggers } from '../text/scopes.js';
import { STYLE_WORDS, styleBitsOf, styleColumnsOf } from '../text/styleWords.js';
import { keyOf, type CompiledLexicon, type CueMatcher } from './compile.js';
import { DEAD, FIRST_COUNT, followMasks, PrefixDfa, prefixAutomaton, UNKNOWN } from './prefix.js';
import { CueSieve } from './sieve.js';

/** What the token loop needs to know about one word, found with one walk of the token trie. */
export interface TokenEntry {
  /** Cues that may start at this word (its key's, see compile.ts `keyOf`), if any. */
  matchers: CueMatcher[] | undefined;
  /** Function-word category bits (see text/styleWords.ts). */
  style: number;
  /** The style columns those bits add one to (besides `words`). */
  styleColumns: number[];
  /** Scope trigger bits (see text/scopes.ts). */
  triggers: number;
  /** The word itself. */
  word: string;
  /**
   * Whether the word is in the index: only those get filters (below), so the memory they take
   * stays bounded by the index, whatever other words come.
   */
  indexed: boolean;
  /** How often the token loop asked for the filter; it is built only for words that recur. */
  uses: number;
  /** The word's cue filter (see `filterOf`); NO_FILTER until built. */
  filter: EntryFilter;
  /** Where this word's masks of all cues or-ed together start in `anyMasks.data` (-1: not built). */
  anyAt: number;
  /** The word's id in the learned models' vocabulary (dimensions/learned.ts), or -1. */
  learned: number;
}

/**
 * What the prefix DFAs (see prefix.ts) say about a word's cues. One object, set once on
 * the entry in place of NO_FILTER, so entries keep one shape and the token loop's property
 * loads stay monomorphic.
 */
export class EntryFilter {
  constructor(
    /** Per cue: its prefix DFA, or null when there is none. */
    readonly dfas: ReadonlyArray<PrefixDfa | null>,
    /** Per cue: the DFA state after reading the word (DEAD: the cue never matches here; UNKNOWN: no filter). */
    readonly after: Int32Array,
    /** All the cues' DFAs walked at once (sieve.ts); null in NO_FILTER. */
    readonly sieve: CueSieve | null,
  ) {}
}

/** The filter of an entry that has none (yet). */
export const NO_FILTER = new EntryFilter([], new Int32Array(0), null);

/**
 * Every word's masks of all its cues or-ed together (whether any cue may match, per first
 * character), FIRST_COUNT each, in one array: the token loop reads them for most words.
 */
export const anyMasks = { data: new Int32Array(FIRST_COUNT * 256), used: 0 };

function entry(word: string, lexicon: CompiledLexicon, indexed: boolean): TokenEntry {
  const matchers = lexicon.byFirst.get(keyOf(word));
  const style = styleBitsOf(word);
  const learned = lexicon.learned?.wordIds.get(word) ?? -1;
  return { matchers, style, styleColumns: styleColumnsOf(style), triggers: tokenTriggers(word), word, indexed, uses: 0, filter: NO_FILTER, anyAt: -1, learned };
}

const dfas = new WeakMap<CueMatcher, PrefixDfa | null>();

/** A cue's prefix DFA, built on first use; null when its RegExp is beyond the prefix reader. */
export function dfaOf(matcher: CueMatcher): PrefixDfa | null {
  let dfa = dfas.get(matcher);
  if (dfa === undefined) {
    const nfa = prefixAutomaton(matcher.re.source);
    dfa = nfa === undefined ? null : new PrefixDfa(nfa);
    dfas.set(matcher, dfa);
  }
  return dfa;
}

/**
 * A word's uses before its filter is built. A filter saves about a microsecond per use and
 * costs milliseconds to build (tens, before the code is optimized, as in a one-off run): it is
 * built only for words that a long run of text keeps meeting.
 */
const FILTER_AFTER = 256;

/** The entry's cue filter; undefined while the word is still rare (or not indexed). */
export function filterOf(entry: TokenEntry): EntryFilter | undefined {
  if (entry.filter !== NO_FILTER) return entry.filter;
  if (!entry.indexed || ++entry.uses < FILTER_AFTER || entry.matchers === undefined) return undefined;
  const cueDfas = entry.matchers.map(dfaOf);
  const after = Int32Array.from(cueDfas, (dfa) => (dfa === null ? UNKNOWN : dfa.read(entry.word)));
  // Per cue, what may follow the word after one space (prefix.ts followMasks): the token
  // loop reads them or-ed together.
  const masks = new Int32Array(cueDfas.length * FIRST_COUNT).fill(-1);
  cueDfas.forEach((dfa, g) => {
    if (dfa !== null) followMasks(dfa, after[g]!, entry.word.length, masks, g * FIRST_COUNT);
  });
  if (anyMasks.used + FIRST_COUNT > anyMasks.data.length) {
    const grown = new Int32Array(anyMasks.data.length * 2);
    grown.set(anyMasks.data);
    anyMasks.data = grown;
  }
  const anyAt = anyMasks.used;
  anyMasks.used += FIRST_COUNT;
  const anyMask = anyMasks.data;
  cueDfas.forEach((_, g) => {
    if (after[g] === DEAD) return;
    for (let i = 0; i < FIRST_COUNT; i++) anyMask[anyAt + i] = anyMask[anyAt + i]! | masks[g * FIRST_COUNT + i]!;
  });
  entry.filter = new EntryFilter(cueDfas, after, new CueSieve(cueDfas, after));
  entry.anyAt = anyAt;
  return entry.filter;
}

/**
 * One Map from a word to everything the token loop needs. Words not in it are looked up by
 * their key (the leading letters, e.g. "i" for "i've") only when they contain punctuation.
 */
export function buildTokenIndex(lexicon: CompiledLexicon): Map<string, TokenEntry> {
  const index = new Map<string, TokenEntry>();
  // The learned models' words too (those the trie can hold), so the token loop finds their ids
  // without a string; an entry's cues depend only on the word's key, so cues see no change.
  const modelWords = [...(lexicon.learned?.wordIds.keys() ?? [])].filter((w) => /^[a-z']+$/.test(w));
  const words = new Set<string>([...lexicon.byFirst.keys(), ...STYLE_WORDS.keys(), ...TRIGGER_BITS.keys(), ...modelWords]);
  for (const word of words) {
    if (word === '#num') continue;
    index.set(word, entry(word, lexicon, true));
  }
  return index;
}

/** The entry of a token not in the index: its key's cues, and the triggers its shape gives. */
export function entryOf(word: string, lexicon: CompiledLexicon): TokenEntry {
  return entry(word, lexicon, false);
}

/**
 * The token index as a trie over [a-z'] (every indexed word is made of them): the token loop
 * walks it as it reads a word, so finding the word's entry costs one table step per character
 * and no second pass. `next[node * 27 + symbol]` is the child (-1: none; symbols a-z are 0-25,
 * the apostrophe 26); `entryAt[node]` indexes `entries` (-1: no word ends here). Node 0 is the root.
 */
export interface TokenTrie {
  next: Int32Array;
  entryAt: Int32Array;
  entries: TokenEntry[];
}

export const TRIE_SYMBOLS = 27;

export function buildTokenTrie(index: ReadonlyMap<string, TokenEntry>): TokenTrie {
  const children: number[] = [];
  const ends: number[] = [-1];
  const entries: TokenEntry[] = [];
  let nodes = 1;
  for (let i = 0; i < TRIE_SYMBOLS; i++) children.push(-1);
  for (const [word, entry] of index) {
    let node = 0;
    let ok = true;
    for (let i = 0; i < word.length && ok; i++) {
      const c = word.charCodeAt(i);
      const symbol = c >= 97 && c <= 122 ? c - 97 : c === 39 ? 26 : -1;
      if (symbol < 0) ok = false;
      else {
        let child = children[node * TRIE_SYMBOLS + symbol]!;
        if (child < 0) {
          child = nodes++;
          children[node * TRIE_SYMBOLS + symbol] = child;
          for (let k = 0; k < TRIE_SYMBOLS; k++) children.push(-1);
          ends.push(-1);
        }
        node = child;
      }
    }
    if (!ok) throw new Error(`tone-drift: indexed word ${JSON.stringify(word)} is not made of [a-z']`);
    ends[node] = entries.length;
    entries.push(entry);
  }
  return { next: Int32Array.from(children), entryAt: Int32Array.from(ends), entries };
}
