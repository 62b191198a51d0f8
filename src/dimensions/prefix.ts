/**
 * Which cues cannot match at a token, from the text that follows it: a filter that lets
 * the token loop skip most RegExp calls, computed from the RegExps themselves.
 *
 * `prefixAutomaton` reads a RegExp source (the syntax cues use: literals, escapes, classes,
 * groups, alternation, quantifiers, lookarounds) into an NFA that ignores every assertion
 * (lookarounds, \b, ^, $) and reads counted repeats as unbounded. Both only let the NFA accept
 * more, so when it cannot read a prefix of the text at a position, the RegExp cannot match
 * there. It follows only the first PREFIX_BUDGET characters of a match (past them it cuts
 * sequences short), so the DFA built from it lazily (`PrefixDfa`) reads no further.
 * `followMasks` tabulates, per word and cue, what may follow the word after one space, so the
 * token loop drops most tokens with one table lookup; the cues of a token it keeps are read
 * together by the word's sieve (sieve.ts). Anything the reader does not know (a
 * back-reference) gives no filter: the RegExp always runs.
 */

/** A set of UTF-16 code units: sorted inclusive ranges, or their complement. */
interface CharSet {
  ranges: number[];
  negated: boolean;
}

function inSet(set: CharSet, c: number): boolean {
  const r = set.ranges;
  let hit = false;
  for (let i = 0; i < r.length; i += 2) {
    if (c >= r[i]! && c <= r[i + 1]!) {
      hit = true;
      break;
    }
  }
  return hit !== set.negated;
}

const DIGITS = [48, 57];
const SPACES = [9, 13, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
const WORDS = [48, 57, 65, 90, 95, 95, 97, 122];
const LINE_TERMINATORS = [10, 10, 13, 13, 0x2028, 0x2029];

/** The escapes' sets, shared: the DFA's columns are computed once per distinct set. */
const ANY: CharSet = { ranges: LINE_TERMINATORS, negated: true };
const DIGIT: CharSet = { ranges: DIGITS, negated: false };
const NOT_DIGIT: CharSet = { ranges: DIGITS, negated: true };
const SPACE: CharSet = { ranges: SPACES, negated: false };
const NOT_SPACE: CharSet = { ranges: SPACES, negated: true };
const WORD_CHAR: CharSet = { ranges: WORDS, negated: false };
const NOT_WORD_CHAR: CharSet = { ranges: WORDS, negated: true };

/** Character classes with the same members, shared. */
const classes = new Map<string, CharSet>();

function shared(ranges: number[], negated: boolean): CharSet {
  const key = `${negated ? '^' : ''}${ranges.join(',')}`;
  let set = classes.get(key);
  if (set === undefined) {
    set = { ranges, negated };
    classes.set(key, set);
  }
  return set;
}

type Node =
  | { kind: 'set'; set: CharSet }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number };

class Unsupported extends Error {}

