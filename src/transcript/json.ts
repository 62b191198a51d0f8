import { messages, quoteLine } from '../messages.js';
import { parseError } from './fail.js';
import { lineAt, stripBom } from './lines.js';

/**
 * `JSON.parse`, but a syntax error becomes a TRANSCRIPT_PARSE error that names the line and
 * what was expected there. Engines word and place JSON errors differently, so on failure a
 * small scanner finds the first bad offset itself.
 */
export function parseJson(text: string): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const { offset, expected } = jsonSyntaxError(body);
    const rest = body.slice(offset);
    const got =
      rest.trim() === ''
        ? 'the end of the file'
        : /^[\r\n]/.test(rest)
          ? 'a line break'
          : quoteLine(/^(?:[\w.+-]{1,20}|.)/.exec(rest)![0]);
    throw parseError(lineAt(body, offset), messages.json(expected, got));
  }
}

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset of the first JSON syntax error in `text` and what was expected there. */
export function jsonSyntaxError(text: string): { offset: number; expected: string } {
  let i = 0;
  const stop = (expected: string): never => {
    throw new SyntaxStop(i, expected);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') stop('a closing double quote');
      if (c === '\\') {
        const e = text[i + 1];
        const ok = e === 'u' ? /^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : e !== undefined && '"\\/bfnrt'.includes(e);
        if (!ok) {
          i++;
          stop('an escape such as \\n or \\u00e9');
        }
        i += e === 'u' ? 6 : 2;
        continue;
      }
      i++;
    }
    stop('a closing double quote');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') stop('a property name in double quotes');
        string();
        space();
        if (text[i] !== ':') stop('":"');
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else stop('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else stop('"," or "]"');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    stop('a value');
  };
  try {
    value();
    space();
    if (i < text.length) stop('nothing after the value');
  } catch (e) {
    if (e instanceof SyntaxStop) return { offset: e.offset, expected: e.expected };
  }
  return { offset: 0, expected: 'valid JSON' };
}
