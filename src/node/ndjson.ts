/**
 * A streaming line splitter for NDJSON. It pulls one chunk at a time from the source, so the
 * source's own backpressure holds: nothing is read ahead of what the consumer asks for, and only
 * the current line (and one chunk) is ever in memory.
 *
 * Lines end with `\n` or `\r\n`; a lone `\r` does not end a line. A byte-order mark at the very
 * start is dropped. A last line without a newline still counts. Line numbers are 1-based and
 * count every physical line, blank ones included, so they match what an editor shows.
 */

/** One physical line of the input, without its line ending. */
export interface SourceLine {
  text: string;
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
  const decoder = new TextDecoder('utf-8');
  let parts: string[] = []; // the current line's pieces, when it spans chunks
  let line = 0;
  let started = false;
  const finish = (last: string): SourceLine => {
    let text = parts.length === 0 ? last : parts.join('') + last;
    parts = [];
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    return { text, line: ++line };
  };
  for await (const chunk of source) {
    let s: string;
    if (typeof chunk === 'string') {
      counter.bytes += Buffer.byteLength(chunk);
      s = chunk;
    } else {
      counter.bytes += chunk.byteLength;
      s = decoder.decode(chunk, { stream: true });
    }
    if (!started && s.length > 0) {
      started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const group: SourceLine[] = [];
    let from = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
      group.push(finish(s.slice(from, nl)));
      from = nl + 1;
    }
    if (from < s.length) parts.push(s.slice(from));
    if (group.length > 0) yield group;
  }
  const tail = decoder.decode();
  if (tail.length > 0) parts.push(tail);
  if (parts.length > 0) yield [finish('')];
}

/** A blank (empty or whitespace-only) line is not a record. */
export function isBlankLine(text: string): boolean {
  return /^\s*$/.test(text);
}