/**
 * A recursive-descent reader of the RegExp source (no flags that change matching). It keeps
 * only what the first `budget` characters of a match can read: once the shortest way through
 * a sequence has read that many, the rest of the sequence is skipped (see PREFIX_BUDGET).
 */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(budget: number): Node {
    const node = this.alternation(budget);
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return node;
  }

  private alternation(budget: number): Node {
    const alts = [this.sequence(budget)];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence(budget));
    }
    return alts.length === 1 ? alts[0]! : { kind: 'alt', alts };
  }

  private sequence(budget: number): Node {
    const items: Node[] = [];
    let left = budget;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      if (left <= 0) {
        this.skipSequence();
        break;
      }
      const item = this.quantified(this.atom(left));
      items.push(item);
      left -= minLength(item);
    }
    return { kind: 'seq', items };
  }

  /** Skips to the end of the current sequence: a top-level | or ), or the end. */
  private skipSequence(): void {
    const src = this.src;
    let depth = 0;
    for (; this.i < src.length; this.i++) {
      const c = src[this.i];
      if (c === '\\') this.i++;
      else if (c === '[') {
        for (this.i++; this.i < src.length && src[this.i] !== ']'; this.i++) if (src[this.i] === '\\') this.i++;
      } else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return;
        depth--;
      } else if (c === '|' && depth === 0) return;
    }
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.src[this.i] === '?') this.i++;
    // As a filter, a counted repeat may as well allow more: {m,n} with m > 1 or n > 1 reads as
    // at most one required copy and then any number, which keeps the automaton small.
    if (max > 1) return { kind: 'repeat', body: atom, min: Math.min(min, 1), max: Infinity };
    return { kind: 'repeat', body: atom, min, max };
  }

  private atom(budget: number): Node {
    const c = this.src[this.i]!;
    if (c === '(') return this.group(budget);
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return { kind: 'set', set: ANY };
    if (c === '^' || c === '$') return { kind: 'empty' };
    return { kind: 'set', set: single(c.charCodeAt(0)) };
  }

  private group(budget: number): Node {
    const src = this.src;
    let assertion = false;
    if (src.startsWith('(?:', this.i)) this.i += 3;
    else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) {
      this.i += 3;
      assertion = true;
    } else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) {
      this.i += 4;
      assertion = true;
    } else if (src.startsWith('(?<', this.i)) {
      const close = src.indexOf('>', this.i);
      if (close < 0) throw new Unsupported('group name');
      this.i = close + 1;
    } else if (src.startsWith('(?', this.i)) throw new Unsupported('group');
    else this.i += 1;
    if (assertion) {
      // An assertion matches nothing; as a filter it may as well always hold: skip it.
      this.skipSequence();
      while (src[this.i] === '|') {
        this.i++;
        this.skipSequence();
      }
    }
    const body: Node = assertion ? { kind: 'empty' } : this.alternation(budget);
    if (src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return body;
  }

  /** An escape outside a class: a set, an assertion (empty) or a literal. */
  private escape(): Node {
    const set = this.escapeSet(false);
    return set === null ? { kind: 'empty' } : { kind: 'set', set };
  }

  /** Reads the escape at `i`; null for an assertion (\b, \B outside a class). */
  private escapeSet(inClass: boolean): CharSet | null {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return NOT_DIGIT;
      case 's':
        return SPACE;
      case 'S':
        return NOT_SPACE;
      case 'w':
        return WORD_CHAR;
      case 'W':
        return NOT_WORD_CHAR;
      case 'b':
        if (inClass) return single(8);
        return null;
      case 'B':
        if (inClass) throw new Unsupported('\\B in class');
        return null;
      case 'n':
        return single(10);
      case 't':
        return single(9);
      case 'r':
        return single(13);
      case 'f':
        return single(12);
      case 'v':
        return single(11);
      case '0':
        return single(0);
      case 'u':
      case 'x': {
        const len = c === 'u' ? 4 : 2;
        const hex = this.src.slice(this.i, this.i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Unsupported('escape');
        this.i += len;
        return single(parseInt(hex, 16));
      }
      default:
        if (/[1-9kpPc]/.test(c)) throw new Unsupported(`\\${c}`);
        return single(c.charCodeAt(0));
    }
  }

  private charClass(): Node {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const ranges: number[] = [];
    const complements: CharSet[] = [];
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      const lo = this.classAtom();
      if (lo.negated || lo.ranges.length !== 2 || lo.ranges[0] !== lo.ranges[1]) {
        // \d, \s, \w and their complements inside a class.
        if (lo.negated) complements.push(lo);
        else ranges.push(...lo.ranges);
        continue;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classAtom();
        if (hi.negated || hi.ranges.length !== 2 || hi.ranges[0] !== hi.ranges[1]) throw new Unsupported('class range');
        ranges.push(lo.ranges[0]!, hi.ranges[0]!);
      } else ranges.push(lo.ranges[0]!, lo.ranges[0]!);
    }
    this.i++;
    if (complements.length > 0) throw new Unsupported('negated escape in class');
    return { kind: 'set', set: shared(ranges, negated) };
  }

  private classAtom(): CharSet {
    if (this.src[this.i] === '\\') return this.escapeSet(true)!;
    const code = this.src.charCodeAt(this.i);
    this.i++;
    return single(code);
  }
}

