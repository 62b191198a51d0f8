import { createReadStream, existsSync, truncateSync } from 'node:fs';

/**
 * Prepares an output file for `--resume`: counts its complete lines (each a record an earlier
 * run wrote, in input order) and cuts off a last line left half-written when that run was
 * killed. Streams the file, so a large output costs no memory. Returns the records to skip.
 */
export async function resumePoint(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  let lines = 0;
  let offset = 0;
  let lastNewline = -1;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      lines++;
      lastNewline = offset + i;
    }
    offset += chunk.length;
  }
  if (lastNewline + 1 < offset) truncateSync(path, lastNewline + 1);
  return lines;
}
