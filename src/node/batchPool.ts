/**
 * Where batch records are analyzed: in this thread (`jobs: 1`) or in a pool of worker threads.
 * Both run `runJob`, so they give the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../schema/input.js';
import { failedJob, jobStub, runJob, runJobs, type BatchJob, type ChunkResult } from './batchRecord.js';
import type { BatchWorkerData, BatchWorkerRelease, BatchWorkerReply, BatchWorkerRequest } from './batchWorker.js';

export interface Executor {
  /** How many records it works on at once. */
  readonly size: number;
  /** Runs consecutive records, `index` being the first. Never rejects: a failure becomes error lines. */
  run(index: number, jobs: BatchJob[]): Promise<ChunkResult>;
  /**
   * Takes back a run's output bytes once they are written and nothing here holds them: the
   * buffer is transferred back to a worker, where it is collected with the worker's frequent
   * garbage. Left alone, such buffers are off this thread's heap, and this thread, which only
   * reads, posts and writes, allocates too little to collect them soon: on 100 MB with 2 jobs they
   * piled up to tens of MB between its collections (docs/performance-history.md).
   */
  release?(bytes: Uint8Array): void;
  close(): Promise<void>;
}

/** Runs every record in this thread, one at a time. */
export function inProcessExecutor(options: AnalyzeOptions | undefined): Executor {
  return {
    size: 1,
    run: (index, jobs) => Promise.resolve(runJobs(index, jobs, options)),
    close: async () => {},
  };
}

/** The worker file to start; `loader`, for a `.ts` worker, is the URL of an ES module whose `register()` installs a TypeScript loader. */
export interface WorkerEntry {
  url: URL;
  loader?: string;
}

/** This module's own URL: `import.meta.url` in ESM (source, dist/node.js, dist/cli.js); `__filename` in the CJS bundle, where `import.meta` is empty. */
function moduleUrl(): string {
  const url = (import.meta as { url?: string }).url;
  return typeof url === 'string' ? url : pathToFileURL(__filename).href;
}

const EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts'] as const;

/**
 * Finds `batchWorker` next to this module, preferring this module's own extension: `.js` in
 * dist/ (ESM), `.cjs` beside dist/node.cjs, `.ts` when running from source. A `.ts` worker
 * needs a TypeScript loader, and on Node 20 a worker does not get the parent's `--import tsx`
 * hooks, so it starts from a small eval'd bootstrap that registers tsx's ESM hooks
 * (`tsx/esm/api`, a devDependency; only source checkouts take this path) and then imports it.
 */
export function resolveWorkerEntry(base: string = moduleUrl(), exists: (url: URL) => boolean = existsSync): WorkerEntry {
  const own = /(\.[cm]?[jt]s)$/.exec(new URL(base).pathname)?.[1];
  const order = [...new Set([own, ...EXTENSIONS])].filter((e): e is string => e !== undefined);
  for (const ext of order) {
    const url = new URL(`./batchWorker${ext}`, base);
    if (!exists(url)) continue;
    if (!ext.endsWith('ts')) return { url };
    try {
      return { url, loader: tsxEsmApi(base) };
    } catch {
      throw new Error('tone-drift: running the batch workers from TypeScript source needs tsx (npm i -D tsx); or use jobs: 1');
    }
  }
  throw new Error(`tone-drift: cannot find the batch worker (batchWorker${EXTENSIONS.join(', ')}) next to ${base}; use jobs: 1 to analyze in-process`);
}

/** The URL of tsx's `esm/api` ES module, read from tsx's own exports map (its CommonJS build cannot load the ESM hooks). */
function tsxEsmApi(base: string): string {
  const manifestPath = createRequire(base).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
  const file = manifest.exports?.['./esm/api']?.import?.default;
  if (file === undefined) throw new Error('tsx has no esm/api export');
  return new URL(file, pathToFileURL(manifestPath)).href;
}

