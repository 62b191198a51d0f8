import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/node/fileChunks.js';
import { readByteLineGroups } from '../../src/node/ndjson.js';

const dir = mkdtempSync(join(tmpdir(), 'tone-drift-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Splits the file into lines as the batch does, copying each group's lines before asking for the next. */
async function linesOf(path: string, size: number) {
  const file = fileChunks(path, size);
  const buffers = new Set<ArrayBufferLike>();
  const chunks = (async function* () {
    for await (const chunk of file.chunks) {
      buffers.add(chunk.buffer);
      yield chunk;
    }
  })();
  const lines: string[] = [];
  for await (const group of readByteLineGroups(chunks, { bytes: 0 }, file.retire)) for (const { bytes } of group) lines.push(new TextDecoder().decode(bytes));
  return { lines, buffers: buffers.size };
}

describe('fileChunks', () => {
  const records = Array.from({ length: 500 }, (_, i) => `{"n":${i},"text":"${'é'.repeat(i % 13)}x"}`);

  it('gives the file\'s lines exactly, records cut across chunk edges included', async () => {
    const path = write('a.ndjson', `${records.join('\n')}\n`);
    for (const size of [7, 64, 1000, 1 << 16]) expect((await linesOf(path, size)).lines).toEqual(records);
  });

  it('reads into two buffers in all when every line is shorter than a chunk', async () => {
    const path = write('b.ndjson', `${records.join('\n')}\n`);
    const { buffers } = await linesOf(path, 256);
    expect(buffers).toBe(2);
  });

  it('takes more buffers only while a line is longer than a chunk, and still gives it whole', async () => {
    const long = 'y'.repeat(2000);
    const path = write('c.ndjson', ['short', long, 'short again', long].join('\n'));
    const { lines, buffers } = await linesOf(path, 256);
    expect(lines).toEqual(['short', long, 'short again', long]);
    expect(buffers).toBeGreaterThan(2);
    expect(buffers).toBeLessThanOrEqual(Math.ceil(2000 / 256) + 2);
  });

  it('gives nothing for an empty file', async () => {
    expect((await linesOf(write('d.ndjson', ''), 64)).lines).toEqual([]);
  });
});
