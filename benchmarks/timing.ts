import type { LoadedPeer, Peer, PeerOutput } from './peers/index.js';
import type { Workload } from './workload.js';

/** One timed run. */
export interface Run {
  /** Wall-clock time. */
  ms: number;
  /** CPU time of the whole process (user + system, all threads, so V8's GC helpers too): less sensitive than `ms` to other processes on a shared machine. */
  cpuMs: number;
  out: PeerOutput;
}

/** `global.gc` when Node runs with --expose-gc (`npm run bench` does), else undefined. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Whether each timed run starts from a collected heap. */
export const gcBetweenRuns = collectGarbage !== undefined;

/** A contender that is loaded and warmed up on a workload. */
export interface Contender {
  peer: Peer;
  loaded: LoadedPeer;
  /** The warm-up run's output: every timed run must return the same. */
  warmup: PeerOutput;
}

/**
 * Times one call of `run` on the workload. A full collection first (untimed, when --expose-gc is
 * on) so that no contender pays for the garbage the one before it left.
 */
export function timeOnce(loaded: LoadedPeer, work: Workload): Run {
  collectGarbage?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = loaded.run(work);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, out };
}

/**
 * `runs` timed rounds over the contenders, interleaved: round i starts with contender i (mod n)
 * and goes on in list order, so every contender runs in every position and all of them share
 * the machine's noise. Throws when a run's output differs from the warm-up's.
 */
export function timeInterleaved(contenders: readonly Contender[], work: Workload, runs: number): Map<string, Run[]> {
  const byName = new Map<string, Run[]>(contenders.map((c) => [c.peer.name, []]));
  const n = contenders.length;
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < n; k++) {
      const c = contenders[(i + k) % n]!;
      const run = timeOnce(c.loaded, work);
      if (run.out.tokens !== c.warmup.tokens || run.out.found !== c.warmup.found) {
        throw new Error(
          `bench: ${c.peer.name} returned ${JSON.stringify(run.out)} in a timed run but ${JSON.stringify(c.warmup)} in its warm-up`,
        );
      }
      byName.get(c.peer.name)!.push(run);
    }
  }
  return byName;
}
