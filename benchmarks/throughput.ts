/**
 * Throughput of tone-drift's `analyze()` against wink-nlp (sbd, pos, negation) on the same
 * generated candidate speech, in one process.
 *
 *   npm run bench                  ~5 MB of candidate text, 5 timed runs each
 *   npm run bench -- --quick       ~1 MB
 *   npm run bench -- --runs 9 --seed 2
 *
 * Each peer gets a warm-up run, then the timed runs alternate between the peers (swapping who
 * goes first) so both share the machine's noise. Writes benchmarks/results/<YYYY-MM-DD>.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../src/index.js';
import { collectEvidence } from '../src/dimensions/evidence.js';
import { defaultLexicon } from '../src/dimensions/registry.js';
import { summarize, type Summary } from './stats.js';
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

/** Peak resident set size so far, in MB. */
const peakRss = (): number => process.resourceUsage().maxRSS / 1024;
const rss: Record<string, number> = {};

interface Run {
  ms: number;
  /** CPU time of this process (user + system) during the run: on a shared machine, other processes' load inflates wall time far more than it does this. */
  cpuMs: number;
  tokens: number;
}

/** Wall and CPU time of `work`, which returns a token count. */
function timed(work: () => number): Run {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const tokens = work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, tokens };
}

function timeToneDrift(work: Workload): Run {
  return timed(() => {
    let tokens = 0;
    for (const p of work.processes) {
      for (const round of analyze(p).rounds) tokens += round.stats.words;
    }
    return tokens;
  });
}

/** The fast path alone: text layer and cue matching per round, without validation, drift or style. */
function timeFastPath(work: Workload): Run {
  const lexicon = defaultLexicon();
  return timed(() => {
    let tokens = 0;
    for (const p of work.processes) {
      for (const round of p.rounds) tokens += collectEvidence((round.answers ?? []).map((text, turn) => ({ turn, text })), lexicon).words;
    }
    return tokens;
  });
}

type Wink = ReturnType<typeof winkNLP>;

function timeWink(nlp: Wink, work: Workload): Run {
  return timed(() => {
    let tokens = 0;
    for (const text of work.texts) tokens += nlp.readDoc(text).tokens().length();
    return tokens;
  });
}

/** wink's tokens include punctuation; this counts only those it types as words (untimed). */
function winkWords(nlp: Wink, work: Workload): number {
  let words = 0;
  for (const text of work.texts) {
    for (const type of nlp.readDoc(text).tokens().out(nlp.its.type)) if (type === 'word') words++;
  }
  return words;
}

// The workload.
const target = (values.quick ? 1 : 5) * MB;
const tBuild = performance.now();
const work = buildWorkload(target, seed);
const buildMs = performance.now() - tBuild;
rss.afterWorkload = peakRss();

// Warm-ups. wink-nlp loads after tone-drift's warm-up so the RSS checkpoints tell them apart.
const warmTd = timeToneDrift(work);
const warmFast = timeFastPath(work);
rss.afterToneDriftWarmup = peakRss();
const tLoad = performance.now();
const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const winkLoadMs = performance.now() - tLoad;
const warmWink = timeWink(nlp, work);
const winkWordCount = winkWords(nlp, work);
rss.afterWinkWarmup = peakRss();

// Timed runs, interleaved.
const td: Run[] = [];
const wk: Run[] = [];
const fp: Run[] = [];
for (let i = 0; i < runs; i++) {
  if (i % 2 === 0) {
    td.push(timeToneDrift(work));
    fp.push(timeFastPath(work));
    wk.push(timeWink(nlp, work));
  } else {
    wk.push(timeWink(nlp, work));
    fp.push(timeFastPath(work));
    td.push(timeToneDrift(work));
  }
}
for (const r of fp) if (r.tokens !== warmFast.tokens) throw new Error('bench: fast-path word count changed between runs');
for (const r of td) if (r.tokens !== warmTd.tokens) throw new Error('bench: tone-drift word count changed between runs');
for (const r of wk) if (r.tokens !== warmWink.tokens) throw new Error('bench: wink token count changed between runs');
rss.end = peakRss();

