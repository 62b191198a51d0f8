import { messages, quoteLine } from '../messages.js';
import type { Turn } from '../schema/input.js';
import { parseClock } from './clock.js';
import { nonEmpty, parseError } from './fail.js';
import { isBlank, splitLines } from './lines.js';
import { mergeTracedTurns } from './mergeTurns.js';
import { Traced, tracedLines } from './traced.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
import type { Transcript } from './types.js';

/**
 * Reads Otter.ai's text export: a header line with the speaker and a clock time
 * (`Dana Lee  0:03`, `Speaker 2  1:02:03`), then the paragraph(s) of that turn.
 * A header comes first or after a blank line and is followed by text, so a sentence that
 * happens to end in a time ("we met at 3:30") is not read as one. Otter's closing
 * "Transcribed by https://otter.ai" line is skipped. Consecutive turns of one speaker merge.
 */
export function parseOtter(text: string): Transcript {
  return untrace(traceOtter(text, false));
}

/** `parseOtter` with source positions: one segment per paragraph line. */
export function traceOtter(text: string, trace = true): TracedTranscript {
  const lines = splitLines(text);
  const traced = tracedLines(lines, 1, trace);
  const pieces: Array<{ turn: Turn; lines: Traced[] }> = [];
  lines.forEach((line, i) => {
    if (isBlank(line) || OTTER_FOOTER.test(line)) return;
    const header = otterHeader(lines, i);
    if (header) {
      pieces.push({ turn: header, lines: [] });
      return;
    }
    const last = pieces[pieces.length - 1];
    if (!last) throw parseError(i + 1, messages.speakerLine('Dana Lee  0:03', quoteLine(line)));
    last.lines.push(traced[i]!.trim());
  });
  const turns = mergeTracedTurns(pieces.map(({ turn, lines: parts }) => ({ ...turn, text: Traced.join(parts, ' ') })));
  return nonEmpty({ turns }, 'Otter');
}

const HEADER = /^(\S.{0,79}?)[ \t]+(\d{1,2}(?::\d{2}){1,2})[ \t]*$/;
const OTTER_FOOTER = /^\s*Transcribed by https?:\/\/otter\.ai\s*$/i;

/** The speaker and start of the header at `lines[i]`, if it is one. */
export function otterHeader(lines: readonly string[], i: number): Turn | undefined {
  if (i > 0 && !isBlank(lines[i - 1]!)) return undefined;
  const next = lines[i + 1];
  if (next === undefined || isBlank(next)) return undefined;
  const m = HEADER.exec(lines[i]!.trim());
  const start = m ? parseClock(m[2]!) : undefined;
  return m && start !== undefined ? { speaker: m[1]!.trim(), text: '', start } : undefined;
}
