/**
 * `runBatch`: analyze a whole corpus of interview processes, one JSON line out per record in,
 * in input order, on worker threads, in flat memory. The engine behind `tone-drift batch`.
 *
 * Input:
 * - NDJSON (a file path, `-` for stdin, or any Readable): one process per line, the library's
 *   input format plus an optional `id`. A blank (empty or whitespace-only) line is not a record:
 *   it is skipped and gets no output line, though line numbers still count it.
 * - A directory: one sub-folder per process, named by its id. A folder's `process.json`, when
 *   present, is the whole process; otherwise every non-hidden file is one round, read with
 *   `parseTranscript` in natural file-name order. Hidden entries and plain files at the top
 *   level are not records. Sub-folders are taken in natural name order, so indexes are the same
 *   on every file system; only their names are listed up front, and each folder's files are
 *   read when its turn comes.
 *
 * Output, one line per record, in input order (`index` is the 0-based record number):
 *   {"index":0,"id":"gen-000001","report":{…analyze()'s report…}}
 *   {"index":1,"error":{"code":"INVALID_JSON","message":"line 2: invalid JSON at column 3: …","line":2}}
 * Nothing a record holds stops the batch: records in always equals lines out.
 */
import { createReadStream, statSync, WriteStream } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ToneDriftError } from '../errors.js';
import { parseOptions } from '../input/validate.js';
import type { AnalyzeOptions } from '../schema/input.js';
import { failedJobs, jobStub, processFolders, type BatchJob, type ChunkResult } from './batchRecord.js';
import { inProcessExecutor, startWorkerPool, type Executor, type WorkerEntry } from './batchPool.js';
import { isBlankBytes, readByteLineGroups, type ByteCounter } from './ndjson.js';
import type { BatchProgress } from './progress.js';

export type { BatchProgress } from './progress.js';
export type { BatchError } from './batchRecord.js';

export interface BatchOptions {
  /** An NDJSON file, a directory of process folders, `-` for stdin, or a Readable of NDJSON. */
  input: string | Readable | AsyncIterable<Uint8Array | string>;
  /** Where the output lines go (stdout, a file). It is not ended. */
  output: Writable;
  /**
   * Threads that analyze. Default: one fewer than `os.availableParallelism()`, at least 1; 1
   * analyzes in this thread, N > 1 in N worker threads while this one reads and writes.
   */
  jobs?: number;
  /** Passed to `analyze()` for every record; checked once, up front. */
  analyzeOptions?: AnalyzeOptions;
  /** Called after every record written. `progressBar(process.stderr).update` fits. */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * Most records read but not yet written (in flight on a worker, or waiting for an earlier
   * record). Reading pauses at this bound and while the output is full. Default 32 per job, at
   * least 64. Workers get records in runs of up to a quarter of each worker's share of this (at
   * most 32), so each has several runs queued, and a worker that finishes ahead of an earlier,
   * slower run is not left idle while the reorder buffer waits for that run.
   */
  maxPending?: number;
  /**
   * Records already written by an earlier, interrupted run (see `--resume`): they are read but
   * neither analyzed nor written again. Default 0.
   */
  skip?: number;
  /** @internal The worker file to start (tests). */
  workerEntry?: WorkerEntry;
}

export interface BatchSummary {
  /** Records read; also the number of lines written. */
  records: number;
  reports: number;
  errors: number;
  /** Wall time of the whole batch, in milliseconds. */
  ms: number;
  /** Worker threads used (1: in-process). */
  jobs: number;
  /** Records skipped because an earlier run had written them (`skip`). */
  skipped: number;
}

interface Source {
  /** The records, in groups that are ready together (the lines of one chunk of input). */
  jobs: AsyncIterable<BatchJob[]> | Iterable<BatchJob[]>;
  total?: number;
  /** How much of the input is consumed, 0 to 1, when its size is known. */
  fraction?: (done: number) => number;
}

