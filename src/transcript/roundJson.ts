import * as z from 'zod/mini';
import { describe, messages } from '../messages.js';
import { TurnSchema } from '../schema/input.js';
import { formatError, nonEmpty } from './fail.js';
import { JsonStrings, parseJson, type JsonPath } from './json.js';
import { checkShape } from './shape.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
import type { Transcript } from './types.js';

/**
 * Reads tone-drift's own JSON for one round: `{ turns: [...] }`, `{ answers: [...] }`, a bare
 * array of turns or a bare array of answer strings. A whole process (`{ rounds: [...] }`) is
 * not one transcript: pass it to `analyze()` as it is.
 */
export function parseRoundJson(text: string): Transcript {
  return untrace(traceRoundJson(text, false));
}

/** `parseRoundJson` with source positions when `trace` is true: each text maps to its string value. */
export function traceRoundJson(text: string, trace = true): TracedTranscript {
  const value = parseJson(text);
  const json = new JsonStrings(text, trace);
  const turns = (list: unknown, at: JsonPath): TracedTranscript => ({
    turns: checkShape(z.array(TurnSchema), list, at).map((turn, i) => ({ ...turn, text: json.at([...at, i, 'text'], turn.text) })),
  });
  const answers = (list: unknown, at: JsonPath): TracedTranscript => ({
    answers: checkShape(z.array(z.string()), list, at).map((answer, i) => json.at([...at, i], answer)),
  });
  if (Array.isArray(value)) return nonEmpty(value.every((v) => typeof v === 'string') ? answers(value, []) : turns(value, []), 'JSON');
  if (value === null || typeof value !== 'object') throw formatError(messages.expected('a round with "turns" or "answers"', describe(value)));
  const round = value as Record<string, unknown>;
  if ('rounds' in round) throw formatError(messages.wholeProcess(Array.isArray(round.rounds) ? round.rounds.length : 0));
  const has = ('turns' in round ? 1 : 0) + ('answers' in round ? 1 : 0);
  if (has !== 1) throw formatError(messages.turnsXorAnswers(has === 2 ? 'both' : 'neither'));
  return nonEmpty('turns' in round ? turns(round.turns, ['turns']) : answers(round.answers, ['answers']), 'JSON');
}
