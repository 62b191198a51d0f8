/**
 * A streaming line splitter for NDJSON. It pulls one chunk at a time from the source, so the
 * source's own backpressure holds: nothing is read ahead of what the consumer asks for, and only
 * the current line (and one chunk) is ever in memory.
 *
 * Lines end with `\n` or `\r\n`; a lone `\r` does not end a line. A byte-order mark at the very
 * start is dropped. A last line without a newline still counts. Line numbers are 1-based and
 * count every physical line, blank ones included, so they match what an editor shows.
 *
 * Lines are split as bytes and decoded one by one (a `\n` byte is never part of a longer UTF-8
 * character, so this gives what decoding the whole stream would). The batch keeps them as bytes:
 * its reading thread then makes no string of a record, which a worker decodes instead.
 */

/** One physical line of the input, without its line ending. */
export interface SourceLine {
  text: string;
  /** 1-based line number. */
  line: number;
}

/** One physical line as its UTF-8 bytes, without its line ending; often a view into the chunk it was read in. */
export interface SourceBytes {
  bytes: Uint8Array;
  /** 1-based line number. */
  line: number;
}

/** Counts the bytes pulled from the source so far (for progress and ETA). */
export interface ByteCounter {
  bytes: number;
}

/** Splits a byte or string stream (a Readable, stdin, any async iterable) into lines. */
export async function* readLines(
  source: AsyncIterable<Uint8Array | string>,
  counter: ByteCounter = { bytes: 0 },
): AsyncGenerator<SourceLine, void, undefined> {
  for await (const group of readLineGroups(source, counter)) yield* group;
}

/**
 * Like `readLines`, but yields, for each chunk pulled from the source, the lines that chunk
 * completes (never an empty group), so a consumer can hand them on together without waiting
 * for a chunk that has not arrived.
 */
export async function* readLineGroups(
  source: AsyncIterable<Uint8Array | string>,
  counter: ByteCounter = { bytes: 0 },
): AsyncGenerator<SourceLine[], void, undefined> {
  for await (const group of readByteLineGroups(source, counter)) yield group.map(({ bytes, line }) => ({ text: decodeLine(bytes), line }));
}

const LF = 10;
const CR = 13;

/** `readLineGroups`, with each line left as bytes. */
export async function* readByteLineGroups(
  source: AsyncIterable<Uint8Array | string>,
  counter: ByteCounter = { bytes: 0 },
): AsyncGenerator<SourceBytes[], void, undefined> {
  const encoder = new TextEncoder();
  let parts: Uint8Array[] = []; // the current line's pieces, when it spans chunks
  let line = 0;
  const finish = (last: Uint8Array): SourceBytes => {
    let bytes = parts.length === 0 ? last : concat(parts, last);
    parts = [];
    if (line === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
    return { bytes, line: ++line };
  };
  for await (const chunk of source) {
    const b = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    counter.bytes += b.byteLength;
    const group: SourceBytes[] = [];
    let from = 0;
    for (let nl = b.indexOf(LF); nl !== -1; nl = b.indexOf(LF, from)) {
      group.push(finish(b.subarray(from, nl)));
      from = nl + 1;
    }
    if (from < b.length) parts.push(b.subarray(from));
    if (group.length > 0) yield group;
  }
  if (parts.length > 0) yield [finish(new Uint8Array(0))];
}

function concat(parts: readonly Uint8Array[], last: Uint8Array): Uint8Array {
  let length = last.length;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  out.set(last, at);
  return out;
}

/** Keeps a U+FEFF inside a line (only the input's first one, at the very start, is dropped, by the splitter). */
const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A line's text: its bytes decoded as UTF-8, a malformed sequence becoming U+FFFD. */
export function decodeLine(bytes: Uint8Array): string {
  return lineDecoder.decode(bytes);
}

/** A blank (empty or whitespace-only) line is not a record. */
export function isBlankLine(text: string): boolean {
  return /^\s*$/.test(text);
}

/** `isBlankLine` of the line these bytes hold; decodes only a line with no ASCII besides spaces. */
export function isBlankBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    if (b < 128) return false;
    return isBlankLine(decodeLine(bytes));
  }
  return true;
}
