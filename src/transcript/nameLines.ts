import { messages, quoteLine } from '../messages.js';
import { nonEmpty, parseError } from './fail.js';
import { isBlank, splitLines } from './lines.js';
import { mergeTracedTurns, type TracedTurn } from './mergeTurns.js';
import { recurringNames, splitSpeaker, withoutStamp } from './speaker.js';
import { Traced, tracedLines } from './traced.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
import type { Transcript } from './types.js';

/**
 * Reads "Name: text" lines (see `speaker.ts` for the accepted prefixes, names and time stamps).
 * A line without a name continues the turn before it; blank lines are ignored; consecutive
 * turns of one speaker merge. A leading time stamp gives the turn's `start`.
 */
export function parseNameLines(text: string): Transcript {
  return untrace(traceNameLines(text, false));
}

/** `parseNameLines` with source positions: each line's text after its prefix or time stamp. */
export function traceNameLines(text: string, trace = true): TracedTranscript {
  const lines = splitLines(text);
  const traced = tracedLines(lines, 1, trace);
  const known = recurringNames(lines);
  const pieces: Array<TracedTurn & { lines: Traced[] }> = [];
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const named = splitSpeaker(line, known);
    if (named) {
      const piece: TracedTurn & { lines: Traced[] } = { speaker: named.speaker, text: Traced.empty, lines: [traced[i]!.endingWith(named.text)] };
      if (named.start !== undefined) piece.start = named.start;
      pieces.push(piece);
      return;
    }
    const last = pieces[pieces.length - 1];
    if (!last) throw parseError(i + 1, messages.speakerLine('Dana Lee: text', quoteLine(line)));
    last.lines.push(traced[i]!.endingWith(withoutStamp(line)));
  });
  for (const piece of pieces) piece.text = Traced.join(piece.lines.map((p) => p.trim()).filter((p) => p.text !== ''), ' ');
  const turns = mergeTracedTurns(pieces);
  return nonEmpty({ turns }, '"Name: text"');
}
