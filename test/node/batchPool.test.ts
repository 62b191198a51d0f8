import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { IN_THREAD_ABOVE, resolveWorkerEntry } from '../../src/node/batchPool.js';
import { compareNames } from '../../src/node/batchRecord.js';
import { defaultJobs } from '../../src/node/batch.js';
import { runBatch } from '../../src/node/index.js';

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

const echo = { url: new URL('./fixtures/echoWorker.mjs', import.meta.url) };

describe('the worker pool', () => {
  it('keeps input order however the workers finish', async () => {
    const input = Array.from({ length: 300 }, (_, i) => `{"n":${i}}`).join('\n');
    const output = sink();
    const summary = await runBatch({ input: Readable.from([input]), output, jobs: 3, maxPending: 7, workerEntry: echo });
    expect(summary).toMatchObject({ records: 300, reports: 300, errors: 0, jobs: 3 });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; echo: string });
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(lines.map((l) => JSON.parse(l.echo) as { n: number }).map((o) => o.n)).toEqual(lines.map((l) => l.index));
  });

  it('hands a run\'s output bytes back to a worker once a file stream has written them, and the file holds every line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tone-drift-release-'));
    try {
      const file = join(dir, 'out.ndjson');
      const input = Array.from({ length: 400 }, (_, i) => `{"n":${i}}`).join('\n');
      const output = createWriteStream(file);
      const summary = await runBatch({ input: Readable.from([input]), output, jobs: 2, maxPending: 8, workerEntry: echo });
      await new Promise<void>((resolve) => output.end(resolve));
      expect(summary).toMatchObject({ records: 400, reports: 400, errors: 0 });
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; echo: string; released: number });
      expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 400 }, (_, i) => i));
      expect(lines.map((l) => JSON.parse(l.echo) as { n: number }).map((o) => o.n)).toEqual(lines.map((l) => l.index));
      expect(Math.max(...lines.map((l) => l.released))).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the output bytes alone when the Writable is not a file stream (it may still hold them)', async () => {
    const input = Array.from({ length: 200 }, (_, i) => `{"n":${i}}`).join('\n');
    const output = sink();
    await runBatch({ input: Readable.from([input]), output, jobs: 2, maxPending: 8, workerEntry: echo });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; released: number });
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(lines.every((l) => l.released === 0)).toBe(true);
  });

  it('posts each line record to its worker as UTF-8 bytes, never as a string', async () => {
    const input = ['{"a":"café"}', '{"b":"\u{1F600}"}', '{"c":1}'].join('\n');
    const output = sink();
    await runBatch({ input: Readable.from([Buffer.from(input)]), output, jobs: 2, workerEntry: echo });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { echo: string; sent: string });
    expect(lines.map((l) => l.sent)).toEqual(['bytes', 'bytes', 'bytes']);
    expect(lines.map((l) => l.echo)).toEqual(input.split('\n'));
  });

  it('turns the records of a worker that dies into INTERNAL error lines, replaces it and carries on', async () => {
    const input = Array.from({ length: 60 }, (_, i) => (i === 20 || i === 45 ? '"CRASH"' : `{"n":${i}}`)).join('\n');
    const output = sink();
    const summary = await runBatch({ input: Readable.from([input]), output, jobs: 2, maxPending: 4, workerEntry: echo });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; error?: { code: string; line: number; message: string } });
    expect(summary.records).toBe(60);
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(lines[20]!.error).toMatchObject({ code: 'INTERNAL', line: 21 });
    expect(lines[20]!.error!.message).toMatch(/exited with code 3/);
    expect(lines[45]!.error).toMatchObject({ code: 'INTERNAL', line: 46 });
    expect(summary.errors).toBe(lines.filter((l) => l.error).length);
    expect(summary.errors).toBeLessThanOrEqual(2 * 4); // only what was in flight on the dying worker
    expect(lines.slice(50).every((l) => !l.error)).toBe(true);
  });

  it('analyzes a line record too large for a worker in this thread', async () => {
    const big = JSON.stringify({ rounds: [{ answers: ['When I start, I will rework the rota. '.repeat(11_000)] }] });
    expect(big.length).toBeGreaterThan(IN_THREAD_ABOVE);
    const input = [`{"n":0}`, big, `{"n":2}`].join('\n');
    const output = sink();
    await runBatch({ input: Readable.from([input]), output, jobs: 2, maxPending: 4, workerEntry: echo });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; echo?: string; report?: { rounds: Array<{ findings: Array<{ cue: string }> }> } });
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2]);
    expect(lines[0]!.echo).toBe('{"n":0}');
    // Not echoed: this thread analyzed it.
    expect(lines[1]!.echo).toBeUndefined();
    expect(lines[1]!.report!.rounds[0]!.findings.map((f) => f.cue)).toContain('presumption.when-i-start');
  });

  it('accounts for the records of a worker that ran out of its capped heap, and runs its folder records again in this thread', async () => {
    // A line record: its text is not kept, so it becomes an INTERNAL error line; nothing is lost.
    const lineOutput = sink();
    const input = Array.from({ length: 30 }, (_, i) => (i === 10 ? '"HOG"' : `{"n":${i}}`)).join('\n');
    const summary = await runBatch({ input: Readable.from([input]), output: lineOutput, jobs: 2, maxPending: 4, workerEntry: echo });
    const lines = lineOutput.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; echo?: string; error?: { code: string; message: string } });
    expect(summary.records).toBe(30);
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(lines[10]!.error).toMatchObject({ code: 'INTERNAL' });
    expect(lines[10]!.error!.message).toMatch(/memory/i);
    expect(lines.slice(20).every((l) => l.echo !== undefined)).toBe(true);
    // Folder records are read from disk, so the one the worker could not hold is analyzed here.
    const root = mkdtempSync(join(tmpdir(), 'tone-drift-pool-'));
    try {
      for (const name of ['a', 'b-HOG', 'c']) {
        mkdirSync(join(root, name));
        writeFileSync(join(root, name, '1.txt'), 'Dana: Any questions?\nSam: When I start, I will rework the rota.\n');
      }
      const folderOutput = sink();
      await runBatch({ input: root, output: folderOutput, jobs: 2, maxPending: 4, workerEntry: echo });
      const folders = folderOutput.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; id?: string; echo?: string; error?: unknown; report?: { rounds: Array<{ findings: Array<{ cue: string }> }> } });
      // The echo fixture answers a folder with its name; the analyzed one carries its id.
      expect(folders.map((l) => l.echo ?? l.id)).toEqual(['a', 'b-HOG', 'c']);
      expect(folders[1]!.echo).toBeUndefined();
      const hogged = folders[1]!;
      expect(hogged.error).toBeUndefined();
      expect(hogged.report!.rounds[0]!.findings.map((f) => f.cue)).toContain('presumption.when-i-start');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);

  it('sends runs of several records per message, and a dying worker fails only its own runs', async () => {
    // Default maxPending with 2 jobs: runs of up to 8 records, a few queued on each worker.
    const input = Array.from({ length: 400 }, (_, i) => (i === 150 ? '"CRASH"' : `{"n":${i}}`)).join('\n');
    const output = sink();
    const summary = await runBatch({ input: Readable.from([input]), output, jobs: 2, workerEntry: echo });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; echo?: string; error?: { code: string; line: number } });
    expect(summary.records).toBe(400);
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(lines[150]!.error).toMatchObject({ code: 'INTERNAL', line: 151 });
    const failed = lines.filter((l) => l.error);
    expect(summary.errors).toBe(failed.length);
    expect(failed.length).toBeLessThanOrEqual(64); // at most what was in flight (maxPending 64)
    expect(failed.every((l) => l.error!.code === 'INTERNAL' && l.error!.line === l.index + 1)).toBe(true);
    expect(lines.filter((l) => !l.error).every((l) => (JSON.parse(l.echo!) as { n: number }).n === l.index)).toBe(true);
  });

  it('fails the batch, before writing anything, when a worker cannot start', async () => {
    const output = sink();
    const broken = { url: new URL('./fixtures/brokenWorker.mjs', import.meta.url) };
    await expect(runBatch({ input: Readable.from(['{}']), output, jobs: 2, workerEntry: broken })).rejects.toThrow(/could not start: broken on purpose/);
    expect(output.text()).toBe('');
  });
});

