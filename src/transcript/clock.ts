/**
 * Clock times as transcripts write them: `1:02:03.500`, `01:02:03,500`, `02:03.5`, `0:03`.
 * Hours are optional; milliseconds may use `.` (WebVTT) or `,` (SRT).
 */
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/** Seconds for a clock time, or undefined when `text` is not one. */
export function parseClock(text: string): number | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1] ?? 0);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return undefined;
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number((m[4] ?? '').padEnd(3, '0'));
  return ms / 1000;
}

const TIMING = /^\s*(\S+?)\s*-->\s*(\S+)(?:\s.*)?$/;

/** A cue timing line, `00:00:01.000 --> 00:00:04.000` with optional cue settings after it. */
export interface CueTiming {
  start: number;
  end: number;
  startText: string;
  endText: string;
}

/** Reads a cue timing line; undefined when it is not one. */
export function parseCueTiming(line: string): CueTiming | undefined {
  const m = TIMING.exec(line);
  if (!m) return undefined;
  const start = parseClock(m[1]!);
  const end = parseClock(m[2]!);
  if (start === undefined || end === undefined) return undefined;
  return { start, end, startText: m[1]!, endText: m[2]! };
}

/** A line that was probably meant as a cue timing: it has an arrow or a clock time. */
export function looksLikeTiming(line: string): boolean {
  return line.includes('-->') || /\d:\d\d/.test(line);
}
