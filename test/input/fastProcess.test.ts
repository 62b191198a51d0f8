import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseProcess } from '../../src/input/fastProcess.js';
import { parseOptions } from '../../src/input/validate.js';
import { AnalyzeOptionsSchema, ProcessSchema } from '../../src/schema/input.js';

/**
 * The fast path of input validation must accept exactly what ProcessSchema accepts and return
 * the same parsed value, key order included (it returns undefined for everything else, and zod
 * then reports the problem). Checked against zod on generated inputs: valid ones, and ones with
 * every field missing, undefined, of the wrong type, NaN, infinite, extra, or in odd containers.
 */
const SEEDS = [20261125, Date.now() % 2 ** 31];

/** A value of any type a JSON-ish input may hold, and a few that it may not. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.constant(new Date(0)),
  fc.constant(new Map()),
);

const text = fc.oneof({ weight: 6, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: junk });
const time = fc.oneof({ weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { weight: 1, arbitrary: junk });

/** Optional keys are absent, present, or present with the value undefined. */
const turn = fc.oneof(
  { weight: 8, arbitrary: fc.record({ speaker: text, text, start: time, end: time, extra: junk }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: junk },
);
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: junk });
const round = fc.oneof(
  { weight: 4, arbitrary: fc.record({ id: text, label: text, date: text, answers: list(text), extra: junk }, { requiredKeys: [] }) },
  { weight: 4, arbitrary: fc.record({ id: text, label: text, turns: list(turn), extra: junk }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: fc.record({ label: text, turns: list(turn), answers: list(text) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: junk },
);
const process = fc.oneof(
  { weight: 8, arbitrary: fc.record({ candidate: text, rounds: list(round), extra: junk }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: junk },
);
/** Mostly valid processes, so that the equality of parsed values gets exercised. */
const validProcess = fc.record(
  {
    candidate: fc.string({ maxLength: 6 }),
    rounds: fc.array(
      fc.oneof(
        fc.record({ id: fc.string({ maxLength: 4 }), label: fc.string({ maxLength: 4 }), answers: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }) }, { requiredKeys: ['answers'] }),
        fc.record({ date: fc.string({ maxLength: 4 }), turns: fc.array(fc.record({ speaker: fc.string({ maxLength: 4 }), text: fc.string({ maxLength: 8 }), start: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { requiredKeys: ['speaker', 'text'] }), { maxLength: 3 }) }, { requiredKeys: ['turns'] }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  },
  { requiredKeys: ['rounds'] },
);

/** Keys in order, all the way down (toStrictEqual does not look at key order). */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return value;
}

function sameAsZod(input: unknown): void {
  const fast = fastParseProcess(input);
  const zod = ProcessSchema.safeParse(input);
  expect(fast !== undefined).toBe(zod.success);
  if (fast !== undefined && zod.success) {
    expect(fast).toStrictEqual(zod.data);
    expect(keyOrder(fast)).toStrictEqual(keyOrder(zod.data));
    expect(fast).not.toBe(input);
  }
}

describe.each(SEEDS)('fastParseProcess matches ProcessSchema (seed %i)', (seed) => {
  it('on inputs of every shape, valid or not', () => {
    fc.assert(fc.property(process, sameAsZod), { seed, numRuns: 3000 });
  });

  it('on valid processes', () => {
    fc.assert(
      fc.property(validProcess, (input) => {
        expect(fastParseProcess(input)).not.toBeUndefined();
        sameAsZod(input);
      }),
      { seed, numRuns: 500 },
    );
  });
});

describe('fastParseProcess', () => {
  it('keeps an optional key given as undefined and drops unknown keys, as zod does', () => {
    const input = { rounds: [{ id: undefined, answers: ['a'], note: 1 }], extra: true };
    expect(fastParseProcess(input)).toStrictEqual({ rounds: [{ id: undefined, answers: ['a'] }] });
    sameAsZod(input);
  });

  it('leaves every invalid input to zod', () => {
    for (const input of [null, [], {}, { rounds: [] }, { rounds: [{}] }, { rounds: [{ answers: [], turns: [] }] }, { rounds: [{ turns: [{ speaker: 'a', text: 'b', start: Number.NaN }] }] }, { rounds: [{ answers: [1] }] }, { candidate: 1, rounds: [{ answers: [] }] }]) {
      expect(fastParseProcess(input)).toBeUndefined();
      expect(ProcessSchema.safeParse(input).success).toBe(false);
    }
  });

  it('reads an inherited key as zod does', () => {
    sameAsZod(Object.create({ rounds: [{ answers: ['x'] }] }));
    sameAsZod({ rounds: [Object.create({ answers: ['x'] })] });
  });
});

describe('parseOptions', () => {
  it('gives what the schema gives for no options', () => {
    expect(parseOptions(undefined)).toStrictEqual(AnalyzeOptionsSchema.parse({}));
    expect(parseOptions(null)).toStrictEqual(AnalyzeOptionsSchema.parse({}));
  });
});
