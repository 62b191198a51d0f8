import { ToneDriftError } from '../errors.js';
import { messages } from '../messages.js';
import type { Limits, Process } from '../schema/input.js';

export const DEFAULT_LIMITS: Required<Limits> = { maxTurnChars: 1_000_000, maxRoundChars: 5_000_000, maxProcessChars: 20_000_000 };

/** Throws INPUT_TOO_LARGE, naming the first text past a limit, before any analysis runs. */
export function checkLimits(process: Process, options: Limits = {}): void {
  const limits = { ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const fail = (path: string, what: string, size: number, limit: number, option: string): never => {
    throw new ToneDriftError([{ code: 'INPUT_TOO_LARGE', path, message: messages.tooLarge(what, size, limit, option) }]);
  };
  let total = 0;
  process.rounds.forEach((round, r) => {
    let roundChars = 0;
    const texts = round.turns ? round.turns.map((t) => t.text) : (round.answers ?? []);
    const key = round.turns ? 'turns' : 'answers';
    texts.forEach((text, i) => {
      if (text.length > limits.maxTurnChars) fail(`rounds[${r}].${key}[${i}]${round.turns ? '.text' : ''}`, 'the text', text.length, limits.maxTurnChars, 'maxTurnChars');
      roundChars += text.length;
    });
    if (roundChars > limits.maxRoundChars) fail(`rounds[${r}]`, 'the round', roundChars, limits.maxRoundChars, 'maxRoundChars');
    total += roundChars;
  });
  if (total > limits.maxProcessChars) fail('rounds', 'the process', total, limits.maxProcessChars, 'maxProcessChars');
}
