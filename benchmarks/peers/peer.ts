import type { Workload } from '../workload.js';

/** What one timed run of a contender returns. */
export interface PeerOutput {
  /** The contender's own token count over the texts, or null when it has no tokenizer of its own. */
  tokens: number | null;
  /** What it found (cues, matches, suggestions): a checksum that the run did its work, and did the same work every run. */
  found: number;
}

/** A loaded contender: one call does all of its work on the workload. */
export type PeerRun = (work: Workload) => PeerOutput;

export interface LoadedPeer {
  run: PeerRun;
  /** Extra counts over the workload for the results JSON, computed once and never timed. */
  describe?: (work: Workload) => Record<string, number>;
}

/**
 * One contender of the throughput benchmark: tone-drift itself or a peer library. The timing loop
 * knows nothing else about it, so adding a peer is adding a file to this folder and a line to
 * `index.ts`.
 */
export interface Peer {
  /** Key in the results JSON. */
  name: string;
  /** Row label in the printed table. */
  label: string;
  /** How it is invoked on each text, for the table and the README. */
  invocation: string;
  /** What `tokens` counts ('words', 'tokens incl. punctuation'), or null when `tokens` is null. */
  tokenUnit: string | null;
  /** The npm packages it runs on, whose versions the results record. */
  packages: string[];
  /** True for tone-drift's own contenders (the ratio table divides these by the peers). */
  ours: boolean;
  /**
   * Time this peer only on the first `subsetMB` MB of the workload (the same generated prefix),
   * for a peer so slow that the full workload would take minutes per run. Ours are timed on that
   * prefix too, interleaved with it, so its ratios are on the same text. Unset: the full workload.
   */
  subsetMB?: number;
  /** Imports the library and builds its pipeline: done once, timed and RSS-checkpointed apart from the runs. */
  load(): Promise<LoadedPeer>;
}