/**
 * One fewer than the cores (`os.availableParallelism()`, Node 18.14+, else the CPU count), at
 * least 1: the thread that reads and writes, and V8's own threads, need a share of a core. On a
 * 2-core machine this is 1, in-process: 2 workers there were 0.77× one thread on 10 MB, 1.00× on
 * 100 MB and 1.37× on 1 GB, at more than twice the peak memory (benchmarks/scale.ts, README
 * "Scale"); `jobs: 2` is for long runs where memory allows.
 */
export function defaultJobs(cores: number = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length): number {
  return Math.max(1, cores - 1);
}

function usage(message: string): ToneDriftError {
  return new ToneDriftError([{ code: 'USAGE', path: '', message }]);
}

/** The stream is opened on the first pull, so a batch that fails to start leaves no file open. */
async function* ndjsonJobs(open: () => AsyncIterable<Uint8Array | string>, counter: ByteCounter): AsyncGenerator<BatchJob[]> {
  for await (const lines of readByteLineGroups(open(), counter)) {
    const jobs: BatchJob[] = [];
    for (const { bytes, line } of lines) if (!isBlankBytes(bytes)) jobs.push({ kind: 'line', line, text: bytes });
    if (jobs.length > 0) yield jobs;
  }
}

function* folderJobs(dir: string, names: readonly string[]): Generator<BatchJob[]> {
  for (const name of names) yield [{ kind: 'folder', path: join(dir, name), name }];
}

/** Most records, and (roughly) most bytes of NDJSON, that go to a worker in one message. */
const MAX_RUN = 32;
const MAX_RUN_CHARS = 1 << 20;

function openSource(input: BatchOptions['input']): Source {
  const counter: ByteCounter = { bytes: 0 };
  if (typeof input !== 'string') return { jobs: ndjsonJobs(() => input, counter) };
  if (input === '-') return { jobs: ndjsonJobs(() => process.stdin, counter) };
  const stat = statSync(input); // a missing input throws here, before anything is written
  if (stat.isDirectory()) {
    const names = processFolders(input);
    return { jobs: folderJobs(input, names), total: names.length, fraction: (done) => (names.length === 0 ? 1 : done / names.length) };
  }
  const jobs = ndjsonJobs(() => createReadStream(input), counter);
  if (!stat.isFile()) return { jobs }; // a FIFO or a device: no size to measure progress against
  const size = stat.size;
  return { jobs, fraction: () => (size === 0 ? 1 : Math.min(1, counter.bytes / size)) };
}

