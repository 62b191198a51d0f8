import { alternatives, closingParen, matcherOf, keyOf, toSource, type CompiledLexicon, type CueMatcher } from './compile.js';

/**
 * Cues narrowed to one first word.
 *
 * A cue is tried at every token whose key it *can* start with, but its whole pattern:
 * "(?:the team's|your) customers|(?:biggest|main) challenges" is tried in full at every "the".
 * Here each cue keeps only the alternatives that can match at a token with that key, so the
 * RegExp has far less to try at each token and finds the same matches.
 *
 * Why dropping an alternative is safe: the token loop runs a key's cues only at tokens whose
 * key (the leading run of [a-z0-9\u00c0-\u02af], or `#num` for a digit or currency sign) is that
 * key. An alternative that starts with a literal word W whose key differs from the token's key
 * can only match there if the text starts with W and its leading run is longer than W's key,
 * which needs the pattern right after W to match a letter or digit. So an alternative is dropped
 * only when what follows W (in the alternative, or after its enclosing group, past any
 * lookaheads, and through groups) certainly does not start with one: the end of the pattern
 * (the RegExp's trailing guard forbids a letter there), a space (white space), `\s`, a comma,
 * an apostrophe or a hyphen; or when W itself holds an apostrophe or hyphen right after its key.
 * Anything less clear is kept, as are alternatives that start otherwise, and the kept
 * alternatives keep their order.
 */

const LITERAL = /^[a-z0-9'\u00c0-\u02af-]+/;
const NUMERIC = /^(?:\\d|\\\$|\[[^\]]*(?:\d|\$|0-9)[^\]]*\])/;

/**
 * Whether pattern text `next` (followed by `follow`) certainly does not begin by matching a
 * letter or digit: it ends the pattern, or starts with white space, a comma, an apostrophe or a
 * hyphen, after any lookaheads (which match nothing).
 */
function startsWithNonWord(next: string, follow: string): boolean {
  if (next === '') return follow === '' || startsWithNonWord(follow, '');
  if (next.startsWith('(?!') || next.startsWith('(?=')) {
    const close = closingParen(next, 0);
    return close >= 0 && startsWithNonWord(next.slice(close + 1), follow);
  }
  if (next.startsWith('(?:')) {
    // A group: each of its alternatives, then what follows the group, must start so; when the
    // group may match nothing, so must what follows it.
    const close = closingParen(next, 0);
    if (close < 0) return false;
    const rest = next.slice(close + 1);
    const quantifier = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(rest)?.[0] ?? '';
    const after = rest.slice(quantifier.length);
    const optional = quantifier !== '' && (quantifier.startsWith('?') || quantifier.startsWith('*') || quantifier.startsWith('{0'));
    if (optional && !startsWithNonWord(after, follow)) return false;
    return alternatives(next.slice(3, close)).every((alt) => startsWithNonWord(alt + after, follow));
  }
  return next.startsWith(' ') || next.startsWith(',') || next.startsWith("'") || next.startsWith('-') || next.startsWith('\\s');
}

/**
 * A cue pattern read once into its alternatives, each knowing the keys it may match at; a
 * leading group (after any lookbehind) is read the same way, one level down.
 */
type Alternative =
  | { text: string; keep: (key: string) => boolean }
  | { prefix: string; inner: Alternative[]; rest: string };

const KEEP = (): boolean => true;

function readAlternation(source: string, follow: string): Alternative[] {
  return alternatives(source).map((alt) => readAlternative(alt, follow));
}

function readAlternative(alt: string, follow: string): Alternative {
  if (alt.startsWith('(?<')) {
    // A leading lookbehind reads before the token; what follows it starts the match.
    const close = closingParen(alt, 0);
    if (close < 0) return { text: alt, keep: KEEP };
    const behind = alt.slice(0, close + 1);
    const rest = readAlternative(alt.slice(close + 1), follow);
    return 'text' in rest ? { text: behind + rest.text, keep: rest.keep } : { prefix: behind + rest.prefix, inner: rest.inner, rest: rest.rest };
  }
  if (alt.startsWith('(?:')) {
    const close = closingParen(alt, 0);
    if (close < 0) return { text: alt, keep: KEEP };
    const rest = alt.slice(close + 1);
    if (/^[?*+{]/.test(rest)) return { text: alt, keep: KEEP };
    return { prefix: '', inner: readAlternation(alt.slice(3, close), rest === '' ? follow : rest), rest };
  }
  if (NUMERIC.test(alt)) {
    // \d or \$ cannot match the letter a word with another key starts with.
    const digitOnly = alt.startsWith('\\d') || alt.startsWith('\\$');
    return { text: alt, keep: (key) => key === '#num' || !digitOnly };
  }
  const m = LITERAL.exec(alt);
  if (!m) return { text: alt, keep: KEEP };
  const word = m[0];
  const wordKey = keyOf(word);
  const letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x2af);
  const startsWithLetter = letter(word.charCodeAt(0));
  // Whether the alternative can only match where the text's key is the word's key.
  const bound = wordKey.length < word.length || startsWithNonWord(alt.slice(word.length), follow);
  return {
    text: alt,
    keep: (key) => {
      if (wordKey === key) return true;
      // A letter-initial word never matches at a digit or currency sign, nor a digit-initial one at a letter.
      if (key === '#num') return !startsWithLetter;
      if (wordKey === '#num') return false;
      if (!startsWithLetter) return true;
      return !bound;
    },
  };
}

/** The alternatives that may match at a token with `key`, as source, or null when none can. */
function narrowAlternation(alts: readonly Alternative[], key: string): string | null {
  const kept: string[] = [];
  for (const alt of alts) {
    if ('text' in alt) {
      if (alt.keep(key)) kept.push(alt.text);
      continue;
    }
    const inner = narrowAlternation(alt.inner, key);
    if (inner !== null) kept.push(`${alt.prefix}(?:${inner})${alt.rest}`);
  }
  return kept.length === 0 ? null : kept.join('|');
}

const readCues = new WeakMap<object, Alternative[]>();

function readCue(pattern: string, cue: object): Alternative[] {
  let alts = readCues.get(cue);
  if (alts === undefined) {
    alts = readAlternation(pattern, '');
    readCues.set(cue, alts);
  }
  return alts;
}

/** A cue narrowed to the alternatives that can match at `key`, or undefined when none can. */
function narrowMatcher(matcher: CueMatcher, key: string): CueMatcher | undefined {
  const narrowed = narrowAlternation(readCue(matcher.cue.cue.pattern, matcher.cue.cue), key);
  return narrowed === null ? undefined : matcherOf(matcher.dim, matcher.cue, toSource(narrowed));
}

const narrowedByLexicon = new WeakMap<CompiledLexicon, Map<string, CueMatcher[] | undefined>>();

/** The lexicon's cues for a key, each narrowed to the alternatives that can start there. */
export function narrowedMatchers(lexicon: CompiledLexicon, key: string): CueMatcher[] | undefined {
  let byKey = narrowedByLexicon.get(lexicon);
  if (byKey === undefined) {
    byKey = new Map();
    narrowedByLexicon.set(lexicon, byKey);
  }
  // Only the lexicon's keys are remembered, so memory stays bounded whatever words come.
  const matchers = lexicon.byFirst.get(key);
  if (matchers === undefined) return undefined;
  if (byKey.has(key)) return byKey.get(key);
  let out: CueMatcher[] | undefined = [];
  for (const matcher of matchers) {
    const narrowed = narrowMatcher(matcher, key);
    if (narrowed !== undefined) out.push(narrowed);
  }
  if (out.length === 0) out = undefined;
  byKey.set(key, out);
  return out;
}
