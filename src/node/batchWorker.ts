/**
 * The worker-thread entry of `runBatch`. It is its own build entry (dist/batchWorker.js and
 * .cjs, beside dist/node.js and dist/cli.js); `batchPool.ts` finds it next to itself.
 *
 * Protocol: the pool posts `{ index, jobs }`, a run of consecutive records of which `index` is the
 * first (an NDJSON record travels as its raw line: parsing it is the worker's job). The worker
 * answers `{ index, ok, bytes }`: `ok[i]` says whether record `index + i` gave a report, and
 * `bytes` holds the finished output lines of the whole run as UTF-8, in order, in an
 * ArrayBuffer of its own that is transferred, not copied, so the main thread only writes it out.
 * It posts `{ ready: true }` once its modules have loaded. The pool may post such a buffer back,
 * `{ release }`, once it is written; the worker drops it (see `Executor.release`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../schema/input.js';
import { runJobs, type BatchJob } from './batchRecord.js';

/** What the pool passes as `workerData`. */
export interface BatchWorkerData {
  toneDriftBatch: true;
  analyzeOptions?: AnalyzeOptions;
}

export interface BatchWorkerRequest {
  index: number;
  jobs: BatchJob[];
}

/** A written run's output buffer, handed back to be collected here. */
export interface BatchWorkerRelease {
  release: ArrayBuffer;
}

export interface BatchWorkerReply {
  index: number;
  ok: boolean[];
  bytes: Uint8Array;
}

const data = workerData as BatchWorkerData | null | undefined;
const port = parentPort;
if (port && data?.toneDriftBatch === true) {
  const options = data.analyzeOptions;
  const encoder = new TextEncoder();
  port.on('message', (message: BatchWorkerRequest | BatchWorkerRelease) => {
    if ('release' in message) return; // nothing to do: the buffer is this thread's garbage now
    const { index, jobs } = message;
    const { ok, data } = runJobs(index, jobs, options);
    const bytes = encoder.encode(data); // a fresh ArrayBuffer (never Buffer's shared pool), so it can be transferred
    port.postMessage({ index, ok, bytes } satisfies BatchWorkerReply, [bytes.buffer]);
  });
  port.postMessage({ ready: true });
}
