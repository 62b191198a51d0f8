import type { Cue } from '../lexicon/types.js';
import { SCOPE_BIT, type Scope } from '../text/scopes.js';
import type { AskedRule } from './asked.js';
import { compileLearned, type CompiledLearned } from './learned.js';
import type { DimensionDef } from './types.js';

/** The scopes that silence a piece of evidence, and those it needs, as SCOPE_BIT masks. */
export interface ScopeMasks {
  blockMask: number;
  requireMask: number;
}

export interface CompiledCue extends ScopeMasks {
  cue: Cue;
  dim: number;
}

/**
 * One cue as a sticky RegExp, tried at the tokens of its first words. Each cue has its own
 * RegExp (not one alternation per first word and dimension): a token then runs only the cues
 * its prefix filters let through (see prefix.ts), so a RegExp is compiled only once a token
 * gets that far: a first `analyze()` call compiles far less, at the same throughput.
 */
export interface CueMatcher {
  dim: number;
  re: RegExp;
  cue: CompiledCue;
}

/** A character inside a word, as cue matches see it. */
const WORD_CHAR = '[a-z0-9\\u00c0-\\u02af]';

/**
 * What follows every cue match (and every `askedBy` match): not inside a word, nor a contraction
 * ("i'd", "don't"), except 's, which reads as the word ("the salary's negotiable" ends a match on
 * "salary"; is, has or a possessive).
 */
const WORD_END = `(?!${WORD_CHAR}|'(?!s(?!${WORD_CHAR}|'))[a-z])`;

/** A cue's sticky RegExp, from its source (see `toSource`): the pattern, then a word end. */
export function cueRegExp(source: string): RegExp {
  return new RegExp(`(?:${source})${WORD_END}`, 'y');
}

/** A cue's matcher, from its source (see `toSource`). */
export function matcherOf(dim: number, cue: CompiledCue, source: string): CueMatcher {
  return { dim, cue, re: cueRegExp(source) };
}

export interface CompiledLexicon {
  defs: readonly DimensionDef[];
  /** First-word key → the cues to try at a token with that key, by dimension, in table order. */
  byFirst: Map<string, CueMatcher[]>;
  /** The dimensions' learned sentence models, one index over all (none: no dimension has one). */
  learned?: CompiledLearned;
  /** Per dimension: the scopes that silence its learned finding (the dimension's own `blockedBy`). */
  learnedScopes: ScopeMasks[];
  /** Cue id → the ids of the cues it yields to (`Cue.yieldsTo`, those of its own dimension); absent when no cue yields. */
  yields?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The cues that hold for an answer to a question they match (`Cue.askedBy`); absent when none has one. */
  asked?: readonly AskedRule[];
}

/** The key a token or a pattern's first word is indexed by: its leading run of letters or digits. */
export function keyOf(word: string): string {
  const c = word.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return '#num';
  let end = 0;
  for (; end < word.length; end++) {
    const k = word.charCodeAt(end);
    if (!((k >= 97 && k <= 122) || (k >= 48 && k <= 57) || (k >= 0xc0 && k <= 0x2af))) break;
  }
  return end === word.length ? word : end === 0 ? word : word.slice(0, end);
}

/** Splits `a|b|(?:c|d)e` at its top-level bars. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** The index of the bracket that closes the group or class opened at `open`, or -1. */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The first-word keys a pattern can start with; throws when it does not start with a literal. */
export function firstKeys(pattern: string, id = pattern): string[] {
  const alts = alternatives(pattern);
  if (alts.length > 1) return [...new Set(alts.flatMap((alt) => firstKeys(alt, id)))];
  if (pattern.startsWith('(?<')) {
    // A leading lookbehind reads before the token; the key is what follows it.
    const close = closingParen(pattern, 0);
    return firstKeys(pattern.slice(close + 1), id);
  }
  if (pattern.startsWith('(?:')) {
    const close = closingParen(pattern, 0);
    if (close < 0 || /^[?*{]/.test(pattern.slice(close + 1))) throw new Error(`tone-drift: cue ${id}: its first group must be required`);
    return [...new Set(alternatives(pattern.slice(3, close)).flatMap((alt) => firstKeys(alt, id)))];
  }
  if (/^(?:\\d|\\\$|\[[^\]]*(?:\d|\$|0-9)[^\]]*\])/.test(pattern)) return ['#num'];
  const m = /^[a-z0-9'\u00c0-\u02af-]+/.exec(pattern);
  if (!m) throw new Error(`tone-drift: cue ${id}: pattern must start with a literal word, got ${JSON.stringify(pattern.slice(0, 20))}`);
  const rest = pattern.slice(m[0].length);
  if (/^[?*+{]/.test(rest)) throw new Error(`tone-drift: cue ${id}: its first word must be required`);
  // A token is looked up by its whole first word: "subsidi[sz]e" is indexed under "subsidi", which
  // no token is, and "pay ?cheques?" under "pay", which "paycheque" is not. Spell such words out.
  if (/^ \?/.test(rest) || /^\[(?!\^)[^\]]*[a-z][^\]]*\](?![?*]|\{0)/.test(rest)) throw new Error(`tone-drift: cue ${id}: its first word ${JSON.stringify(m[0])} runs on into ${JSON.stringify(rest.slice(0, 12))}; spell the word out`);
  return [keyOf(m[0])];
}