describe('resolveWorkerEntry', () => {
  const only = (...names: string[]) => (url: URL) => names.some((n) => url.pathname.endsWith(`/${n}`));

  it('prefers the worker with its own module\'s extension', () => {
    expect(resolveWorkerEntry('file:///pkg/dist/node.js', only('batchWorker.js', 'batchWorker.cjs'))).toEqual({ url: new URL('file:///pkg/dist/batchWorker.js') });
    expect(resolveWorkerEntry('file:///pkg/dist/node.cjs', only('batchWorker.js', 'batchWorker.cjs'))).toEqual({ url: new URL('file:///pkg/dist/batchWorker.cjs') });
    expect(resolveWorkerEntry('file:///pkg/dist/cli.js', only('batchWorker.js'))).toEqual({ url: new URL('file:///pkg/dist/batchWorker.js') });
  });

  it('falls back to the TypeScript source with a tsx bootstrap', () => {
    const entry = resolveWorkerEntry(new URL('../../src/node/batchPool.ts', import.meta.url).href);
    expect(entry.url.pathname).toMatch(/\/src\/node\/batchWorker\.ts$/);
    expect(entry.loader).toMatch(/^file:.*\/tsx\/.*\.mjs$/);
  });

  it('says what to do when there is no worker file', () => {
    expect(() => resolveWorkerEntry('file:///bundle/app.js', () => false)).toThrow(/cannot find the batch worker.*jobs: 1/);
  });
});

describe('compareNames', () => {
  it('orders runs of digits as numbers, the rest by code unit', () => {
    const names = ['round-10.txt', 'round-2.txt', 'round-1.txt', 'b', 'a', 'a2', 'a10', 'a02', 'A', '10', '9'];
    expect([...names].sort(compareNames)).toEqual(['9', '10', 'A', 'a', 'a02', 'a2', 'a10', 'b', 'round-1.txt', 'round-2.txt', 'round-10.txt']);
  });
});

describe('defaultJobs', () => {
  it('leaves a core to the thread that reads and writes, and never goes below 1', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(8)).toBe(7);
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
