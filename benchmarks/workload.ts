import type { Process } from '../src/index.js';
import { candidateTurns, generateProcesses } from './generate.js';

/** The same candidate speech in the shapes both peers read. */
export interface Workload {
  /** Processes whose rounds are the candidate's answers, for `analyze()`. */
  processes: Process[];
  /** Every answer, in order: one document each for wink-nlp. */
  texts: string[];
  /** UTF-8 bytes of all answers. */
  bytes: number;
  rounds: number;
}

/**
 * Generated processes, reduced to the candidate's answers (`{ answers }` rounds), until the next
 * process would pass `bytes` of candidate text.
 */
export function buildWorkload(bytes: number, seed: number): Workload {
  const processes: Process[] = [];
  const texts: string[] = [];
  let size = 0;
  let rounds = 0;
  for (const generated of generateProcesses(seed)) {
    const answers = candidateTurns(generated);
    const n = answers.flat().reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    if (size + n > bytes && processes.length > 0) break;
    processes.push({
      candidate: generated.candidate,
      rounds: generated.rounds.map((round, i) => ({ label: round.label, answers: answers[i]! })),
    });
    texts.push(...answers.flat());
    size += n;
    rounds += answers.length;
  }
  return { processes, texts, bytes: size, rounds };
}
