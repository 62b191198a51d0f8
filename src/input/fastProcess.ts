import type { Process } from '../schema/input.js';

/**
 * A hand-written check of the common case of `ProcessSchema` (schema/input.ts): the parsed
 * value when the input is plainly valid, or undefined, and then zod parses it and reports
 * what is wrong. It never rejects anything itself, so error messages stay zod's.
 *
 * It reads what zod reads, in the same order, and builds what zod builds: a new object per
 * object with only the schema's keys, in the schema's order (a key that is present with the
 * value undefined stays, an absent optional key stays absent, unknown keys are dropped); a new
 * array per array; strings and numbers as they are. Numbers must be finite, as zod's are.
 * test/input/fastProcess.test.ts checks it against zod on generated inputs, valid and not.
 *
 * Why: zod's generic parse costs a few percent of `analyze()` on a large process, almost all
 * of it on the one string per answer or turn.
 */

type Fields = Record<string, unknown>;

/** zod's object test: any non-null object that is not an array. */
const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An optional key that is absent (and stays absent), and a value the schema rejects. */
const ABSENT = Symbol('absent');
const INVALID = Symbol('invalid');

/** An optional string field, read once: its value (undefined when present as undefined), ABSENT or INVALID. */
function optionalString(input: Fields, key: string): unknown {
  const value = input[key];
  if (value === undefined) return key in input ? undefined : ABSENT;
  return typeof value === 'string' ? value : INVALID;
}

/** An optional number field, as optionalString. */
function optionalNumber(input: Fields, key: string): unknown {
  const value = input[key];
  if (value === undefined) return key in input ? undefined : ABSENT;
  return typeof value === 'number' && Number.isFinite(value) ? value : INVALID;
}

/** TurnSchema: { speaker, text, start?, end? }. */
function turnOf(input: unknown): Fields | undefined {
  if (!isObject(input)) return undefined;
  const speaker = input.speaker;
  if (typeof speaker !== 'string') return undefined;
  const text = input.text;
  if (typeof text !== 'string') return undefined;
  const out: Fields = { speaker, text };
  const start = optionalNumber(input, 'start');
  if (start === INVALID) return undefined;
  if (start !== ABSENT) out.start = start;
  const end = optionalNumber(input, 'end');
  if (end === INVALID) return undefined;
  if (end !== ABSENT) out.end = end;
  return out;
}

function turnsOf(input: unknown): Fields[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out = new Array<Fields>(input.length);
  for (let i = 0; i < input.length; i++) {
    const turn = turnOf(input[i]);
    if (turn === undefined) return undefined;
    out[i] = turn;
  }
  return out;
}

function stringsOf(input: unknown): string[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out = new Array<string>(input.length);
  for (let i = 0; i < input.length; i++) {
    const value: unknown = input[i];
    if (typeof value !== 'string') return undefined;
    out[i] = value;
  }
  return out;
}

const ROUND_STRINGS = ['id', 'label', 'date'] as const;

/** RoundSchema: { id?, label?, date?, turns?, answers? }, with exactly one of turns and answers. */
function roundOf(input: unknown): Fields | undefined {
  if (!isObject(input)) return undefined;
  const out: Fields = {};
  for (const key of ROUND_STRINGS) {
    const value = optionalString(input, key);
    if (value === INVALID) return undefined;
    if (value !== ABSENT) out[key] = value;
  }
  const turnsIn = input.turns;
  if (turnsIn !== undefined) {
    const turns = turnsOf(turnsIn);
    if (turns === undefined) return undefined;
    out.turns = turns;
  } else if ('turns' in input) out.turns = undefined;
  const answersIn = input.answers;
  if (answersIn !== undefined) {
    const answers = stringsOf(answersIn);
    if (answers === undefined) return undefined;
    out.answers = answers;
  } else if ('answers' in input) out.answers = undefined;
  // The schema's refinement, on the parsed round.
  if ((out.turns === undefined) === (out.answers === undefined)) return undefined;
  return out;
}

/** The process as `ProcessSchema` parses it, or undefined when zod should decide (see above). */
export function fastParseProcess(input: unknown): Process | undefined {
  if (!isObject(input)) return undefined;
  const out: Fields = {};
  const candidate = optionalString(input, 'candidate');
  if (candidate === INVALID) return undefined;
  if (candidate !== ABSENT) out.candidate = candidate;
  const roundsIn = input.rounds;
  if (!Array.isArray(roundsIn) || roundsIn.length === 0) return undefined;
  const rounds = new Array<Fields>(roundsIn.length);
  for (let i = 0; i < roundsIn.length; i++) {
    const round = roundOf(roundsIn[i]);
    if (round === undefined) return undefined;
    rounds[i] = round;
  }
  out.rounds = rounds;
  return out as Process;
}