/**
 * Throws when one of a pattern's top-level alternatives ends in a space: the match must end at a
 * word's end, and after white space the next character starts the next word, so such an
 * alternative could only match before punctuation (a slip that looks right and never fires).
 * For the same reason it throws when one ends in a single letter or digit, a class or a bare
 * `\d` / `\w` ("our (?!own)[a-z]", "offer at \d"): that matches the first character of a word
 * and then stops short of its end.
 */
export function checkEnds(pattern: string, id = pattern): void {
  for (const alt of alternatives(pattern)) {
    if (alt.endsWith(' ') && !alt.endsWith('\\ ')) throw new Error(`tone-drift: cue ${id}: an alternative ends in a space: ${JSON.stringify(alt.slice(-30))}`);
    if (ONE_CHARACTER_END.test(alt)) throw new Error(`tone-drift: cue ${id}: an alternative ends in a single letter or digit (a class, \\d or \\w), so it could only match a one-character word (write it with a +): ${JSON.stringify(alt.slice(-30))}`);
  }
}

/** A character class of letters or digits, or a bare `\d` or `\w`, with nothing after it: "…our (?!own)[a-z]", "…offer at \d". */
const ONE_CHARACTER_END = /(?:\[(?:\\[\s\S]|[^\]\\])*(?:a-z|0-9|\\d|\\w)(?:\\[\s\S]|[^\]\\])*\]|(?<!\\)\\[dw])$/;

const mask = (scopes: readonly Scope[]): number => scopes.reduce((bits, s) => bits | SCOPE_BIT[s], 0);

/** An escape, a character class (escapes inside it included), or a space (with a `?` after it, an optional one). */
const SOURCE_PARTS = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]| \??/g;
/** Inside a class: an escape, or a space. */
const CLASS_PARTS = /\\[\s\S]| /g;

/**
 * A space in a pattern means "white space": a run of it (`\s+`), an optional space (` ?`) any
 * run or none (`\s*`; `\s+?` would still demand one), or inside a character class one
 * white-space character (`\s`; `\s+` there would also admit a "+"). Everything else is plain
 * RegExp syntax.
 */
export function toSource(pattern: string): string {
  // One replace over escapes, classes and spaces: a flat string (a string built character by
  // character is a rope, and the RegExps and prefix automata built from it kept ~50 MB alive).
  return pattern.replace(SOURCE_PARTS, (part) => (part === ' ' ? '\\s+' : part === ' ?' ? '\\s*' : part[0] === '[' ? part.replace(CLASS_PARTS, (x) => (x === ' ' ? '\\s' : x)) : part));
}

/** Builds the first-word index over every dimension's cues. */
export function compileLexicon(defs: readonly DimensionDef[]): CompiledLexicon {
  // Dimensions in registry order, cues in table order: the order a token tries them in.
  const byFirst = new Map<string, CueMatcher[]>();
  defs.forEach((def, dim) => {
    for (const cue of def.cues) {
      const compiled: CompiledCue = {
        cue,
        dim,
        blockMask: mask(cue.blockedBy ?? def.blockedBy),
        requireMask: mask(cue.requires ?? []),
      };
      // One matcher for all its first words. (Per-word copies narrowed to the alternatives that can
      // start at each word were tried until the ninth round: 890 RegExps instead of 166, 16 MB
      // more heap per thread, slower to warm up, and no faster with the prefix sieve in front.)
      checkEnds(cue.pattern, cue.id);
      const matcher = matcherOf(dim, compiled, toSource(cue.pattern));
      for (const key of firstKeys(cue.pattern, cue.id)) {
        const list = byFirst.get(key);
        if (list === undefined) byFirst.set(key, [matcher]);
        else list.push(matcher);
      }
    }
  });
  const learned = compileLearned(defs);
  const learnedScopes = defs.map((def): ScopeMasks => ({ blockMask: mask(def.blockedBy), requireMask: 0 }));
  const yields = yieldsOf(defs);
  const out: CompiledLexicon = learned === undefined ? { defs, byFirst, learnedScopes } : { defs, byFirst, learned, learnedScopes };
  if (yields.size > 0) out.yields = yields;
  // An `askedBy` pattern is searched for anywhere in a question: from a word start to a word end.
  const asked = defs.flatMap((def) => def.cues.flatMap((cue): AskedRule[] => (cue.askedBy === undefined ? [] : [{ cue: cue.id, re: new RegExp(`(?<!${WORD_CHAR})(?:${toSource(cue.askedBy)})${WORD_END}`) }])));
  if (asked.length > 0) out.asked = asked;
  return out;
}

/**
 * Each cue's `yieldsTo`, as sets, keeping the ids of cues of its own dimension (a cue of another
 * dimension, or one left out of these tables, outranks nothing; the lexicon tests check that the
 * shipped tables name only cues of their own dimension).
 */
function yieldsOf(defs: readonly DimensionDef[]): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const def of defs) {
    const ids = new Set(def.cues.map((cue) => cue.id));
    for (const cue of def.cues) {
      const over = (cue.yieldsTo ?? []).filter((id) => ids.has(id) && id !== cue.id);
      if (over.length > 0) out.set(cue.id, new Set(over));
    }
  }
  return out;
}
