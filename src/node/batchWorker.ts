/**
 * The worker-thread entry of `runBatch`. It is its own build entry (dist/batchWorker.js and
 * .cjs, beside dist/node.js and dist/cli.js); `batchPool.ts` finds it next to itself.
 *
 * Protocol: the pool posts `{ index, job }`; the worker answers `{ index, ok, text }`, where
 * `text` is the finished output line. It posts `{ ready: true }` once its modules have loaded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../schema/input.js';
import { runJob, type BatchJob } from './batchRecord.js';

/** What the pool passes as `workerData`. */
export interface BatchWorkerData {
  toneDriftBatch: true;
  analyzeOptions?: AnalyzeOptions;
}

export interface BatchWorkerRequest {
  index: number;
  job: BatchJob;
}

const data = workerData as BatchWorkerData | null | undefined;
const port = parentPort;
if (port && data?.toneDriftBatch === true) {
  const options = data.analyzeOptions;
  port.on('message', ({ index, job }: BatchWorkerRequest) => {
    port.postMessage({ index, ...runJob(index, job, options) });
  });
  port.postMessage({ ready: true });
}
