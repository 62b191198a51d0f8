import { segmentAt, type SourcePosition, type SourceSegment } from './source.js';

/**
 * A string that knows where its pieces were in the file (see `source.ts` for what a segment
 * means). The parsers build turn text with these operations, so the text and its source map
 * come from the same code: `trim`, `slice`, `replace`, `split` and `join` behave as their
 * string counterparts do on `.text`, and carry the segments along.
 *
 * Text with no segments (`Traced.plain`) has no known position; the string-only entry points
 * (`mergeTurns`, `joinFragments`, …) use it to share one implementation with the traced ones.
 */
export class Traced {
  private constructor(
    readonly text: string,
    readonly segments: readonly SourceSegment[],
  ) {}

  static readonly empty = new Traced('', []);

  /** Text whose position is not known. */
  static plain(text: string): Traced {
    return new Traced(text, []);
  }

  /** A copy of the file's text starting at `line`, `column`; it must not cross a line break. */
  static verbatim(text: string, line: number, column: number): Traced {
    return new Traced(text, text === '' ? [] : [{ at: 0, line, column, verbatim: true }]);
  }

  /** Text that stands for the file's text at `position` without copying it (a decoded escape). */
  static opaque(text: string, position: SourcePosition | undefined): Traced {
    return new Traced(text, text === '' || !position ? [] : [{ at: 0, line: position.line, column: position.column, verbatim: false }]);
  }

  /** The pieces one after another, with `separator` between them; a separator belongs to the piece before it. */
  static join(parts: readonly Traced[], separator = ''): Traced {
    if (parts.length === 1) return parts[0]!;
    let text = '';
    const segments: SourceSegment[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i > 0) text += separator;
      const shift = text.length;
      for (const s of part.segments) push(segments, shift === 0 ? s : { at: s.at + shift, line: s.line, column: s.column, verbatim: s.verbatim });
      text += part.text;
    }
    return new Traced(text, segments);
  }

  get length(): number {
    return this.text.length;
  }

  /** Where `offset` was in the file, as `locate` computes it. */
  positionAt(offset: number): SourcePosition | undefined {
    const s = segmentAt(this.segments, offset);
    return s && { line: s.line, column: s.verbatim ? s.column + (offset - s.at) : s.column };
  }

  /** Like `String.prototype.slice` with 0 ≤ start ≤ end ≤ length (other values are clamped). */
  slice(start: number, end = this.text.length): Traced {
    const length = this.text.length;
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (from === 0 && to === length) return this;
    const segments: SourceSegment[] = [];
    const all = this.segments;
    for (let i = 0; i < all.length; i++) {
      const s = all[i]!;
      const a = Math.max(s.at, from);
      const b = Math.min(all[i + 1]?.at ?? length, to);
      if (a >= b) continue;
      segments.push(a === s.at && from === 0 ? s : { at: a - from, line: s.line, column: s.verbatim ? s.column + (a - s.at) : s.column, verbatim: s.verbatim });
    }
    return new Traced(this.text.slice(from, to), segments);
  }

  trim(): Traced {
    return this.trimEnd().trimStart();
  }

  trimStart(): Traced {
    return this.slice(this.text.length - this.text.trimStart().length);
  }

  trimEnd(): Traced {
    return this.slice(0, this.text.trimEnd().length);
  }

  /**
   * Like `text.replace(pattern, …)` with a global `pattern`: each match becomes what `replace`
   * returns for it. Text kept as it was keeps its positions; a different, non-empty replacement
   * is one segment at the match's position that is not verbatim; a removed match leaves nothing.
   */
  replace(pattern: RegExp, replace: (match: RegExpExecArray) => string): Traced {
    const traced = this.segments.length > 0;
    const parts: Traced[] = [];
    let text = '';
    let last = 0;
    let changed = false;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const by = replace(m);
      if (by === m[0]) continue;
      changed = true;
      if (traced) parts.push(this.slice(last, m.index), Traced.opaque(by, this.positionAt(m.index)));
      else text += this.text.slice(last, m.index) + by;
      last = m.index + m[0].length;
    }
    if (!changed) return this;
    if (!traced) return Traced.plain(text + this.text.slice(last));
    parts.push(this.slice(last));
    return Traced.join(parts);
  }

  /** Like `text.split(separator)` for a non-empty string separator. */
  split(separator: string): Traced[] {
    const parts: Traced[] = [];
    let from = 0;
    for (let at = this.text.indexOf(separator); at >= 0; at = this.text.indexOf(separator, from)) {
      parts.push(this.slice(from, at));
      from = at + separator.length;
    }
    parts.push(this.slice(from));
    return parts;
  }

  /**
   * The part of this text that `text` is, when the parser computed `text` as a suffix of this
   * text less its trailing white space (a line less its "Name: " prefix or time stamp). When it
   * is not one, the whole of `text` maps to where this text starts.
   */
  endingWith(text: string): Traced {
    const base = this.trimEnd();
    if (base.text.endsWith(text)) return base.slice(base.length - text.length);
    return Traced.opaque(text, this.positionAt(0));
  }

  /** This text's segments, in a form `SourceMap` holds (fresh objects: segments are shared between traced texts). */
  toSource(): SourceSegment[] {
    return this.segments.map((s) => ({ at: s.at, line: s.line, column: s.column, verbatim: s.verbatim }));
  }
}

/**
 * Appends a segment, dropping one that starts where the last one starts (the last one was
 * empty) and merging one that continues the last verbatim one on the same line.
 */
function push(segments: SourceSegment[], s: SourceSegment): void {
  const last = segments[segments.length - 1];
  if (last && last.at === s.at) segments.pop();
  const prev = segments[segments.length - 1];
  if (prev && prev.verbatim && s.verbatim && prev.line === s.line && prev.column + (s.at - prev.at) === s.column) return;
  segments.push(s);
}

/**
 * A traced text per line of a file, `lines[i]` being line `firstLine + i`, from column 1.
 * With `trace` false the lines are plain text, which keeps parsing without a source map cheap.
 */
export function tracedLines(lines: readonly string[], firstLine: number, trace: boolean): Traced[] {
  return lines.map(trace ? (line, i) => Traced.verbatim(line, firstLine + i, 1) : Traced.plain);
}

/** `joinLines` for traced lines: each line trimmed, blank lines dropped, joined by a space. */
export function joinTracedLines(lines: readonly Traced[]): Traced {
  return Traced.join(
    lines.map((l) => l.trim()).filter((l) => l.text !== ''),
    ' ',
  );
}
