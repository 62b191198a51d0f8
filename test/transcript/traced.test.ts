import { describe, expect, it } from 'vitest';
import { cuesToTranscript } from '../../src/transcript/cues.js';
import { JsonStrings } from '../../src/transcript/json.js';
import { joinTracedLines, Traced, tracedLines } from '../../src/transcript/traced.js';

const v = (text: string, line: number, column: number) => Traced.verbatim(text, line, column);
const seg = (at: number, line: number, column: number, verbatim = true) => ({ at, line, column, verbatim });

describe('Traced: text that keeps its positions', () => {
  it('slices like a string, clamping, and keeps the column of a cut verbatim piece', () => {
    const t = Traced.join([v('Hello', 2, 5), Traced.opaque('&', { line: 2, column: 10 }), v('world', 2, 15)]);
    expect(t.text).toBe('Hello&world');
    expect(t.slice(2, 8).segments).toEqual([seg(0, 2, 7), seg(3, 2, 10, false), seg(4, 2, 15)]);
    expect(t.slice(-3, 99)).toBe(t);
    expect(t.slice(8, 2).text).toBe('');
    expect(t.slice(5, 6).positionAt(0)).toEqual({ line: 2, column: 10 });
  });

  it('trims white space at both ends', () => {
    const t = v('  hi there \t', 4, 1).trim();
    expect([t.text, t.segments]).toEqual(['hi there', [seg(0, 4, 3)]]);
    expect(v('   ', 1, 1).trim().segments).toEqual([]);
  });

  it('joins with a separator, merging pieces that continue each other on one line', () => {
    expect(Traced.join([v('ab', 1, 1), v('cd', 1, 4)], ' ').segments).toEqual([seg(0, 1, 1)]);
    expect(Traced.join([v('ab', 1, 1), v('cd', 1, 9)], ' ').segments).toEqual([seg(0, 1, 1), seg(3, 1, 9)]);
    expect(joinTracedLines(tracedLines(['  a ', '', ' b'], 3, true)).segments).toEqual([seg(0, 3, 3), seg(2, 5, 2)]);
    expect(tracedLines(['a'], 1, false)[0]!.segments).toEqual([]);
  });

  it('replaces: removed text leaves nothing, new text is one segment, unchanged matches keep their columns', () => {
    const t = v('a <i>b</i> c  d', 1, 1);
    const removed = t.replace(/<[^>]*>/g, () => '');
    expect([removed.text, removed.segments]).toEqual(['a b c  d', [seg(0, 1, 1), seg(2, 1, 6), seg(3, 1, 11)]]);
    const collapsed = removed.replace(/\s+/g, () => ' ');
    expect([collapsed.text, collapsed.segments]).toEqual(['a b c d', [seg(0, 1, 1), seg(2, 1, 6), seg(3, 1, 11), seg(5, 1, 13, false), seg(6, 1, 15)]]);
    expect(t.replace(/x*/g, () => 'y')).toBe(t);
    expect(t.replace(/a/g, (m) => m[0])).toBe(t);
    const plain = Traced.plain('a  b').replace(/\s+/g, () => ' ');
    expect([plain.text, plain.segments]).toEqual(['a b', []]);
  });

  it('splits on a separator', () => {
    expect(Traced.join([v('ab', 1, 1), v('cd', 2, 1)], '\n').split('\n').map((p) => [p.text, p.segments])).toEqual([
      ['ab', [seg(0, 1, 1)]],
      ['cd', [seg(0, 2, 1)]],
    ]);
  });

  it('finds a suffix the parser computed, or maps all of it to the start when it is not one', () => {
    const line = v('  Sam:  I led it.  ', 7, 1);
    expect(line.endingWith('I led it.').segments).toEqual([seg(0, 7, 9)]);
    expect(line.endingWith('something else').segments).toEqual([seg(0, 7, 1, false)]);
    expect(Traced.plain('x').endingWith('y').segments).toEqual([]);
  });
});

describe('JsonStrings', () => {
  const text = '{"a": ["x\\ty"], "b": "plain"}';

  it('traces a string value by its path, its escapes mapping to their backslash', () => {
    const json = new JsonStrings(text, true);
    expect(json.at(['a', 0], 'x\ty').segments).toEqual([seg(0, 1, 9), seg(1, 1, 10, false), seg(2, 1, 12)]);
  });

  it('falls back to the string start when the value differs, and to plain text without a path or when off', () => {
    const json = new JsonStrings(text, true);
    expect(json.at(['b'], 'other').segments).toEqual([seg(0, 1, 23, false)]);
    expect(json.at(['c'], 'x').segments).toEqual([]);
    expect(json.at(['a', 0], 'x\ty').segments).not.toEqual([]);
    expect(new JsonStrings(text, false).at(['a', 0], 'x\ty').segments).toEqual([]);
  });
});

describe('string entry points', () => {
  it('cuesToTranscript still works on plain cues', () => {
    expect(cuesToTranscript([{ line: 1, start: 0, end: 1, parts: [{ text: 'Sam: Hi.' }], voiced: false }], 'Sam: text')).toEqual({
      turns: [{ speaker: 'Sam', text: 'Hi.', start: 0, end: 1 }],
    });
  });
});
