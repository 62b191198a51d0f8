import type { Turn } from '../schema/input.js';
import { Traced } from './traced.js';

/** A turn whose text knows where it came from in the file. */
export type TracedTurn = Omit<Turn, 'text'> & { text: Traced };

/**
 * Joins consecutive pieces of one speaker into one turn: a turn is everything a speaker says
 * until someone else speaks. Texts join with a space; the turn starts at its first piece's
 * start and ends at its last piece's end. Pieces with no text are dropped.
 */
export function mergeTurns(pieces: readonly Turn[]): Turn[] {
  return mergeTracedTurns(pieces.map((p) => ({ ...p, text: Traced.plain(p.text) }))).map(untraceTurn);
}

/** `mergeTurns` for traced pieces: a merged turn keeps one run of segments per piece. */
export function mergeTracedTurns(pieces: readonly TracedTurn[]): TracedTurn[] {
  const turns: Array<{ turn: TracedTurn; texts: Traced[] }> = [];
  for (const piece of pieces) {
    if (piece.text.text === '') continue;
    const last = turns[turns.length - 1];
    if (last && last.turn.speaker === piece.speaker) {
      last.texts.push(piece.text);
      if (piece.end !== undefined) last.turn.end = piece.end;
      if (last.turn.start === undefined && piece.start !== undefined) last.turn.start = piece.start;
      continue;
    }
    const turn: TracedTurn = { speaker: piece.speaker, text: piece.text };
    if (piece.start !== undefined) turn.start = piece.start;
    if (piece.end !== undefined) turn.end = piece.end;
    turns.push({ turn, texts: [piece.text] });
  }
  // Joined once per turn, so a long run of one speaker's pieces costs linear time.
  return turns.map(({ turn, texts }) => ((turn.text = Traced.join(texts, ' ')), turn));
}

/** The plain turn: `{ speaker, text, start?, end? }` in that key order. */
export function untraceTurn(turn: TracedTurn): Turn {
  const plain: Turn = { speaker: turn.speaker, text: turn.text.text };
  if (turn.start !== undefined) plain.start = turn.start;
  if (turn.end !== undefined) plain.end = turn.end;
  return plain;
}