const singles = new Map<number, CharSet>();

function single(code: number): CharSet {
  let set = singles.get(code);
  if (set === undefined) {
    set = { ranges: [code, code], negated: false };
    singles.set(code, set);
  }
  return set;
}

/** An NFA: per state a character set (a character step to `charNext`) or null (epsilon moves). */
export interface Automaton {
  sets: Array<CharSet | null>;
  charNext: Int32Array;
  /** Epsilon moves of state s: epsTargets[epsStart[s] .. epsStart[s + 1]). */
  epsStart: Int32Array;
  epsTargets: Int32Array;
  start: number;
  accept: number;
}

/**
 * Thompson's construction with dangling ends: a fragment is its entry state and the list of
 * its open ends, each a character state whose step is not linked yet (s) or an epsilon state
 * that still needs an edge (~s).
 */
interface Fragment {
  entry: number;
  ends: number[];
}

class Builder {
  sets: Array<CharSet | null> = [];
  charNext: number[] = [];
  from: number[] = [];
  to: number[] = [];
  state(set: CharSet | null): number {
    this.sets.push(set);
    this.charNext.push(-1);
    return this.sets.length - 1;
  }
  edge(a: number, b: number): void {
    this.from.push(a);
    this.to.push(b);
  }
  link(ends: readonly number[], target: number): void {
    for (const e of ends) {
      if (e >= 0) this.charNext[e] = target;
      else this.edge(~e, target);
    }
  }
  build(node: Node): Fragment {
    switch (node.kind) {
      case 'set': {
        const s = this.state(node.set);
        return { entry: s, ends: [s] };
      }
      case 'empty': {
        const s = this.state(null);
        return { entry: s, ends: [~s] };
      }
      case 'seq': {
        if (node.items.length === 0) return this.build({ kind: 'empty' });
        const first = this.build(node.items[0]!);
        let ends = first.ends;
        for (let k = 1; k < node.items.length; k++) {
          const next = this.build(node.items[k]!);
          this.link(ends, next.entry);
          ends = next.ends;
        }
        return { entry: first.entry, ends };
      }
      case 'alt': {
        const entry = this.state(null);
        const ends: number[] = [];
        for (const alt of node.alts) {
          const f = this.build(alt);
          this.edge(entry, f.entry);
          for (const e of f.ends) ends.push(e);
        }
        return { entry, ends };
      }
      case 'repeat': {
        // min required copies, then either a loop (max = ∞) or up to max - min optional ones.
        const entry = this.state(null);
        let ends = [~entry];
        for (let k = 0; k < node.min; k++) {
          const f = this.build(node.body);
          this.link(ends, f.entry);
          ends = f.ends;
        }
        const exit = this.state(null);
        this.link(ends, exit);
        if (node.max === Infinity) {
          const f = this.build(node.body);
          this.edge(exit, f.entry);
          this.link(f.ends, exit);
          return { entry, ends: [~exit] };
        }
        const out: number[] = [~exit];
        let at = exit;
        for (let k = node.min; k < node.max; k++) {
          const f = this.build(node.body);
          this.edge(at, f.entry);
          const join = this.state(null);
          this.link(f.ends, join);
          out.push(~join);
          at = join;
        }
        return { entry, ends: out };
      }
    }
  }
  finish(fragment: Fragment): Automaton {
    const accept = this.state(null);
    this.link(fragment.ends, accept);
    const n = this.sets.length;
    const epsStart = new Int32Array(n + 1);
    for (const a of this.from) epsStart[a + 1] = epsStart[a + 1]! + 1;
    for (let s = 0; s < n; s++) epsStart[s + 1] = epsStart[s + 1]! + epsStart[s]!;
    const fill = epsStart.slice(0, n);
    const epsTargets = new Int32Array(this.from.length);
    for (let e = 0; e < this.from.length; e++) epsTargets[fill[this.from[e]!]!++] = this.to[e]!;
    return { sets: this.sets, charNext: Int32Array.from(this.charNext), epsStart, epsTargets, start: fragment.entry, accept };
  }
}