const words = warmTd.tokens;
const mbytes = work.bytes / MB;
const perSec = (runsOf: Run[], count: number): Summary => summarize(runsOf.map((r) => count / (r.ms / 1000)));
const results = {
  toneDrift: {
    ms: summarize(td.map((r) => r.ms)),
    cpuMs: summarize(td.map((r) => r.cpuMs)),
    tokensPerSec: perSec(td, words),
    mbPerSec: perSec(td, mbytes),
  },
  fastPath: {
    ms: summarize(fp.map((r) => r.ms)),
    cpuMs: summarize(fp.map((r) => r.cpuMs)),
    tokensPerSec: perSec(fp, words),
    mbPerSec: perSec(fp, mbytes),
  },
  wink: {
    ms: summarize(wk.map((r) => r.ms)),
    cpuMs: summarize(wk.map((r) => r.cpuMs)),
    tokensPerSec: perSec(wk, warmWink.tokens),
    toneDriftWordsPerSec: perSec(wk, words),
    mbPerSec: perSec(wk, mbytes),
  },
};
const ratio = {
  /** Same text, same unit (bytes, or tone-drift's words): median wink time / median tone-drift time. */
  sameWork: results.toneDrift.mbPerSec.median / results.wink.mbPerSec.median,
  /** Each peer's own token count: tone-drift words/s over wink tokens/s (wink counts punctuation too). */
  ownTokens: results.toneDrift.tokensPerSec.median / results.wink.tokensPerSec.median,
  /** The fast path alone (text layer and cues) against wink, same text. */
  fastPathSameWork: results.fastPath.mbPerSec.median / results.wink.mbPerSec.median,
  /** The same two ratios in CPU time (median wink CPU ms / median tone-drift CPU ms): steadier on a busy machine. */
  cpuSameWork: results.wink.cpuMs.median / results.toneDrift.cpuMs.median,
  cpuFastPathSameWork: results.wink.cpuMs.median / results.fastPath.cpuMs.median,
};

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: HERE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
const require = createRequire(import.meta.url);
const version = (pkgJson: string): string => (require(pkgJson) as { version: string }).version;
const cpus = os.cpus();
const date = new Date().toISOString().slice(0, 10);
const totalSeconds = (performance.now() - t0) / 1000;

const report = {
  date,
  quick: values.quick,
  seed,
  runs,
  machine: {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemMB: Math.round(os.totalmem() / MB),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
  },
  versions: {
    toneDrift: version('../package.json'),
    winkNlp: version('wink-nlp/package.json'),
    winkEngLiteWebModel: version('wink-eng-lite-web-model/package.json'),
  },
  git: { commit: git(['rev-parse', 'HEAD']), srcDirty: (git(['status', '--porcelain', '--', 'src']) ?? '') !== '' },
  workload: {
    bytes: work.bytes,
    mb: mbytes,
    processes: work.processes.length,
    rounds: work.rounds,
    turns: work.texts.length,
    toneDriftWords: words,
    winkTokens: warmWink.tokens,
    winkWords: winkWordCount,
    buildMs,
  },
  winkLoadMs,
  results,
  ratio,
  peakRssMB: rss.end,
  rssCheckpointsMB: rss,
  totalSeconds,
};

const outDir = resolve(HERE, 'results');
mkdirSync(outDir, { recursive: true });
const outFile = resolve(outDir, `${date}${values.quick ? '-quick' : ''}.json`);
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);

// The table.
const M = (n: number): string => `${(n / 1e6).toFixed(2)}M`;
const f2 = (n: number): string => n.toFixed(2);
const row = (label: string, s: Summary, fmt: (n: number) => string, unit: string): string =>
  `${label.padEnd(34)}${fmt(s.median).padStart(10)}${fmt(s.min).padStart(10)}${fmt(s.max).padStart(10)}  ${unit}`;
console.log(
  [
    `tone-drift throughput: ${f2(mbytes)} MB of candidate text, ${work.processes.length} processes, ${work.rounds} rounds, ${work.texts.length} turns (seed ${seed})`,
    `${report.machine.cpu}, ${report.machine.cores} cores, Node ${process.version}; ${runs} timed runs each after a warm-up, interleaved`,
    `words: tone-drift ${words}; wink tokens ${warmWink.tokens} (of which words ${winkWordCount})`,
    '',
    `${''.padEnd(34)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`,
    row('tone-drift analyze()', results.toneDrift.tokensPerSec, M, 'words/s'),
    row('', results.toneDrift.mbPerSec, f2, 'MB/s'),
    row('', results.toneDrift.ms, (n) => n.toFixed(0), 'ms per run'),
    row('tone-drift fast path (text + cues)', results.fastPath.tokensPerSec, M, 'words/s'),
    row('', results.fastPath.mbPerSec, f2, 'MB/s'),
    row('wink-nlp (sbd, pos, negation)', results.wink.tokensPerSec, M, 'wink tokens/s'),
    row('', results.wink.toneDriftWordsPerSec, M, "tone-drift's words/s"),
    row('', results.wink.mbPerSec, f2, 'MB/s'),
    row('', results.wink.ms, (n) => n.toFixed(0), 'ms per run'),
    '',
    `ratio tone-drift / wink (median over median): ${f2(ratio.sameWork)}x on the same text (MB/s); ${f2(ratio.ownTokens)}x in each one's own tokens/s`,
    `ratio fast path / wink: ${f2(ratio.fastPathSameWork)}x on the same text`,
    `in CPU time (median ms: analyze ${results.toneDrift.cpuMs.median.toFixed(0)}, fast path ${results.fastPath.cpuMs.median.toFixed(0)}, wink ${results.wink.cpuMs.median.toFixed(0)}): analyze / wink ${f2(ratio.cpuSameWork)}x, fast path / wink ${f2(ratio.cpuFastPathSameWork)}x`,
    `wink model load ${winkLoadMs.toFixed(0)} ms; peak RSS ${rss.end!.toFixed(0)} MB (after workload ${rss.afterWorkload!.toFixed(0)}, after tone-drift warm-up ${rss.afterToneDriftWarmup!.toFixed(0)}, after wink warm-up ${rss.afterWinkWarmup!.toFixed(0)})`,
    `total ${totalSeconds.toFixed(1)} s; wrote ${outFile}`,
  ].join('\n'),
);
