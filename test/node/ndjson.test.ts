import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isBlankBytes, isBlankLine, readByteLineGroups, readLines, type SourceLine } from '../../src/node/ndjson.js';

async function lines(chunks: Array<string | Uint8Array>): Promise<SourceLine[]> {
  const out: SourceLine[] = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: true }))) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n, numbering every physical line', async () => {
    expect(await lines(['a\r\nb\n\nc'])).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: '', line: 3 },
      { text: 'c', line: 4 },
    ]);
  });

  it('joins a line that spans chunks, and a \\r\\n split between chunks', async () => {
    expect(await lines(['ab', 'c', 'd\r', '\nef\n'])).toEqual([
      { text: 'abcd', line: 1 },
      { text: 'ef', line: 2 },
    ]);
  });

  it('decodes UTF-8 split inside a character, drops a leading BOM, keeps a lone \\r', async () => {
    const bytes = Buffer.from('\uFEFFcafé\nx\ry\n', 'utf8');
    const cut = bytes.indexOf(0xa9); // second byte of "é"
    expect(await lines([bytes.subarray(0, 2), bytes.subarray(2, cut), bytes.subarray(cut)])).toEqual([
      { text: 'café', line: 1 },
      { text: 'x\ry', line: 2 },
    ]);
  });

  it('drops only the first BOM of the input: one at the start of a later line, or inside one, is text', async () => {
    expect(await lines(['\uFEFFa\n\uFEFFb\nc\uFEFF\n'])).toEqual([
      { text: 'a', line: 1 },
      { text: '\uFEFFb', line: 2 },
      { text: 'c\uFEFF', line: 3 },
    ]);
  });

  it('decodes a malformed UTF-8 sequence as U+FFFD, within its own line', async () => {
    expect(await lines([Uint8Array.from([0x61, 0xc3, 0x0a, 0xe2, 0x82, 0x0d, 0x0a, 0x62])])).toEqual([
      { text: 'a\uFFFD', line: 1 },
      { text: '\uFFFD', line: 2 },
      { text: 'b', line: 3 },
    ]);
  });

  it('gives nothing for an empty input and no extra line after a final newline', async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines(['a\n'])).toEqual([{ text: 'a', line: 1 }]);
  });

  it('counts the bytes it pulls', async () => {
    const counter = { bytes: 0 };
    for await (const _ of readLines(Readable.from([Buffer.from('é\n'), 'ab\n'], { objectMode: true }), counter)) void _;
    expect(counter.bytes).toBe(6);
  });

  it('pulls one chunk at a time', async () => {
    let pulled = 0;
    const source = (async function* () {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield `${i}\n`;
      }
    })();
    const it = readLines(source);
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
  });
});

describe('readByteLineGroups', () => {
  it('gives each line as bytes, grouped by the chunk that completes them', async () => {
    const groups: Array<Array<[string, number]>> = [];
    for await (const group of readByteLineGroups(Readable.from(['a\nb', 'c\r\nd\ne\n'], { objectMode: true }))) {
      groups.push(group.map(({ bytes, line }) => [Buffer.from(bytes).toString('utf8'), line]));
    }
    expect(groups).toEqual([[['a', 1]], [['bc', 2], ['d', 3], ['e', 4]]]);
  });
});

describe('isBlankLine', () => {
  it('is true for empty and whitespace-only lines', () => {
    expect(['', ' ', '\t \u00a0'].map(isBlankLine)).toEqual([true, true, true]);
    expect(isBlankLine(' {} ')).toBe(false);
  });

  it('isBlankBytes agrees with isBlankLine on the UTF-8 of ASCII and Unicode spaces and of text', () => {
    const samples = ['', ' ', '\t\v\f\r', '\u00a0', ' \u2028 \u3000', '\uFEFF', '\u0085', '\u001c', 'é', ' \u00a0x', '{}', '\u200b'];
    for (const text of samples) expect([text, isBlankBytes(Buffer.from(text, 'utf8'))]).toEqual([text, isBlankLine(text)]);
  });
});
