import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { resolveWorkerEntry } from '../../src/node/batchPool.js';
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

  it('runs again in this thread the records of a worker that ran out of its capped heap, so none is lost', async () => {
    const hog = JSON.stringify({ rounds: [{ answers: ['HOG. When I start, I will rework the rota.'] }] });
    const input = Array.from({ length: 30 }, (_, i) => (i === 10 ? hog : `{"n":${i}}`)).join('\n');
    const output = sink();
    const summary = await runBatch({ input: Readable.from([input]), output, jobs: 2, maxPending: 4, workerEntry: echo });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; echo?: string; error?: { code: string }; report?: { rounds: Array<{ findings: Array<{ cue: string }> }> } });
    expect(summary.records).toBe(30);
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // The record the worker could not hold got its full report from this thread, as with jobs: 1.
    expect(lines[10]!.error).toBeUndefined();
    expect(lines[10]!.report!.rounds[0]!.findings.map((f) => f.cue)).toContain('presumption.when-i-start');
    // Nothing became an INTERNAL error; the records in flight beside it were run here too (the
    // echo fixture's {"n"} records are not processes, so this thread reports them as bad input).
    expect(lines.some((l) => l.error?.code === 'INTERNAL')).toBe(false);
    expect(lines.filter((l) => l.echo === undefined && l.index !== 10).length).toBeLessThanOrEqual(4);
    expect(lines.slice(20).every((l) => l.echo !== undefined)).toBe(true);
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