/**
 * Each worker's young generation, in MB. A record's garbage is short-lived, and V8's default
 * (up to 48 MB per isolate, on 64-bit) mostly buys resident memory: with two workers the batch
 * peaked near 230 MB of RSS with the default and near 185 MB with 8, at no CPU cost we could
 * measure on a 2-core machine (benchmarks/scale.ts). With the old generation at 40 (below), 4
 * took the 100 MB batch's peak from 199-200 to 190-194 MB for 2-3% more worker CPU (one worker
 * over the 10 MB corpus, three runs each: 4.64-4.68 s against 4.47-4.56 s).
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Each worker's old generation, in MB. Left to itself, V8 lets an isolate's old generation grow
 * well past what it keeps alive, and with two workers the batch peaked at 250 to 340 MB of RSS
 * on 100 MB and 1 GB; capped at 48 it peaked at 218 and 224 MB at the same or better wall time.
 * Since normalize() hands the cue RegExps one-byte strings, their machine code is compiled once,
 * not twice (8.6 MB, not 19.2, per isolate), and 40 leaves the same headroom: the 100 MB batch
 * peaked at 199-200 MB with 40 against 210-212 with 48, at the same worker CPU (36 made the
 * workers collect garbage far more often: 42 CPU s against 33). A record of 1.27 MB of JSON
 * fits in a worker at 40 (2.0 MB does not). A worker that runs out of it counts as a crash
 * (MAX_CRASHES).
 */
export const WORKER_OLD_GENERATION_MB = 40;

/**
 * A line record longer than this (in bytes of UTF-8, as the reader hands it on) is analyzed in this thread, not
 * sent to a worker, whose capped heap it could outgrow: under half of the largest record measured
 * to fit (1.27 MB). Interview processes are far smaller (a four-round onsite is about 200 KB).
 */
export const IN_THREAD_ABOVE = 400_000;

