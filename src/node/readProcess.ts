import { readFileSync } from 'node:fs';
import { ToneDriftError } from '../errors.js';
import { jsonErrorOffset, lineColumn } from './jsonErrorOffset.js';

/** Parses JSON text; a syntax error becomes INVALID_JSON naming the source, line and column. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    const { line, column } = lineColumn(text, offset < 0 ? 0 : offset);
    const near = JSON.stringify(text.slice(offset, offset + 12));
    const what = offset >= text.length ? 'unexpected end of input' : `unexpected ${near}`;
    throw new ToneDriftError([{ code: 'INVALID_JSON', path: source, message: `invalid JSON at line ${line}, column ${column}: ${what}` }]);
  }
}

/** Reads and parses a JSON process file. */
export function readJsonFile(path: string, read: (p: string) => string = (p) => readFileSync(p, 'utf8')): unknown {
  return parseJsonText(read(path), path);
}
