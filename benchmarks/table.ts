import type { Peer } from './peers/index.js';
import type { Summary } from './stats.js';
import type { ContenderResult, PeerRatio } from './summary.js';

const M = (n: number): string => `${(n / 1e6).toFixed(3)}M`;
const f2 = (n: number): string => n.toFixed(2);
const f0 = (n: number): string => n.toFixed(0);
const LABEL = 38;

const row = (label: string, s: Summary, fmt: (n: number) => string, unit: string): string =>
  `${label.padEnd(LABEL)}${fmt(s.median).padStart(10)}${fmt(s.min).padStart(10)}${fmt(s.max).padStart(10)}  ${unit}`;

/** The medians (min, max) of every contender timed on one workload. */
export function resultsTable(heading: string, peers: readonly Peer[], results: Record<string, ContenderResult>): string[] {
  const lines = [heading, `${''.padEnd(LABEL)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`];
  for (const peer of peers) {
    const r = results[peer.name]!;
    lines.push(row(peer.label, r.toneDriftWordsPerSec, M, peer.ours ? 'words/s' : "tone-drift's words/s"));
    if (!peer.ours && r.tokensPerSec !== null) lines.push(row('', r.tokensPerSec, M, `own ${peer.tokenUnit}/s`));
    lines.push(row('', r.mbPerSec, f2, 'MB/s'));
    lines.push(row('', r.ms, f0, 'ms per run'));
    lines.push(row('', r.cpuMs, f0, 'CPU ms per run'));
  }
  return lines;
}

/** Ours over each peer, median over median, each on the text both were timed on. */
export function ratioTable(peers: readonly Peer[], ratios: Record<string, PeerRatio>): string[] {
  const ours = peers.filter((p) => p.ours);
  const cols = ours.flatMap((o) => [`${o.name} MB/s`, `own tokens`, `CPU time`]);
  const lines = [
    'ratio ours / peer, median over median, on the text both were timed on: MB/s (= wall time ratio); our words/s over',
    "the peer's own tokens/s; the peer's CPU time over ours (a check on a noisy machine)",
    `${'peer'.padEnd(LABEL)}${'timed on'.padStart(10)}${cols.map((c) => c.padStart(16)).join('')}`,
  ];
  for (const peer of peers) {
    const r = ratios[peer.name];
    if (r === undefined) continue;
    const cells = ours.flatMap((o) => [
      `${f2(r.sameText[o.name]!)}x`,
      r.ownTokens === null ? '—' : `${f2(r.ownTokens[o.name]!)}x`,
      `${f2(r.sameTextCpu[o.name]!)}x`,
    ]);
    lines.push(`${peer.label.padEnd(LABEL)}${`${f2(r.mb)} MB`.padStart(10)}${cells.map((c) => c.padStart(16)).join('')}`);
  }
  return lines;
}
