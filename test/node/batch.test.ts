import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, ToneDriftError } from '../../src/index.js';
import { runBatch, type BatchProgress, type BatchSummary } from '../../src/node/index.js';
import { BROKEN, corpusText, expectedLines, smallProcess } from './batchCorpus.js';

/** A Writable that keeps what it is given. */
function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  return Object.assign(w, { text: () => Buffer.concat(chunks).toString('utf8') });
}

async function run(input: Parameters<typeof runBatch>[0]['input'], jobs: number, extra: Partial<Parameters<typeof runBatch>[0]> = {}): Promise<{ out: string; summary: BatchSummary }> {
  const output = sink();
  const summary = await runBatch({ input, output, jobs, ...extra });
  return { out: output.text(), summary };
}

let dir: string;
let file: string;
let text: string;
let expected: string[];
let inProcess: { out: string; summary: BatchSummary };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tone-drift-batch-'));
  file = join(dir, 'corpus.ndjson');
  text = corpusText();
  writeFileSync(file, text);
  expected = expectedLines(text);
  inProcess = await run(file, 1);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runBatch over NDJSON', () => {
  it('writes one line per record, in order, each identical to analyze() or its error', () => {
    const lines = inProcess.out.split('\n');
    expect(lines.pop()).toBe(''); // every line ends with a newline
    expect(lines).toHaveLength(expected.length);
    expect(expected.length).toBe(207); // 210 lines, 3 blank
    lines.forEach((line, i) => {
      const want = expected[i]!;
      const parsed = JSON.parse(line) as { index: number; error?: { code: string; line: number; message: string } };
      expect(parsed.index).toBe(i);
      const json = /^INVALID_JSON@(\d+)$/.exec(want);
      if (json) {
        expect(parsed.error).toMatchObject({ code: 'INVALID_JSON', line: Number(json[1]) });
        expect(parsed.error!.message).toMatch(new RegExp(`^line ${json[1]}: invalid JSON at column \\d+: expected `));
        expect(Object.keys(parsed)).toEqual(['index', 'error']);
      } else expect(line).toBe(want);
    });
  });

  it('counts reports and errors', () => {
    expect(inProcess.summary).toMatchObject({ records: 207, reports: 207 - BROKEN.size, errors: BROKEN.size, jobs: 1 });
    expect(inProcess.summary.ms).toBeGreaterThanOrEqual(0);
  });

  it('gives each broken record its error code, its input line and its id', () => {
    const byLine = new Map<number, { id?: unknown; error: { code: string; line: number } }>();
    for (const line of inProcess.out.trimEnd().split('\n')) {
      const o = JSON.parse(line) as { id?: unknown; error?: { code: string; line: number } };
      if (o.error) byLine.set(o.error.line, o as never);
    }
    expect([...byLine.keys()]).toEqual([...BROKEN.keys()]);
    for (const [line, { code }] of BROKEN) expect(byLine.get(line)!.error.code, `line ${line}`).toBe(code);
    expect(byLine.get(26)!.id).toBe('no-rounds');
    expect(byLine.get(11)!.id).toBeUndefined(); // unparsable: no id to give
    expect(byLine.get(41)).toMatchObject({ error: { path: 'rounds[0].turns[0].text' } });
  });

  it('takes ids from the records: strings and numbers, none when absent', () => {
    const ids = inProcess.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id?: unknown }).id);
    expect(ids[0]).toBeUndefined(); // smallProcess(0) has no id
    expect(ids[1]).toBe('p-1');
    expect(ids).toContain(7);
  });

  it('gives byte-identical output with 2 worker threads', async () => {
    const workers = await run(file, 2);
    expect(workers.summary).toMatchObject({ records: 207, reports: 207 - BROKEN.size, errors: BROKEN.size, jobs: 2 });
    expect(workers.out).toBe(inProcess.out);
  });

  it('reads a stdin-like Readable in odd chunks, split inside UTF-8 characters', async () => {
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf(Buffer.from('é'));
    expect(at).toBeGreaterThan(0);
    const cuts = [1, 7, at + 1, at + 2, 5000, 5001, 60_000, bytes.length];
    const chunks = cuts.map((end, i) => bytes.subarray(i === 0 ? 0 : cuts[i - 1], end)).filter((c) => c.length > 0);
    const stdin = Readable.from(chunks, { objectMode: false });
    const fromStream = await run(stdin, 1);
    expect(fromStream.out).toBe(inProcess.out);
  });

  it('drops a byte-order mark and reads a last line with no newline', async () => {
    const input = `\uFEFF${JSON.stringify(smallProcess(1))}\n\n${JSON.stringify(smallProcess(2))}`;
    const { out, summary } = await run(Readable.from([Buffer.from(input)]), 1);
    expect(summary).toMatchObject({ records: 2, reports: 2, errors: 0 });
    expect(out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['p-1', 'p-2']);
  });

  it('writes nothing for an empty input', async () => {
    const { out, summary } = await run(Readable.from([]), 1);
    expect(out).toBe('');
    expect(summary).toMatchObject({ records: 0, reports: 0, errors: 0 });
  });

  it('passes analyzeOptions to every record', async () => {
    const options = { drift: { seed: 7, level: 0.8 }, candidateLabels: ['Kandidat'] };
    const input = [smallProcess(1), smallProcess(2)].map((p) => JSON.stringify(p)).join('\n');
    const { out } = await run(Readable.from([input]), 1, { analyzeOptions: options });
    const reports = out.trimEnd().split('\n').map((l) => JSON.stringify((JSON.parse(l) as { report: unknown }).report));
    expect(reports).toEqual([smallProcess(1), smallProcess(2)].map((p) => JSON.stringify(analyze(p as never, options))));
    expect(expectedLines(input, options)).toEqual(out.trimEnd().split('\n'));
  });

  it('reports progress after every record, ending at the record count', async () => {
    const calls: BatchProgress[] = [];
    const { summary } = await run(file, 1, { onProgress: (p) => calls.push(p) });
    expect(calls).toHaveLength(summary.records);
    expect(calls.map((c) => c.done)).toEqual(Array.from({ length: summary.records }, (_, i) => i + 1));
    const last = calls.at(-1)!;
    expect(last).toMatchObject({ done: 207, errors: BROKEN.size, fraction: 1, etaSeconds: 0 });
    expect(last.rate).toBeGreaterThan(0);
    expect(calls.every((c) => c.total === undefined && c.fraction! > 0 && c.fraction! <= 1 && c.etaSeconds! >= 0)).toBe(true);
  });

  it('has no fraction or ETA when the input size is unknown', async () => {
    const calls: BatchProgress[] = [];
    await run(Readable.from([JSON.stringify(smallProcess(1))]), 1, { onProgress: (p) => calls.push(p) });
    expect(calls).toHaveLength(1);
    expect(Object.keys(calls[0]!).sort()).toEqual(['done', 'errors', 'rate']);
  });
});

