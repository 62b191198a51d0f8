import type { Peer, PeerOutput } from './peers/index.js';
import { summarize, type Summary } from './stats.js';
import type { Run } from './timing.js';
import type { Workload } from './workload.js';

const MB = 1024 ** 2;

/** One contender's medians (min, max) over its timed runs on one workload. */
export interface ContenderResult {
  ms: Summary;
  /** CPU time of the process per run (see timing.ts). */
  cpuMs: Summary;
  /** In the contender's own tokens (tone-drift's words for ours); null when it has no tokenizer. */
  tokensPerSec: Summary | null;
  /** tone-drift's word count of the same text, per second of this contender's time. */
  toneDriftWordsPerSec: Summary;
  mbPerSec: Summary;
  tokens: number | null;
  tokenUnit: string | null;
  found: number;
  invocation: string;
  /** Every timed run in the order it ran, wall and CPU ms (the machine is shared: look at the spread). */
  samples: { ms: number[]; cpuMs: number[] };
}

/** Ours over one peer, median over median, on the text both were timed on. */
export interface PeerRatio {
  workload: string;
  mb: number;
  /** Per contender of ours: our MB/s over the peer's MB/s (the same as the time ratio). */
  sameText: Record<string, number>;
  /** Per contender of ours: our words/s over the peer's own tokens/s; null when the peer has no tokens. */
  ownTokens: Record<string, number> | null;
  /** Per contender of ours: the peer's median CPU time over ours, same text (a check on `sameText` on a noisy machine). */
  sameTextCpu: Record<string, number>;
}

/** The contenders timed on one workload. */
export interface Group {
  /** 'full' or 'first N MB'. */
  label: string;
  work: Workload;
  peers: Peer[];
  warmups: Map<string, PeerOutput>;
  runs: Map<string, Run[]>;
}

/** tone-drift's word count of the group's text; every contender of ours must agree on it. */
export function groupWords(group: Group): number {
  let words: number | null = null;
  for (const peer of group.peers) {
    if (!peer.ours) continue;
    const tokens = group.warmups.get(peer.name)!.tokens;
    if (tokens === null) throw new Error(`bench: ${peer.name} is ours but counted no words`);
    if (words !== null && tokens !== words) throw new Error(`bench: ours disagree on the word count (${words} vs ${tokens})`);
    words = tokens;
  }
  if (words === null) throw new Error(`bench: the "${group.label}" workload has none of ours to compare with`);
  return words;
}

export function summarizeGroup(group: Group): Record<string, ContenderResult> {
  const words = groupWords(group);
  const mb = group.work.bytes / MB;
  const results: Record<string, ContenderResult> = {};
  for (const peer of group.peers) {
    const runs = group.runs.get(peer.name)!;
    const out = group.warmups.get(peer.name)!;
    const perSec = (count: number): Summary => summarize(runs.map((r) => count / (r.ms / 1000)));
    results[peer.name] = {
      ms: summarize(runs.map((r) => r.ms)),
      cpuMs: summarize(runs.map((r) => r.cpuMs)),
      tokensPerSec: out.tokens === null ? null : perSec(out.tokens),
      toneDriftWordsPerSec: perSec(words),
      mbPerSec: perSec(mb),
      tokens: out.tokens,
      tokenUnit: peer.tokenUnit,
      found: out.found,
      invocation: peer.invocation,
      samples: { ms: runs.map((r) => Math.round(r.ms)), cpuMs: runs.map((r) => Math.round(r.cpuMs)) },
    };
  }
  return results;
}

/** For every peer in the group: each of ours over it. */
export function groupRatios(group: Group, results: Record<string, ContenderResult>): Record<string, PeerRatio> {
  const ours = group.peers.filter((p) => p.ours);
  const ratios: Record<string, PeerRatio> = {};
  for (const peer of group.peers) {
    if (peer.ours) continue;
    const theirs = results[peer.name]!;
    const sameText: Record<string, number> = {};
    const ownTokens: Record<string, number> = {};
    const sameTextCpu: Record<string, number> = {};
    for (const o of ours) {
      const mine = results[o.name]!;
      sameText[o.name] = mine.mbPerSec.median / theirs.mbPerSec.median;
      sameTextCpu[o.name] = theirs.cpuMs.median / mine.cpuMs.median;
      if (theirs.tokensPerSec !== null) ownTokens[o.name] = mine.toneDriftWordsPerSec.median / theirs.tokensPerSec.median;
    }
    ratios[peer.name] = {
      workload: group.label,
      mb: group.work.bytes / MB,
      sameText,
      ownTokens: theirs.tokensPerSec === null ? null : ownTokens,
      sameTextCpu,
    };
  }
  return ratios;
}
