import type { Turn } from '../schema/input.js';

/**
 * Joins consecutive pieces of one speaker into one turn: a turn is everything a speaker says
 * until someone else speaks. Texts join with a space; the turn starts at its first piece's
 * start and ends at its last piece's end. Pieces with no text are dropped.
 */
export function mergeTurns(pieces: readonly Turn[]): Turn[] {
  const turns: Turn[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const last = turns[turns.length - 1];
    if (last && last.speaker === piece.speaker) {
      last.text = `${last.text} ${piece.text}`;
      if (piece.end !== undefined) last.end = piece.end;
      if (last.start === undefined && piece.start !== undefined) last.start = piece.start;
      continue;
    }
    const turn: Turn = { speaker: piece.speaker, text: piece.text };
    if (piece.start !== undefined) turn.start = piece.start;
    if (piece.end !== undefined) turn.end = piece.end;
    turns.push(turn);
  }
  return turns;
}
