import { readFileSync } from 'node:fs';
import { ToneDriftError } from '../errors.js';
import { jsonSyntaxError } from '../transcript/json.js';

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text; a syntax error becomes INVALID_JSON naming the source, line, column and what was expected. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { offset, expected } = jsonSyntaxError(text);
    const { line, column } = lineColumn(text, offset);
    const got = offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(offset, offset + 12));
    throw new ToneDriftError([{ code: 'INVALID_JSON', path: source, line, message: `invalid JSON at line ${line}, column ${column}: expected ${expected}, got ${got}` }]);
  }
}

/** Reads and parses a JSON process file. */
export function readJsonFile(path: string, read: (p: string) => string = (p) => readFileSync(p, 'utf8')): unknown {
  return parseJsonText(read(path), path);
}
