/** Line handling shared by the text formats. Line numbers are 1-based, as an editor shows them. */

/** Drops a leading byte-order mark, which editors on Windows often write. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The lines of a file; `\r\n`, `\r` and `\n` each end a line, so `lines[i]` is line `i + 1`. */
export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\r|\n/);
}

export const isBlank = (line: string): boolean => line.trim() === '';

/** A run of non-blank lines; `line` is the number of its first line. */
export interface Block {
  line: number;
  lines: string[];
}

/** Groups lines into blocks separated by blank lines, starting at index `from`. */
export function toBlocks(lines: readonly string[], from = 0): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) current = undefined;
    else if (current) current.lines.push(line);
    else blocks.push((current = { line: i + 1, lines: [line] }));
  }
  return blocks;
}

/** One turn's text from its lines: each line trimmed, blank lines dropped, joined by a space. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

/** The 1-based line of a UTF-16 offset into `text`. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}