/** Runs the batch; resolves with the counts once every line is written. Rejects only for setup problems, an unreadable input or a failing output. */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const t0 = performance.now();
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw usage(`jobs must be a whole number of at least 1, got ${String(jobs)}`);
  const maxPending = options.maxPending ?? Math.max(64, jobs * 32);
  if (!Number.isInteger(maxPending) || maxPending < 1) throw usage(`maxPending must be a whole number of at least 1, got ${String(maxPending)}`);
  const analyzeOptions = options.analyzeOptions === undefined ? undefined : parseOptions(options.analyzeOptions);
  const skip = options.skip ?? 0;
  if (!Number.isInteger(skip) || skip < 0) throw usage(`skip must be a whole number of at least 0, got ${String(skip)}`);
  const { output, onProgress } = options;

  const source = openSource(options.input);
  const executor: Executor = jobs === 1 ? inProcessExecutor(analyzeOptions) : await startWorkerPool(jobs, analyzeOptions, options.workerEntry);
  // A file stream is done with a chunk when its write callback runs, so a worker's output bytes can
  // go back to it then (Executor.release). Another Writable may still hold them (a PassThrough
  // hands the same bytes on to its reader): those are left to this thread's collector.
  const release = output instanceof WriteStream && executor.release !== undefined ? (bytes: Uint8Array) => executor.release!(bytes) : undefined;
  const write = (data: string | Uint8Array): boolean => (release !== undefined && typeof data !== 'string' ? output.write(data, () => release(data)) : output.write(data));

  // In-process, one record at a time (as before); to workers, runs of consecutive records, small
  // enough that `maxPending` holds about four per worker: one being worked on, the next ones
  // queued, and room for finished runs that wait in the reorder buffer for an earlier one.
  const runSize = executor.size === 1 ? 1 : Math.max(1, Math.min(MAX_RUN, Math.floor(maxPending / (4 * executor.size))));

  // Results wait here, by the index of their first record, until every earlier record is
  // written; `pending` (in records) bounds them and the work in flight.
  const waiting = new Map<number, ChunkResult>();
  let read = 0;
  let written = skip;
  let pending = 0;
  let reports = 0;
  let errors = 0;
  let blocked = false;
  let failure: { error: unknown } | undefined;

  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const sleep = () => new Promise<void>((resolve) => (wake = resolve));
  const onDrain = () => {
    blocked = false;
    notify();
  };
  const onError = (error: unknown) => {
    failure ??= { error };
    notify();
  };

  const report = () => {
    if (onProgress === undefined) return;
    const elapsed = (performance.now() - t0) / 1000;
    const progress: BatchProgress = { done: written, errors, rate: elapsed > 0 ? (written - skip) / elapsed : 0 };
    const fraction = source.fraction?.(written);
    if (source.total !== undefined) progress.total = source.total;
    if (fraction !== undefined) {
      progress.fraction = fraction;
      if (fraction > 0) progress.etaSeconds = (elapsed * (1 - fraction)) / fraction;
    }
    try {
      onProgress(progress);
    } catch (error) {
      onError(error);
    }
  };

  const flush = () => {
    try {
      for (let result = waiting.get(written); result !== undefined; result = waiting.get(written)) {
        waiting.delete(written);
        if (failure === undefined && !write(result.data) && !blocked) {
          blocked = true;
          output.once('drain', onDrain);
        }
        for (const ok of result.ok) {
          written++;
          pending--;
          if (ok) reports++;
          else errors++;
          report();
        }
      }
    } catch (error) {
      onError(error); // a Writable that throws instead of emitting 'error'
    }
    notify();
  };

  const dispatch = (index: number, jobs: BatchJob[]) => {
    pending += jobs.length;
    const stubs = jobs.map(jobStub); // the error lines need no text: let it be collected once posted
    executor.run(index, jobs).then(
      (result) => {
        waiting.set(index, result);
        flush();
      },
      (error: unknown) => {
        waiting.set(index, failedJobs(index, stubs, error));
        flush();
      },
    );
  };

  output.on('error', onError);
  let readError: { error: unknown } | undefined;
  try {
    try {
      reading: for await (const group of source.jobs) {
        let at = 0;
        while (at < group.length) {
          if (read < skip) {
            // Written by an earlier run: read, not analyzed.
            const n = Math.min(skip - read, group.length - at);
            read += n;
            at += n;
            continue;
          }
          while ((pending >= maxPending || blocked) && failure === undefined) await sleep();
          if (failure !== undefined) break reading;
          const room = Math.min(runSize, maxPending - pending, group.length - at);
          const run: BatchJob[] = [];
          let chars = 0;
          while (run.length < room && chars < MAX_RUN_CHARS) {
            const job = group[at++]!;
            run.push(job);
            if (job.kind === 'line') chars += job.text.length;
          }
          dispatch(read, run);
          read += run.length;
        }
      }
    } catch (error) {
      readError = { error };
    }
    // Finish what was read, even when reading failed midway, then wait for the output to take it.
    while ((pending > 0 || blocked) && failure === undefined) await sleep();
  } finally {
    output.off('error', onError);
    output.off('drain', onDrain);
    await executor.close();
  }
  if (failure !== undefined) throw failure.error;
  if (readError !== undefined) throw readError.error;
  return { records: read, reports, errors, ms: Math.round(performance.now() - t0), jobs: executor.size, skipped: Math.min(skip, read) };
}