describe('runBatch backpressure', () => {
  it('reads no further ahead than maxPending while the output is slow', async () => {
    const N = 120;
    const line = `${JSON.stringify({ rounds: [{ answers: ['I led the migration in 2020.'] }] })}\n`;
    let pulled = 0;
    let written = 0;
    let most = 0;
    const input = Readable.from(
      (function* () {
        for (let i = 0; i < N; i++) {
          pulled++;
          most = Math.max(most, pulled - written);
          yield Buffer.from(line);
        }
      })(),
      { objectMode: false, highWaterMark: 1 },
    );
    const output = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        written++;
        setTimeout(done, 1);
      },
    });
    const summary = await runBatch({ input, output, jobs: 1, maxPending: 4 });
    expect(summary.records).toBe(N);
    expect(written).toBe(N);
    // maxPending records, the one the reader holds, and what the Readable buffers (highWaterMark 1).
    expect(most).toBeLessThanOrEqual(4 + 3);
  });
});

describe('runBatch refuses a bad setup, or a failing output', () => {
  it('checks analyzeOptions once, up front', async () => {
    const output = sink();
    await expect(runBatch({ input: Readable.from(['{}']), output, jobs: 1, analyzeOptions: { bogus: 1 } as never })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    expect(output.text()).toBe('');
  });

  it('checks jobs and maxPending', async () => {
    await expect(runBatch({ input: Readable.from([]), output: sink(), jobs: 0 })).rejects.toBeInstanceOf(ToneDriftError);
    await expect(runBatch({ input: Readable.from([]), output: sink(), jobs: 1.5 })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(runBatch({ input: Readable.from([]), output: sink(), jobs: 1, maxPending: 0 })).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('rejects when the output fails', async () => {
    const output = new Writable({
      write(_chunk, _enc, done) {
        done(new Error('disk full'));
      },
    });
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify(smallProcess(i))).join('\n');
    await expect(runBatch({ input: Readable.from([input]), output, jobs: 1 })).rejects.toThrow('disk full');
  });

  it('rejects a missing input path', async () => {
    await expect(runBatch({ input: join(dir, 'nope.ndjson'), output: sink(), jobs: 1 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
