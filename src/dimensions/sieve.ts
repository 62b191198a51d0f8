import { DEAD, UNKNOWN, UNSET, type PrefixDfa } from './prefix.js';

/** In a sieve state: the cue may match whatever follows (its DFA accepted, or cannot tell). */
const MAY = UNKNOWN;

/**
 * How large sieves grow: states per word, and states of all sieves in this process together
 * (about 0.7 KB each). Past either, a walk that needs a new state gives no answer and the word's
 * cues are read one by one, as before the sieve; the answers do not change, only their cost.
 * On 32 MB of generated speech 289 words had sieves, with 4,600 states in all and at most 400
 * for one word. Tests lower the limits to reach the fallback.
 */
export const SIEVE_LIMITS = { perWord: 512, total: 16_384 };
/** States of all sieves so far. */
let statesUsed = 0;

/**
 * One walk for all of a word's cues: the product of their prefix DFAs (prefix.ts), built lazily
 * from the states each DFA is in after the word. A state holds, per cue, its DFA's state while
 * it is still reading, DEAD once it died, or MAY once it accepted or cannot tell; its answer is
 * the cues that are not dead, in the word's order. The per-cue walk it replaces read up to
 * PREFIX_BUDGET characters per cue; this one reads them once per token.
 */
export class CueSieve {
  /** ASCII code → column: codes that every cue's DFA treats alike share one. */
  private readonly columnOf = new Uint8Array(128);
  private readonly columns: number;
  /** Per state, the state of each cue (see the class comment). */
  private readonly members: Int32Array[] = [];
  /** Per state, the cues that may still match, in order (the walk's answer). */
  private readonly survivors: Int32Array[] = [];
  /** Per state: 1 when no cue is still reading, so what follows changes nothing. */
  private settled = new Uint8Array(16);
  /**
   * Transitions at state * columns + column; UNSET until taken, UNKNOWN past the size limit.
   * 16 bits: SIEVE_LIMITS.perWord must stay below 32,768 (half the memory of 32 bits, at the
   * same speed).
   */
  private table = new Int16Array(0);
  private readonly ids = new Map<string, number>();
  /** The state after the word; UNKNOWN when the sieve has no answer. */
  readonly start: number;

  constructor(
    private readonly dfas: ReadonlyArray<PrefixDfa | null>,
    after: Int32Array,
  ) {
    // Columns by refinement over every DFA's columns, named by the smallest code of each class.
    const byKey = new Map<string, number>();
    for (let c = 0; c < 128; c++) {
      let key = '';
      for (const dfa of dfas) if (dfa !== null) key += `${dfa.columnOf[c]},`;
      let column = byKey.get(key);
      if (column === undefined) byKey.set(key, (column = byKey.size));
      this.columnOf[c] = column;
    }
    this.columns = byKey.size;
    const first = new Int32Array(dfas.length);
    dfas.forEach((dfa, g) => {
      first[g] = dfa === null ? MAY : this.settle(dfa, after[g]!);
    });
    this.start = this.intern(first);
  }

  /** A cue's entry in a state, for its DFA's state `d`. */
  private settle(dfa: PrefixDfa, d: number): number {
    if (d === DEAD) return DEAD;
    if (d < 0 || dfa.accepting[d] === 1) return MAY;
    return d;
  }

  private intern(states: Int32Array): number {
    const key = states.join(',');
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    if (this.members.length >= SIEVE_LIMITS.perWord || statesUsed >= SIEVE_LIMITS.total) return UNKNOWN;
    statesUsed++;
    id = this.members.length;
    this.ids.set(key, id);
    this.members.push(states);
    const alive: number[] = [];
    let reading = false;
    states.forEach((s, g) => {
      if (s !== DEAD) alive.push(g);
      if (s >= 0) reading = true;
    });
    this.survivors.push(Int32Array.from(alive));
    if (id >= this.settled.length) {
      const grown = new Uint8Array(this.settled.length * 2);
      grown.set(this.settled);
      this.settled = grown;
    }
    this.settled[id] = reading ? 0 : 1;
    if ((id + 1) * this.columns > this.table.length) {
      const grown = new Int16Array(Math.max(64, this.table.length * 2, (id + 1) * this.columns)).fill(UNSET);
      grown.set(this.table);
      this.table = grown;
    }
    return id;
  }

  /** The state after state `s` reads ASCII code `c`. */
  private step(s: number, c: number): number {
    const from = this.members[s]!;
    const to = new Int32Array(from.length);
    for (let g = 0; g < from.length; g++) {
      const d = from[g]!;
      to[g] = d < 0 ? d : this.settle(this.dfas[g]!, this.dfas[g]!.step(d, c));
    }
    const next = this.intern(to);
    this.table[s * this.columns + this.columnOf[c]!] = next;
    return next;
  }

  /**
   * The cues that may match at a token whose word ends at `from`, reading on to `stop`: their
   * indices in the word's cue list, in order (a shared array: do not change it); undefined when
   * the sieve grew past its size limit (then each cue's own DFA must decide).
   */
  walk(norm: string, from: number, stop: number): Int32Array | undefined {
    let s = this.start;
    if (s < 0) return undefined;
    const columnOf = this.columnOf;
    const columns = this.columns;
    let table = this.table;
    let settled = this.settled;
    for (let i = from; i < stop && settled[s] === 0; i++) {
      const c = norm.charCodeAt(i);
      // Past ASCII no DFA can tell: the cues still reading may match.
      if (c >= 128) break;
      let next = table[s * columns + columnOf[c]!]!;
      if (next === UNSET) {
        // A step not taken before: build it (the tables may grow).
        next = this.step(s, c);
        table = this.table;
        settled = this.settled;
      }
      if (next < 0) return undefined;
      s = next;
    }
    return this.survivors[s];
  }
}
