import { afterEach, describe, expect, it } from 'vitest';
import { compileLexicon, keyOf } from '../../src/dimensions/compile.js';
import { collectEvidence } from '../../src/dimensions/evidence.js';
import { DEAD, PREFIX_BUDGET, PrefixDfa, prefixAutomaton } from '../../src/dimensions/prefix.js';
import { DIMENSION_DEFS } from '../../src/dimensions/registry.js';
import { CueSieve, SIEVE_LIMITS } from '../../src/dimensions/sieve.js';
import { dfaOf } from '../../src/dimensions/tokenIndex.js';
import { random } from '../helpers.js';

/** The reference: each cue's own DFA, read from its state after the word (as the matcher did before the sieve). */
function oneByOne(dfas: ReadonlyArray<PrefixDfa | null>, after: Int32Array, text: string, from: number, stop: number): number[] {
  const out: number[] = [];
  dfas.forEach((dfa, g) => {
    let d = after[g]!;
    if (d === DEAD) return;
    if (dfa === null || d < 0) return void out.push(g);
    for (let i = from; i < stop; i++) {
      if (dfa.accepting[d] === 1) break;
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      d = dfa.step(d, c);
      if (d < 0) break;
    }
    if (d !== DEAD) out.push(g);
  });
  return out;
}

/** Text after a word: pieces of the cues' own wording, and characters where classes have edges. */
function follows(rnd: () => number, pieces: readonly string[]): string {
  let s = '';
  while (s.length < PREFIX_BUDGET + 4) s += rnd() < 0.7 ? pieces[Math.floor(rnd() * pieces.length)] : [' ', ',', "'", '-', '1', 'é', '.', 'z'][Math.floor(rnd() * 8)];
  return s;
}

describe('the cue sieve', () => {
  const defaults = { ...SIEVE_LIMITS };
  afterEach(() => Object.assign(SIEVE_LIMITS, defaults));

  it('keeps exactly the cues whose own prefix DFA survives, in order', () => {
    const lexicon = compileLexicon(DIMENSION_DEFS);
    const rnd = random(7);
    for (const word of ['i', 'my', 'we', 'when', 'what', 'you', 'so', 'the', "i'm", "let's", 'our']) {
      // A word's cues are its key's ("i" for "i'm"), and its DFAs read the whole word, as in tokenIndex.ts.
      const matchers = lexicon.byFirst.get(keyOf(word))!;
      expect(matchers.length).toBeGreaterThan(0);
      const dfas = matchers.map(dfaOf);
      const after = Int32Array.from(dfas, (dfa) => (dfa === null ? -2 : dfa.read(word)));
      const sieve = new CueSieve(dfas, after);
      const pieces = DIMENSION_DEFS.flatMap((def) => def.cues.map((cue) => cue.example.toLowerCase())).flatMap((e) => e.split(/(?<= )/));
      let kept = 0;
      for (let k = 0; k < 400; k++) {
        const text = word + follows(rnd, pieces);
        const stop = Math.min(text.length, Math.floor(rnd() * (PREFIX_BUDGET + 4)));
        const got = sieve.walk(text, word.length, stop);
        expect(got, `${word}: ${JSON.stringify(text)}`).toBeDefined();
        expect([...got!]).toEqual(oneByOne(dfas, after, text, word.length, stop));
        kept += got!.length;
      }
      // It must also rule cues out, not only keep them all.
      expect(kept).toBeLessThan(400 * matchers.length);
    }
  });

  it('gives no answer past its size limit, and keeps the answers it has', () => {
    const dfas = ['ab(?:c|d)x', 'a(?:b|e)q', 'a[a-z]+z'].map((source) => new PrefixDfa(prefixAutomaton(source)!));
    const after = Int32Array.from(dfas, (dfa) => dfa.read('a'));
    SIEVE_LIMITS.perWord = 4;
    const sieve = new CueSieve(dfas, after);
    expect([...sieve.walk('abcx', 1, 4)!]).toEqual([0, 2]);
    // New states are needed here, and none is left: no answer.
    expect(sieve.walk('aeqqq', 1, 5)).toBeUndefined();
    // A walk over states already built still answers.
    expect([...sieve.walk('abcx', 1, 4)!]).toEqual([0, 2]);
  });

  it('leaves the findings unchanged when sieves give no answer', () => {
    const examples = DIMENSION_DEFS.flatMap((def) => def.cues.flatMap((cue) => [cue.example, ...(cue.counterExamples ?? [])]));
    SIEVE_LIMITS.perWord = 2;
    const limited = compileLexicon(DIMENSION_DEFS);
    const plain = compileLexicon(DIMENSION_DEFS);
    // Twice over, and then again, so that filters (built for words seen hundreds of times) and their sieves are in play.
    for (let round = 0; round < 3; round++) {
      for (const text of examples) expect(collectEvidence([{ turn: 0, text }], limited)).toEqual(collectEvidence([{ turn: 0, text }], plain, true));
    }
  });
});
