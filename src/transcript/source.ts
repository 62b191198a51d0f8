/**
 * Source maps: where each piece of a parsed turn's (or answer's) text was in the file.
 *
 * `parseTranscript(text, { sourceMap: true })` returns, besides `turns` or `answers`, a
 * `source` list with one entry per turn (or answer): that text's segments, sorted by `at`.
 * A segment says that the turn's text from offset `at` (UTF-16) up to the next segment's `at`
 * (or the end of the text) came from the file at `line`, `column` (both 1-based, columns in
 * UTF-16 code units, a byte-order mark not counted).
 *
 * - A **verbatim** segment is a copy of one stretch of one line of the file, so an offset
 *   inside it maps 1:1: `column + (offset - at)`. The one exception is the space a parser puts
 *   between two joined pieces (lines of a paragraph, cues of one speaker, fragments): it sits at
 *   the end of the earlier piece's segment and maps to just past that piece in the file
 *   (whatever follows it there: the end of its line, white space, a closing tag or quote).
 * - A segment that is **not verbatim** stands for file text it does not copy: a decoded
 *   character reference (`&amp;` → `&`), a JSON escape (`\n`, `\u00e9`, `\"`), white space that
 *   was collapsed into one space. Every offset inside it maps to its start.
 *
 * What is removed (tags, speaker prefixes, time stamps, line breaks) leaves no segment: the text
 * after it starts a new segment at its own position, so cleaned text still maps exactly.
 */

/** One piece of a turn's text and where it starts in the file. */
export interface SourceSegment {
  /** UTF-16 offset into the turn's (or answer's) text where this piece starts. */
  at: number;
  /** 1-based line of the piece's first character in the file. */
  line: number;
  /** 1-based column (UTF-16 code units) of the piece's first character on that line. */
  column: number;
  /** True when the piece is a copy of the file's text on that line, so offsets inside it map 1:1. */
  verbatim: boolean;
}

/** For each turn (or answer), in order, its segments sorted by `at`. */
export type SourceMap = SourceSegment[][];

/** A 1-based line and column (UTF-16 code units) in the transcript file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Where offset `offset` of turn (or answer) `turn`'s text was in the file: the segment that
 * contains it, plus the offset within it when the segment is verbatim (see the module notes).
 * The text's length is a valid offset too (just past its last character). Undefined when the
 * turn does not exist, the offset is negative or not an integer, or nothing is known about it.
 */
export function locate(source: SourceMap, turn: number, offset: number): SourcePosition | undefined {
  const segments = Number.isInteger(turn) && turn >= 0 ? source[turn] : undefined;
  if (!segments || !Number.isInteger(offset) || offset < 0) return undefined;
  const segment = segmentAt(segments, offset);
  if (!segment) return undefined;
  return { line: segment.line, column: segment.verbatim ? segment.column + (offset - segment.at) : segment.column };
}

/** The last segment whose `at` is at or before `offset` (binary search). */
export function segmentAt(segments: readonly SourceSegment[], offset: number): SourceSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let found: SourceSegment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid]!;
    if (segment.at <= offset) {
      found = segment;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
