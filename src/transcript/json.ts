import { messages, quoteLine } from '../messages.js';
import { parseError } from './fail.js';
import { lineAt, stripBom } from './lines.js';
import { Traced } from './traced.js';

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

/** A path to a value inside parsed JSON: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

/**
 * The traced text of the string values of a JSON file (see `traced.ts`), by path. A string's
 * text maps to the characters between its quotes: runs without escapes verbatim, each escape
 * (`\n`, `\"`, `\u00e9`) to its backslash. Lines and columns are counted as `splitLines`
 * counts them, after a byte-order mark. When `enabled` is false nothing is scanned and every
 * string is plain text.
 */
export class JsonStrings {
  private readonly body: string;
  /** Offset of each string value's opening quote, by path key. */
  private readonly strings = new Map<string, number>();
  private starts: number[] | undefined;

  constructor(
    text: string,
    private readonly enabled: boolean,
  ) {
    this.body = enabled ? stripBom(text) : '';
    if (enabled) scanStrings(this.body, this.strings);
  }

  /** The traced text of the string `value` found at `path`; `value` as it is when the path holds no such string. */
  at(path: JsonPath, value: string): Traced {
    if (!this.enabled) return Traced.plain(value);
    const offset = this.strings.get(pathKey(path));
    if (offset === undefined) return Traced.plain(value);
    const found = this.traceString(offset);
    return found.text === value ? found : Traced.opaque(value, found.positionAt(0) ?? this.position(offset + 1));
  }

  /** The 1-based line and column of an offset into the body. */
  private position(offset: number): { line: number; column: number } {
    if (!this.starts) {
      this.starts = [0];
      for (const m of this.body.matchAll(/\r\n|\r|\n/g)) this.starts.push(m.index + m[0].length);
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** The string whose opening quote is at `quote`, decoded and traced. */
  private traceString(quote: number): Traced {
    const text = this.body;
    const parts: Traced[] = [];
    let i = quote + 1;
    let run = i;
    const flush = () => {
      if (i === run) return;
      const at = this.position(run);
      parts.push(Traced.verbatim(text.slice(run, i), at.line, at.column));
    };
    while (i < text.length && text[i] !== '"') {
      if (text[i] !== '\\') {
        i++;
        continue;
      }
      flush();
      const e = text[i + 1]!;
      const decoded = e === 'u' ? String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)) : (ESCAPES[e] ?? e);
      parts.push(Traced.opaque(decoded, this.position(i)));
      i += e === 'u' ? 6 : 2;
      run = i;
    }
    flush();
    return Traced.join(parts);
  }
}

/** A path as one string: `[3]` for an index, `."key"` for a key, so no two paths share one. */
const pathKey = (path: JsonPath): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${JSON.stringify(p)}`)).join('');

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Records where every string value in `text` (valid JSON) starts, by path key. */
function scanStrings(text: string, out: Map<string, number>): void {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  /** Moves `i` past the string whose opening quote is at `i`. */
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const value = (key: string): void => {
    space();
    const c = text[i];
    if (c === '"') {
      out.set(key, i);
      return skipString();
    }
    if (c === '{' || c === '[') {
      i++;
      for (let index = 0; ; index++) {
        space();
        if (text[i] === '}' || text[i] === ']') return void i++;
        if (text[i] === ',') {
          i++;
          space();
        }
        if (c === '[') {
          value(`${key}[${index}]`);
          continue;
        }
        const from = i;
        skipString();
        const raw = text.slice(from, i);
        // Without escapes the key as written is how `pathKey` writes it.
        const name = raw.includes('\\') ? JSON.stringify(JSON.parse(raw) as string) : raw;
        space();
        i++; // the colon
        value(`${key}.${name}`);
      }
    }
    while (i < text.length && !',]} \t\n\r'.includes(text[i]!)) i++;
  };
  value('');
}