/** The fewest characters a node reads. */
function minLength(node: Node): number {
  switch (node.kind) {
    case 'set':
      return 1;
    case 'empty':
      return 0;
    case 'seq':
      return node.items.reduce((sum, item) => sum + minLength(item), 0);
    case 'alt':
      return Math.min(...node.alts.map(minLength));
    case 'repeat':
      return node.min * minLength(node.body);
  }
}

/** How many characters the automaton reads exactly: enough for a word of up to 13 characters, a space and two more. */
export const PREFIX_BUDGET = 16;

/** The NFA of a RegExp source (exact for its first PREFIX_BUDGET characters), or undefined when it uses syntax this reader does not know. */
export function prefixAutomaton(source: string): Automaton | undefined {
  let node: Node;
  try {
    node = new Reader(source).parse(PREFIX_BUDGET);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const b = new Builder();
  return b.finish(b.build(node));
}

/** Scratch for closures: a visit stamp per state. */
let stamps = new Int32Array(1024);
let stamp = 0;

/** The epsilon closure of `seeds`, sorted. */
function closure(nfa: Automaton, seeds: readonly number[]): number[] {
  if (stamps.length < nfa.sets.length) stamps = new Int32Array(nfa.sets.length * 2);
  if (++stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const stack = [...seeds];
  const out: number[] = [];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (stamps[s] === stamp) continue;
    stamps[s] = stamp;
    out.push(s);
    for (let e = nfa.epsStart[s]!; e < nfa.epsStart[s + 1]!; e++) stack.push(nfa.epsTargets[e]!);
  }
  return out.sort((x, y) => x - y);
}

/** DFA verdicts besides a state id. */
export const DEAD = -1;
/** Not built (the DFA reached its size limit): the caller runs the RegExp. */
export const UNKNOWN = -2;
/** A transition not computed yet. */
export const UNSET = -3;

/**
 * DFA states beyond this are not built; those steps answer UNKNOWN (the RegExp runs). The cue
 * groups reach about 300 at most; the cap bounds memory on any input (a group's table is at most
 * MAX_DFA_STATES × columns × 2 bytes).
 */
const MAX_DFA_STATES = 1024;

/**
 * The NFA made deterministic lazily, over ASCII: a state is a set of NFA states, built the
 * first time a step reaches it. Characters that every character set of the NFA treats alike
 * share a column of the transition table.
 */
export class PrefixDfa {
  /** ASCII code → column. */
  readonly columnOf = new Uint8Array(128);
  /** A code of each column, to test the NFA's sets with. */
  private readonly sample: number[] = [];
  /**
   * Per DFA state: its NFA states; its transitions at table[state * columns + column] (16 bits:
   * there are at most MAX_DFA_STATES states, and the verdicts are small negatives); whether it
   * contains the end.
   */
  private readonly members: number[][] = [];
  readonly columns: number;
  table = new Int16Array(0);
  accepting = new Uint8Array(64);
  private readonly ids = new Map<string, number>();
  readonly start: number;

  constructor(private readonly nfa: Automaton) {
    // Columns by partition refinement: split the codes by each distinct set's membership. A
    // class is named by its smallest code.
    const column = new Int32Array(128);
    const first = new Int32Array(256);
    const seen = new Set<CharSet>();
    for (const set of nfa.sets) {
      if (set === null || seen.has(set)) continue;
      seen.add(set);
      first.fill(-1);
      for (let c = 0; c < 128; c++) {
        const key = column[c]! * 2 + (inSet(set, c) ? 1 : 0);
        if (first[key] === -1) first[key] = c;
        column[c] = first[key]!;
      }
    }
    let count = 0;
    const index = new Int32Array(128).fill(-1);
    for (let c = 0; c < 128; c++) {
      if (index[column[c]!] === -1) {
        index[column[c]!] = count++;
        this.sample.push(c);
      }
      this.columnOf[c] = index[column[c]!]!;
    }
    this.columns = count;
    this.start = this.intern(closure(nfa, [nfa.start]));
  }

  private intern(states: number[]): number {
    if (states.length === 0) return DEAD;
    const key = states.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.members.length >= MAX_DFA_STATES) return UNKNOWN;
      id = this.members.length;
      this.ids.set(key, id);
      this.members.push(states);
      if ((id + 1) * this.columns > this.table.length) {
        // One flat table, doubled as it fills: rows of their own would scatter in memory.
        const grown = new Int16Array(Math.max(64, this.table.length * 2, (id + 1) * this.columns)).fill(UNSET);
        grown.set(this.table);
        this.table = grown;
      }
      if (id >= this.accepting.length) {
        const grown = new Uint8Array(this.accepting.length * 2);
        grown.set(this.accepting);
        this.accepting = grown;
      }
      this.accepting[id] = states.includes(this.nfa.accept) ? 1 : 0;
    }
    return id;
  }

  /** The state after reading ASCII code `c` in state `d` (DEAD, or UNKNOWN past the size limit). */
  step(d: number, c: number): number {
    const col = this.columnOf[c]!;
    const known = this.table[d * this.columns + col]!;
    if (known !== UNSET) return known;
    const code = this.sample[col]!;
    const seeds: number[] = [];
    for (const s of this.members[d]!) {
      const set = this.nfa.sets[s];
      if (set !== null && set !== undefined && inSet(set, code)) seeds.push(this.nfa.charNext[s]!);
    }
    const next = this.intern(seeds.length === 0 ? [] : closure(this.nfa, seeds));
    this.table[d * this.columns + col] = next;
    return next;
  }

  /**
   * The state after reading `text` from the start, stopping early at DEAD or UNKNOWN; UNKNOWN
   * also when the text is not ASCII, longer than the budget, or the DFA reaches the end of the
   * RegExp on a prefix of it (the RegExp may match there).
   */
  read(text: string): number {
    if (text.length >= PREFIX_BUDGET) return UNKNOWN;
    let d = this.start;
    for (let i = 0; i < text.length; i++) {
      if (d < 0) return d;
      if (this.accepting[d] === 1) return UNKNOWN;
      const c = text.charCodeAt(i);
      if (c >= 128) return UNKNOWN;
      d = this.step(d, c);
    }
    return d;
  }
}

