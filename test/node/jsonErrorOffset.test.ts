import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from '../../src/node/jsonErrorOffset.js';

describe('jsonErrorOffset', () => {
  it('returns -1 for valid JSON', () => {
    for (const t of ['{}', '[1, 2.5e3, "a\\n", true, false, null]', ' {"a": {"b": [ ]}} ']) expect(jsonErrorOffset(t)).toBe(-1);
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{"a": oops}')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": "unterminated')).toBe(19);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
  });

  it('gives 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
