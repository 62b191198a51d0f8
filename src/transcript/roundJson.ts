import * as z from 'zod/mini';
import { describe, messages } from '../messages.js';
import { TurnSchema } from '../schema/input.js';
import { formatError, nonEmpty } from './fail.js';
import { parseJson } from './json.js';
import { checkShape } from './shape.js';
import type { Transcript } from './types.js';

/**
 * Reads tone-drift's own JSON for one round: `{ turns: [...] }`, `{ answers: [...] }`, a bare
 * array of turns or a bare array of answer strings. A whole process (`{ rounds: [...] }`) is
 * not one transcript: pass it to `analyze()` as it is.
 */
export function parseRoundJson(text: string): Transcript {
  const value = parseJson(text);
  if (Array.isArray(value)) {
    return nonEmpty(value.every((v) => typeof v === 'string') ? { answers: value as string[] } : { turns: checkShape(z.array(TurnSchema), value) }, 'JSON');
  }
  if (value === null || typeof value !== 'object') throw formatError(messages.expected('a round with "turns" or "answers"', describe(value)));
  const round = value as Record<string, unknown>;
  if ('rounds' in round) throw formatError(messages.wholeProcess(Array.isArray(round.rounds) ? round.rounds.length : 0));
  const has = ('turns' in round ? 1 : 0) + ('answers' in round ? 1 : 0);
  if (has !== 1) throw formatError(messages.turnsXorAnswers(has === 2 ? 'both' : 'neither'));
  const transcript: Transcript =
    'turns' in round
      ? { turns: checkShape(z.array(TurnSchema), round.turns, ['turns']) }
      : { answers: checkShape(z.array(z.string()), round.answers, ['answers']) };
  return nonEmpty(transcript, 'JSON');
}
