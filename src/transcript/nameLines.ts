import { messages, quoteLine } from '../messages.js';
import type { Turn } from '../schema/input.js';
import { nonEmpty, parseError } from './fail.js';
import { isBlank, splitLines } from './lines.js';
import { mergeTurns } from './mergeTurns.js';
import { recurringNames, splitSpeaker, withoutStamp } from './speaker.js';
import type { Transcript } from './types.js';

/**
 * Reads "Name: text" lines (see `speaker.ts` for the accepted prefixes, names and time stamps).
 * A line without a name continues the turn before it; blank lines are ignored; consecutive
 * turns of one speaker merge. A leading time stamp gives the turn's `start`.
 */
export function parseNameLines(text: string): Transcript {
  const lines = splitLines(text);
  const known = recurringNames(lines);
  const pieces: Array<Turn & { lines: string[] }> = [];
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const named = splitSpeaker(line, known);
    if (named) {
      const piece: Turn & { lines: string[] } = { speaker: named.speaker, text: '', lines: [named.text] };
      if (named.start !== undefined) piece.start = named.start;
      pieces.push(piece);
      return;
    }
    const last = pieces[pieces.length - 1];
    if (!last) throw parseError(i + 1, messages.speakerLine('Dana Lee: text', quoteLine(line)));
    last.lines.push(withoutStamp(line));
  });
  const turns = mergeTurns(
    pieces.map(({ lines: parts, ...turn }) => ({ ...turn, text: parts.map((p) => p.trim()).filter(Boolean).join(' ') })),
  );
  return nonEmpty({ turns }, '"Name: text"');
}
