import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, parseJson } from '../../src/transcript/json.js';
import { errorOf } from './helpers.js';

describe('parseJson', () => {
  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"a": [1, "x", null, true]}')).toEqual({ a: [1, 'x', null, true] });
    expect(parseJson('\ufeff[1]')).toEqual([1]);
  });

  const cases: Array<[string, number, string]> = [
    ['{\n  "a": 1,\n  "b": }', 3, 'expected a value in JSON, got "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 'expected "," or "}" in JSON, got "\\""'],
    ['{\n  a: 1\n}', 2, 'expected a property name in double quotes in JSON, got "a"'],
    ['{"a" 1}', 1, 'expected ":" in JSON, got "1"'],
    ['[1, 2,\n', 2, 'expected a value in JSON, got the end of the file'],
    ['{"a": "line\nbreak"}', 1, 'expected a closing double quote in JSON, got a line break'],
    ['{"a": "\\q"}', 1, 'expected an escape such as \\n or \\u00e9 in JSON, got "q"'],
    ['{"a": 1}\r\n\r\n}', 3, 'expected nothing after the value in JSON, got "}"'],
    ['[tru]', 1, 'expected a value in JSON, got "tru"'],
    ['', 1, 'expected a value in JSON, got the end of the file'],
    ['{"a": "caf\\u00e9\\n",\n "b": "open', 2, 'expected a closing double quote in JSON, got the end of the file'],
  ];
  for (const [text, line, message] of cases) {
    it(`TRANSCRIPT_PARSE at line ${line}: ${message}`, () => {
      const e = errorOf(() => parseJson(text));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: `line ${line}` });
      expect(e.issues[0]!.line).toBe(line);
      expect(e.issues[0]!.message).toBe(message);
    });
  }

  it('finds the same first bad offset whatever the engine says', () => {
    expect(jsonSyntaxError('{"a": [1, 2}')).toEqual({ offset: 11, expected: '"," or "]"' });
    expect(jsonSyntaxError('{"a": [-1.5e3, {}, [], ""]}')).toEqual({ offset: 0, expected: 'valid JSON' });
  });
});
