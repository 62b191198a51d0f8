/**
 * Throughput of tone-drift (`analyze()`, the full report, and its fast path) against peer
 * libraries on the same generated candidate speech, in one process:
 * wink-nlp (sbd, pos, negation), retext-english + retext-intensify, write-good and compromise.
 * Each contender is a `Peer` in benchmarks/peers/.
 *
 *   npm run bench                  ~5 MB of candidate text, 5 timed runs each
 *   npm run bench -- --quick       ~1 MB
 *   npm run bench -- --runs 9 --seed 2
 *
 * Every contender is loaded (time and peak RSS recorded), warmed up once, then the timed runs
 * rotate through the contenders so all of them share the machine's noise. Each run starts from a
 * collected heap (the script runs with --expose-gc) and records wall and CPU time. A peer with
 * `subsetMB` (compromise: about 12 s per MB) is timed on that prefix of the same workload
 * instead, together with ours on the same prefix, so its ratios are still on the same text.
 * Writes benchmarks/results/<YYYY-MM-DD>[-quick].json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo } from './machine.js';
import { peers, type Peer } from './peers/index.js';
import { groupRatios, groupWords, summarizeGroup, type Group } from './summary.js';
import { ratioTable, resultsTable } from './table.js';
import { gcBetweenRuns, timeInterleaved, timeOnce } from './timing.js';
import { buildWorkload, type Workload } from './workload.js';

const MB = 1024 ** 2;
const HERE = dirname(fileURLToPath(import.meta.url));
const t0 = performance.now();

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs must be a positive integer, got "${values.runs}"`);
if (!Number.isInteger(seed)) throw new Error(`bench: --seed must be an integer, got "${values.seed}"`);

/** Peak resident set size so far, in MB (a high-water mark: each checkpoint includes all before it). */
const peakRss = (): number => process.resourceUsage().maxRSS / 1024;
const rss: Record<string, number> = {};
/**
 * Resident set size now, in MB, after a full collection when --expose-gc is on: what each peer's
 * load and warm-up leave resident, which the high-water mark above hides once it has peaked.
 */
const residentRss = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage.rss() / MB;
};
const rssNow: Record<string, number> = {};
const loadAvgStart = os.loadavg();

// The workloads: the full one, and a prefix of it for each distinct `subsetMB` smaller than it.
const target = (values.quick ? 1 : 5) * MB;
const tBuild = performance.now();
const full = buildWorkload(target, seed);
const buildMs = performance.now() - tBuild;
rss.afterWorkload = peakRss();
rssNow.afterWorkload = residentRss();

const groups: Group[] = [];
function groupFor(bytes: number): Group {
  const size = Math.min(bytes, target);
  const label = size >= target ? 'full' : `first ${size / MB} MB`;
  let group = groups.find((g) => g.label === label);
  if (group === undefined) {
    // buildWorkload draws from the same seeded stream, so a smaller size is a prefix of the full workload.
    const work: Workload = label === 'full' ? full : buildWorkload(size, seed);
    group = { label, work, peers: [], warmups: new Map(), runs: new Map() };
    groups.push(group);
  }
  return group;
}
const fullGroup = groupFor(target);
for (const peer of peers) if (!peer.ours) groupFor((peer.subsetMB ?? Infinity) * MB).peers.push(peer);
// Ours go first in every group (the table lists them first); the rotation interleaves them with the peers.
for (const group of groups) group.peers.unshift(...peers.filter((p) => p.ours));

// Load and warm up each contender in turn, on every workload it is timed on.
const loadMs: Record<string, number> = {};
const loaded = new Map<string, Awaited<ReturnType<Peer['load']>>>();
const described: Record<string, Record<string, number>> = {};
const checkpoint = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
for (const peer of peers) {
  const tLoad = performance.now();
  const l = await peer.load();
  loadMs[peer.name] = performance.now() - tLoad;
  loaded.set(peer.name, l);
  rss[`after${checkpoint(peer.name)}Load`] = peakRss();
  rssNow[`after${checkpoint(peer.name)}Load`] = residentRss();
  for (const group of groups) {
    if (!group.peers.includes(peer)) continue;
    group.warmups.set(peer.name, timeOnce(l, group.work).out);
    if (l.describe !== undefined) described[`${group.label}:${peer.name}`] = l.describe(group.work);
  }
  rss[`after${checkpoint(peer.name)}Warmup`] = peakRss();
  rssNow[`after${checkpoint(peer.name)}Warmup`] = residentRss();
}

// Timed runs, interleaved, one workload after the other.
for (const group of groups) {
  const contenders = group.peers.map((peer) => ({ peer, loaded: loaded.get(peer.name)!, warmup: group.warmups.get(peer.name)! }));
  group.runs = timeInterleaved(contenders, group.work, runs);
}
rss.end = peakRss();
rssNow.end = residentRss();

