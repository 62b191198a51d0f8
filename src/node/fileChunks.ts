import { open } from 'node:fs/promises';

/**
 * A file read in chunks into buffers that are used again: `chunks` yields views of at most
 * `size` bytes, and a view handed back to `retire` (once nothing reads it any more; see
 * readByteLineGroups) frees its buffer for a later read. A reader that never retires gets a new
 * buffer for every chunk, like `createReadStream`.
 *
 * Why: the batch's reading thread allocates almost nothing else, so V8 seldom collects it, and
 * every chunk a stream allocates stays in memory, dead, until it does: tens of MB over a large
 * input with 2 jobs (docs/performance-history.md, twenty-third round). With reuse, the chunks of
 * a file whose lines are shorter than a chunk take two buffers in all.
 *
 * The file is opened on the first pull and closed when the reading ends, however it ends.
 */
export function fileChunks(path: string, size = 64 * 1024): { chunks: AsyncIterable<Uint8Array>; retire: (chunk: Uint8Array) => void } {
  const free: ArrayBuffer[] = [];
  const ours = new WeakSet<ArrayBuffer>();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const file = await open(path, 'r');
    try {
      for (;;) {
        const buffer = free.pop() ?? new ArrayBuffer(size);
        ours.add(buffer);
        const { bytesRead } = await file.read(new Uint8Array(buffer), 0, size, null);
        if (bytesRead === 0) return;
        yield new Uint8Array(buffer, 0, bytesRead);
      }
    } finally {
      await file.close();
    }
  }
  const retire = (chunk: Uint8Array) => {
    const buffer = chunk.buffer;
    if (buffer instanceof ArrayBuffer && ours.has(buffer) && !free.includes(buffer)) free.push(buffer);
  };
  return { chunks: chunks(), retire };
}
