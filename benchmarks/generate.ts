/**
 * Seeded generator of realistic interview transcripts, written as NDJSON (one process a line).
 *
 *   npx tsx benchmarks/generate.ts --size 10MB --seed 1 --out benchmarks/out/corpus-10MB.ndjson
 *
 * Sizes take B, KB, MB or GB (powers of 1024). The file streams to disk in chunks of about 1 MB
 * and never exceeds the target size; the same seed and size always give the same bytes.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { mulberry32 } from './rng.js';
import { makeProcess, type GeneratedProcess } from './transcript.js';

/** The default output folder (git-ignored). */
export const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'out');

const UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "10MB" → 10485760. Accepts B, KB, MB, GB (any case) and plain byte counts. */
export function parseSize(size: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b)?\s*$/i.exec(size);
  if (!m) throw new Error(`generate: invalid size "${size}"; expected e.g. 1MB, 100MB, 1GB`);
  return Math.floor(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]!);
}

/** An endless, seeded stream of interview processes: gen-000001, gen-000002, … */
export function* generateProcesses(seed: number): Generator<GeneratedProcess, never> {
  const rng = mulberry32(seed);
  for (let i = 1; ; i++) yield makeProcess(rng, `gen-${String(i).padStart(6, '0')}`);
}

/** Only the candidate's turns of a process. */
export function candidateTurns(process: GeneratedProcess): string[][] {
  return process.rounds.map((round) => round.turns.filter((t) => t.speaker === process.candidate).map((t) => t.text));
}

/** Plain candidate speech, one turn a line, of at most `bytes` UTF-8 bytes (at least one turn). */
export function generateText(bytes: number, seed: number): string {
  const lines: string[] = [];
  let size = 0;
  for (const process of generateProcesses(seed)) {
    for (const text of candidateTurns(process).flat()) {
      const n = Buffer.byteLength(text) + (lines.length > 0 ? 1 : 0);
      if (size + n > bytes && lines.length > 0) return lines.join('\n');
      lines.push(text);
      size += n;
    }
  }
  return lines.join('\n'); // unreachable: the stream is endless
}

export interface CorpusResult {
  out: string;
  bytes: number;
  processes: number;
  ms: number;
}

/** Writes whole NDJSON lines until the next one would pass `bytes`. Holds at most ~1 MB. */
export async function writeCorpus(opts: { bytes: number; seed: number; out: string }): Promise<CorpusResult> {
  const t0 = performance.now();
  mkdirSync(dirname(opts.out), { recursive: true });
  const stream = createWriteStream(opts.out);
  let chunk = '';
  let bytes = 0;
  let processes = 0;
  for (const process of generateProcesses(opts.seed)) {
    const line = `${JSON.stringify(process)}\n`;
    const n = Buffer.byteLength(line);
    if (bytes + n > opts.bytes) break;
    chunk += line;
    bytes += n;
    processes++;
    if (chunk.length >= 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await finished(stream);
  return { out: opts.out, bytes, processes, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10MB' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`generate: --seed must be an integer, got "${values.seed}"`);
  const bytes = parseSize(values.size);
  const out = resolve(values.out ?? resolve(OUT_DIR, `corpus-${values.size}-seed${seed}.ndjson`));
  const r = await writeCorpus({ bytes, seed, out });
  const mb = r.bytes / 1024 ** 2;
  console.error(
    `wrote ${r.processes} processes, ${mb.toFixed(2)} MB to ${r.out} in ${(r.ms / 1000).toFixed(2)} s (${(mb / (r.ms / 1000)).toFixed(1)} MB/s)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