const summaries = groups.map((group) => {
  const results = summarizeGroup(group);
  return { group, results, ratios: groupRatios(group, results) };
});
const main = summaries.find((s) => s.group === fullGroup)!;
const ratiosPerPeer = Object.assign({}, ...summaries.map((s) => s.ratios)) as ReturnType<typeof groupRatios>;

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: HERE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
/** A package's version, from its package.json on disk (some packages do not export that file). */
const version = (pkgDir: string): string =>
  (JSON.parse(readFileSync(resolve(HERE, '..', pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
const date = new Date().toISOString().slice(0, 10);
const totalSeconds = (performance.now() - t0) / 1000;

const words = groupWords(fullGroup);
const mbytes = full.bytes / MB;
/** Counts of one workload, with each contender's own token count as `<name>Tokens`. */
function workloadRecord(group: Group): Record<string, unknown> {
  const record: Record<string, unknown> = {
    bytes: group.work.bytes,
    mb: group.work.bytes / MB,
    processes: group.work.processes.length,
    rounds: group.work.rounds,
    turns: group.work.texts.length,
    toneDriftWords: groupWords(group),
  };
  for (const peer of group.peers) {
    const tokens = group.warmups.get(peer.name)!.tokens;
    if (!peer.ours && tokens !== null) record[`${peer.name}Tokens`] = tokens;
    Object.assign(record, described[`${group.label}:${peer.name}`]);
  }
  return record;
}
const versions: Record<string, string> = {};
for (const peer of peers) for (const name of peer.packages) versions[name] = version(`node_modules/${name}`);

// Fields kept from the first version of this file (tone-drift against wink-nlp alone).
const legacyRatio = ratiosPerPeer.wink === undefined ? {} : {
  /** Same text, same unit (bytes, or tone-drift's words): median wink time / median tone-drift time. */
  sameWork: ratiosPerPeer.wink.sameText.toneDrift,
  /** Each peer's own token count: tone-drift words/s over wink tokens/s (wink counts punctuation too). */
  ownTokens: ratiosPerPeer.wink.ownTokens?.toneDrift,
  /** The fast path alone (text layer and cues) against wink, same text. */
  fastPathSameWork: ratiosPerPeer.wink.sameText.fastPath,
};

const report = {
  date,
  quick: values.quick,
  seed,
  runs,
  gcBetweenRuns,
  machine: {
    ...machineInfo(),
    /** 1, 5 and 15 minute load averages at the start and the end of the run (2 cores: above 2 means others were running). */
    loadAvg: { start: loadAvgStart, end: os.loadavg() },
  },
  versions: {
    toneDrift: version('.'),
    winkNlp: version('node_modules/wink-nlp'),
    winkEngLiteWebModel: version('node_modules/wink-eng-lite-web-model'),
    ...versions,
  },
  git: { commit: git(['rev-parse', 'HEAD']), srcDirty: (git(['status', '--porcelain', '--', 'src']) ?? '') !== '' },
  workload: { ...workloadRecord(fullGroup), buildMs },
  winkLoadMs: loadMs.wink,
  loadMs,
  /** Every contender timed on the full workload. */
  results: main.results,
  /** Peers timed on a prefix of the workload (see `subsetMB`), with ours timed on the same prefix. */
  subsets: summaries
    .filter((s) => s !== main)
    .map((s) => ({ label: s.group.label, workload: workloadRecord(s.group), results: s.results })),
  ratio: { ...legacyRatio, perPeer: ratiosPerPeer },
  peakRssMB: rss.end,
  rssCheckpointsMB: rss,
  /** Resident (not peak) RSS after a full collection at the same checkpoints. */
  residentRssCheckpointsMB: rssNow,
  totalSeconds,
};

const outDir = resolve(HERE, 'results');
mkdirSync(outDir, { recursive: true });
const outFile = resolve(outDir, `${date}${values.quick ? '-quick' : ''}.json`);
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);

const f2 = (n: number): string => n.toFixed(2);
const lines = [
  `tone-drift throughput: ${f2(mbytes)} MB of candidate text, ${full.processes.length} processes, ${full.rounds} rounds, ${full.texts.length} turns, ${words} words (seed ${seed})`,
  `${report.machine.cpu}, ${report.machine.cores} cores, Node ${process.version}; ${runs} timed runs each after a warm-up, interleaved${gcBetweenRuns ? ', each from a collected heap' : ' (no --expose-gc: runs do not start from a collected heap)'}`,
];
for (const { group, results } of summaries) {
  const w = groupWords(group);
  lines.push('', ...resultsTable(`on the ${group.label} workload (${f2(group.work.bytes / MB)} MB, ${w} words):`, group.peers, results));
}
lines.push('', ...ratioTable(peers, ratiosPerPeer), '');
lines.push(`load ms: ${Object.entries(loadMs).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
const mbList = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
lines.push(`peak RSS ${rss.end!.toFixed(0)} MB; high-water mark at: ${mbList(rss)}`);
lines.push(`resident RSS after a collection at: ${mbList(rssNow)}`);
lines.push(`load average (1, 5, 15 min) at start ${loadAvgStart.map((x) => x.toFixed(1)).join(' ')}, at end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
lines.push(`total ${totalSeconds.toFixed(1)} s; wrote ${outFile}`);
console.log(lines.join('\n'));