/** The characters `followMasks` tells apart right after a single space: others are not filtered by it. */
export const FIRST_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** At most 32, for a bit mask. */
export const SECOND_CHARS = "abcdefghijklmnopqrstuvwxyz ',.-";
export const FIRST_COUNT = FIRST_CHARS.length;

/** Code unit → index in FIRST_CHARS / SECOND_CHARS, or -1. */
export const FIRST_INDEX = new Int8Array(128).fill(-1);
export const SECOND_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < FIRST_CHARS.length; i++) FIRST_INDEX[FIRST_CHARS.charCodeAt(i)] = i;
for (let i = 0; i < SECOND_CHARS.length; i++) SECOND_INDEX[SECOND_CHARS.charCodeAt(i)] = i;

/**
 * From DFA state `d` (after a word of `length` characters), the continuations " " + first +
 * second that may still match: per FIRST_CHARS index, a bit mask over SECOND_CHARS (in `out`;
 * all bits where the DFA gives no answer). A small table per word and cue that lets the token
 * loop drop most tokens without walking any DFA.
 */
export function followMasks(dfa: PrefixDfa, d: number, length: number, out: Int32Array, at: number): void {
  out.fill(-1, at, at + FIRST_COUNT);
  if (d < 0 || length + 3 > PREFIX_BUDGET || dfa.accepting[d] === 1) return;
  const space = dfa.step(d, 32);
  if (space === UNKNOWN || (space >= 0 && dfa.accepting[space] === 1)) return;
  for (let i = 0; i < FIRST_COUNT; i++) {
    const first = space === DEAD ? DEAD : dfa.step(space, FIRST_CHARS.charCodeAt(i));
    if (first === UNKNOWN || (first >= 0 && dfa.accepting[first] === 1)) continue;
    let mask = 0;
    if (first !== DEAD) for (let j = 0; j < SECOND_CHARS.length; j++) if (dfa.step(first, SECOND_CHARS.charCodeAt(j)) !== DEAD) mask |= 1 << j;
    out[at + i] = mask;
  }
}
