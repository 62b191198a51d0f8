import { describe, expect, it } from 'vitest';
import { DIMENSION_DEFS } from '../src/index.js';
import { alternatives, cueRegExp, firstKeys, keyOf, toSource } from '../src/dimensions/compile.js';
import { patternSamples } from './patternSamples.js';

/**
 * Samples the generator cannot make match because a look-around in the middle of the pattern asks
 * for context it does not write ("your work" must go on "on / with / in…"; "from" must not be
 * followed by "a"; a wh-word must open a question of some length). Each is checked by hand; anything else that fails is a branch that cannot match.
 */
const GENERATOR_LIMITS = new Set([
  'focus.their-world: your work',
  "focus.their-world: your customer's",
  'focus.our-world: our work',
  "focus.flexibility: i'll work from a",
  // A question of at least 12 characters must follow ("…?"); the cue's example and tests cover it.
  ...['what', 'which', 'where', 'how', 'who', 'why', "what's"].map((w) => `focus.open-question-about-them: ${w}`),
]);

/** Every branch of `cue` whose sample neither matches the cue's RegExp nor is indexed under its key. */
function deadBranches(id: string, pattern: string): string[] {
  const re = cueRegExp(toSource(pattern));
  const keys = new Set(firstKeys(pattern, id));
  const dead: string[] = [];
  for (const alternative of alternatives(pattern)) {
    for (const { before, text, after } of patternSamples(alternative)) {
      const indexed = keys.has(keyOf(/^\S*/.exec(text)![0]));
      const matches = ['.', ' .', '?'].some((end) => {
        re.lastIndex = before.length;
        return re.test(before + text + after + end);
      });
      const name = `${id}: ${text}`;
      if (!(indexed && matches) && !GENERATOR_LIMITS.has(name)) dead.push(`${name} (${indexed ? '' : 'not indexed under its first word; '}${matches ? '' : 'the RegExp does not match'})`);
    }
  }
  return dead;
}

describe('cue branches', () => {
  it.each(DIMENSION_DEFS.map((d) => [d.name, d]))('every branch of every %s cue can match', (_, def) => {
    const dead = def.cues.flatMap((cue) => deadBranches(cue.id, cue.pattern));
    expect(dead).toEqual([]);
  });

  it('finds the slips it is there for', () => {
    // A group of words that ends in a space, before a space: its words only match with two spaces.
    expect(deadBranches('t.x', 'how will you know(?: (?:in|by) (?:[a-z0-9]+ ){1,2})? (?:that )?this')).toEqual(['t.x: how will you know in a this (the RegExp does not match)']);
    expect(deadBranches('t.x', 'how will you know(?: (?:in|by)(?: [a-z0-9]+){1,2})? (?:that )?this')).toEqual([]);
    // A first word that runs on into a group: "flexitime" is a token of its own, never looked up under "flexi".
    expect(deadBranches('t.x', 'flexi(?:time| time)')).toEqual(['t.x: flexitime (not indexed under its first word; )']);
    expect(deadBranches('t.x', 'raise|\\d{1,3} ?% bump')).toEqual([]);
  });

  it('GENERATOR_LIMITS lists only samples that still exist', () => {
    const samples = new Set(DIMENSION_DEFS.flatMap((d) => d.cues.flatMap((cue) => alternatives(cue.pattern).flatMap((a) => patternSamples(a).map((s) => `${cue.id}: ${s.text}`)))));
    for (const name of GENERATOR_LIMITS) expect(samples.has(name), name).toBe(true);
  });
});