function newWorker(entry: WorkerEntry, workerData: BatchWorkerData): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB };
  if (entry.loader === undefined) return new Worker(entry.url, { workerData, resourceLimits });
  const bootstrap = `import(${JSON.stringify(entry.loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

/** Whether a worker died of its heap cap (WORKER_OLD_GENERATION_MB), not of a fault. */
function outOfMemory(error: Error | undefined): boolean {
  return (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * The lines for a run whose worker died. A folder record is read from disk, so when the worker
 * ran out of memory (its folder was larger than the cap allows) it is analyzed again here,
 * uncapped, and gets the line `jobs: 1` would give; a line record's text was not kept (only
 * `jobStub`), and a large one never reaches a worker (IN_THREAD_ABOVE), so it becomes an
 * INTERNAL error line, as after any other fault.
 */
function linesOfDeadRun(index: number, jobs: readonly BatchJob[], reason: Error, options: AnalyzeOptions | undefined): ChunkResult {
  const rerun = outOfMemory(reason);
  const results = jobs.map((job, i) => (rerun && job.kind === 'folder' ? runJob(index + i, job, options) : failedJob(index + i, job, reason)));
  return { ok: results.map((r) => r.ok), data: results.map((r) => r.text).join('') };
}

/**
 * The run as it is posted: the lines' bytes (views into the chunks they were read in) copied
 * into one buffer of the run's own, which is transferred to the worker, not cloned. The reading
 * thread so never holds a record as a string, and its young generation stays small.
 */
function pack(jobs: readonly BatchJob[]): { jobs: BatchJob[]; transfer: ArrayBuffer[] } {
  let length = 0;
  for (const job of jobs) if (job.kind === 'line' && typeof job.text !== 'string') length += job.text.length;
  if (length === 0) return { jobs: [...jobs], transfer: [] };
  const buffer = new ArrayBuffer(length);
  let at = 0;
  const packed = jobs.map((job): BatchJob => {
    if (job.kind !== 'line' || typeof job.text === 'string') return job;
    const view = new Uint8Array(buffer, at, job.text.length);
    view.set(job.text);
    at += job.text.length;
    return { kind: 'line', line: job.line, text: view };
  });
  return { jobs: packed, transfer: [buffer] };
}

interface Slot {
  worker: Worker;
  /** Runs in flight on this worker, by their first index; the jobs without their text (`jobStub`). */
  pending: Map<number, { jobs: BatchJob[]; resolve: (result: ChunkResult) => void }>;
  /** Records in flight on this worker. */
  load: number;
  error?: Error;
}

/** After this many workers have died, the rest of the batch runs in this thread. */
const MAX_CRASHES = 8;

/**
 * Starts `size` workers and waits until each has loaded; rejects when one cannot start (a setup
 * problem, reported before any record is read). A worker that dies later turns its in-flight
 * records into INTERNAL error lines and is replaced.
 */
export async function startWorkerPool(size: number, options: AnalyzeOptions | undefined, entry: WorkerEntry = resolveWorkerEntry()): Promise<Executor> {
  const workerData: BatchWorkerData = options === undefined ? { toneDriftBatch: true } : { toneDriftBatch: true, analyzeOptions: options };
  const slots: Slot[] = [];
  let closing = false;
  let started = false;
  let crashes = 0;

  const spawn = (): Slot => {
    const worker = newWorker(entry, workerData);
    const slot: Slot = { worker, pending: new Map(), load: 0 };
    worker.on('message', (reply: BatchWorkerReply | { ready: true }) => {
      if (!('index' in reply)) return;
      const waiting = slot.pending.get(reply.index);
      if (waiting === undefined) return;
      slot.pending.delete(reply.index);
      slot.load -= waiting.jobs.length;
      waiting.resolve({ ok: reply.ok, data: reply.bytes });
    });
    worker.on('error', (e) => {
      slot.error = e;
    });
    worker.on('exit', (code) => {
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      if (closing || !started) return;
      crashes++;
      const reason = slot.error ?? new Error(`a batch worker exited with code ${code}`);
      for (const [index, { jobs, resolve }] of slot.pending) resolve(linesOfDeadRun(index, jobs, reason, options));
      slot.pending.clear();
      slot.load = 0;
      if (crashes < MAX_CRASHES) slots.push(spawn());
    });
    return slot;
  };

  const ready = (slot: Slot) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (m: unknown) => {
        if ((m as { ready?: boolean }).ready !== true) return;
        slot.worker.off('message', onMessage).off('exit', onExit);
        resolve();
      };
      const onExit = () => reject(new Error(`tone-drift: a batch worker (${entry.url.href}) could not start: ${slot.error?.message ?? 'it exited'}`));
      slot.worker.on('message', onMessage).on('exit', onExit);
    });

  for (let i = 0; i < size; i++) slots.push(spawn());
  try {
    await Promise.all(slots.map(ready));
  } catch (e) {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw e;
  }
  started = true;

  return {
    size,
    run(index, jobs) {
      let best: Slot | undefined;
      for (const slot of slots) if (best === undefined || slot.load < best.load) best = slot;
      // Every worker died, or a record too large for a worker's heap: run it here.
      if (best === undefined || jobs.some((job) => job.kind === 'line' && job.text.length > IN_THREAD_ABOVE)) return Promise.resolve(runJobs(index, jobs, options));
      const slot = best;
      return new Promise<ChunkResult>((resolve) => {
        const packed = pack(jobs);
        slot.worker.postMessage({ index, jobs: packed.jobs } satisfies BatchWorkerRequest, packed.transfer);
        slot.pending.set(index, { jobs: jobs.map(jobStub), resolve });
        slot.load += jobs.length;
      });
    },
    release(bytes) {
      const slot = slots[0];
      // Only a buffer of the worker's own making, whole (transferring detaches it here).
      if (closing || slot === undefined || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) return;
      try {
        slot.worker.postMessage({ release: bytes.buffer } satisfies BatchWorkerRelease, [bytes.buffer]);
      } catch {
        // A worker on its way out: the bytes stay here, for this thread's collector.
      }
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
