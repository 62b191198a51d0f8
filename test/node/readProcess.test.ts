import { describe, expect, it } from 'vitest';
import { ToneDriftError } from '../../src/index.js';
import { lineColumn, parseJsonText } from '../../src/node/readProcess.js';

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}', 'x.json')).toEqual({ a: [1, 2] });
  });

  it('names line, column and what was expected for a syntax error', () => {
    try {
      parseJsonText('{\n  "rounds": [\n    oops\n  ]\n}', 'p.json');
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ToneDriftError);
      expect((e as ToneDriftError).code).toBe('INVALID_JSON');
      expect((e as ToneDriftError).message).toMatch(/^tone-drift: p\.json: invalid JSON at line 3, column 5: expected .+, got "oops/);
    }
  });

  it('gives 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
