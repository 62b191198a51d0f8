/**
 * Scale benchmark of `tone-drift batch`: the built CLI as a child process, over generated NDJSON
 * corpora of growing size, with 1 and 2 worker jobs. It shows whether time grows linearly with
 * the input, whether memory stays flat, and what a second worker buys.
 *
 *   npm run build && npm run bench:scale                      10MB, 100MB and 1GB; jobs 1 and 2
 *   npm run bench:scale -- --sizes 10MB,100MB --jobs 1,2 --runs 3
 *   npm run bench:scale -- --prepare                          only generate (or check) the corpora
 *   npm run bench:scale -- --cli .scratch/dist-before/cli.js  another build (its own batchWorker.js beside it)
 *   npm run bench:scale -- --sizes 100MB --no-ceiling          without the two-process reference
 *
 * Corpora are written by `benchmarks/generate.ts` to benchmarks/out/corpus-<size>-seed<seed>.ndjson
 * (git-ignored) with a `.meta.json` beside each; a corpus whose meta matches (seed, size, bytes)
 * is reused. Each run is `node --import benchmarks/scaleHook.mjs dist/cli.js batch <corpus>
 * --out <tmp> --jobs N --quiet`: wall time is measured here around the child, peak RSS and CPU
 * time are reported by the child itself (the hook reads `process.resourceUsage()` at exit; worker
 * threads share the process, so one peak covers them). Every output is checked: one line per
 * input record, line i starting `{"index":i,`. With several runs (--runs N or one per size; by
 * default 3 up to 100 MB, 1 above) the job counts alternate order and the median wall time is kept.
 *
 * The ceiling: what two cores give this work at best, measured on the same machine in the same
 * run. The corpus is dealt into two halves (alternate records) and two separate `--jobs 1`
 * processes run side by side, one per half, sharing nothing; their wall time (both started
 * together, until the later one ends) against one `--jobs 1` process over the whole corpus is the
 * speed-up that 2 jobs could reach here. It runs for sizes up to 100 MB unless --no-ceiling.
 *
 * Results go to benchmarks/results/<YYYY-MM-DD>-scale.json (for a subset of the default sizes,
 * <YYYY-MM-DD>-scale-<sizes>.json), or to --results FILE.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo } from './machine.js';
import { OUT_DIR, parseSize, writeCorpus } from './generate.js';
import { summarize } from './stats.js';

const MB = 1024 ** 2;
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const HOOK = resolve(HERE, 'scaleHook.mjs');
const DEFAULT_SIZES = '10MB,100MB,1GB';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: DEFAULT_SIZES },
    jobs: { type: 'string', default: '1,2' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    results: { type: 'string' },
    prepare: { type: 'boolean', default: false },
    cli: { type: 'string' },
    ceiling: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
/** The built CLI to run; --cli points at another build (e.g. a copy of dist/ from before a change). */
const CLI = resolve(values.cli ?? resolve(ROOT, 'dist/cli.js'));
const sizes = values.sizes.split(',').map((s) => s.trim()).filter((s) => s !== '');
const jobCounts = values.jobs.split(',').map((s) => Number(s.trim()));
/** Runs per size: --runs N for all, or one per size ("3,3,1"); by default 3 up to 100 MB and 1 above. */
const runsList = values.runs === undefined ? sizes.map((s) => (parseSize(s) <= 100 * 1024 ** 2 ? 3 : 1)) : values.runs.split(',').map((r) => Number(r.trim()));
const runsFor = (i: number): number => runsList[runsList.length === 1 ? 0 : i]!;
const seed = Number(values.seed);
if (sizes.length === 0) throw new Error('bench:scale: --sizes is empty');
for (const s of sizes) parseSize(s); // fail early on a bad size
if (!jobCounts.every((j) => Number.isInteger(j) && j >= 1)) throw new Error(`bench:scale: --jobs must list whole numbers ≥ 1, got "${values.jobs}"`);
if (!runsList.every((r) => Number.isInteger(r) && r >= 1) || (runsList.length !== 1 && runsList.length !== sizes.length)) {
  throw new Error(`bench:scale: --runs must be a positive integer, or one per size, got "${values.runs}"`);
}
if (!Number.isInteger(seed)) throw new Error(`bench:scale: --seed must be an integer, got "${values.seed}"`);
if (!existsSync(CLI)) throw new Error(`bench:scale: ${relative(ROOT, CLI)} is missing; run npm run build first`);

const log = (line: string) => process.stderr.write(`${line}\n`);

interface CorpusMeta {
  generator: 'benchmarks/generate.ts';
  seed: number;
  size: string;
  targetBytes: number;
  bytes: number;
  records: number;
}

/** The corpus for `size`, generated unless a matching one (meta and byte count) is already there. */
async function corpus(size: string): Promise<{ path: string; meta: CorpusMeta; generatedMs?: number }> {
  const path = join(OUT_DIR, `corpus-${size}-seed${seed}.ndjson`);
  const metaPath = `${path}.meta.json`;
  const targetBytes = parseSize(size);
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as CorpusMeta;
    if (meta.seed === seed && meta.targetBytes === targetBytes && statSync(path).size === meta.bytes) {
      log(`reusing ${relative(ROOT, path)} (${meta.records} records, ${(meta.bytes / MB).toFixed(1)} MB)`);
      return { path, meta };
    }
  }
  log(`generating ${relative(ROOT, path)} (${size}, seed ${seed}) …`);
  rmSync(metaPath, { force: true }); // the meta is written last, so a half-written corpus is never reused
  const r = await writeCorpus({ bytes: targetBytes, seed, out: path });
  const meta: CorpusMeta = { generator: 'benchmarks/generate.ts', seed, size, targetBytes, bytes: r.bytes, records: r.processes };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  log(`  ${r.processes} records, ${(r.bytes / MB).toFixed(1)} MB in ${(r.ms / 1000).toFixed(1)} s`);
  return { path, meta, generatedMs: r.ms };
}

interface Check {
  lines: number;
  reports: number;
  errors: number;
  /** The first line whose index is not its position, if any. */
  misordered?: number;
  outputBytes: number;
}

/** Streams the output: counts lines and error lines, and checks that line i starts `{"index":i,`. */
async function checkOutput(path: string): Promise<Check> {
  const check: Check = { lines: 0, reports: 0, errors: 0, outputBytes: 0 };
  let head = ''; // the first bytes of the current line, enough to see its index and kind
  let inHead = true;
  const done = (): void => {
    const i = check.lines++;
    if (check.misordered === undefined && !head.startsWith(`{"index":${i},`)) check.misordered = i;
    if (head.includes('"report":{')) check.reports++;
    else check.errors++;
    head = '';
    inHead = true;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    check.outputBytes += chunk.length;
    let from = 0;
    for (let nl = chunk.indexOf(10); ; nl = chunk.indexOf(10, from)) {
      const end = nl === -1 ? chunk.length : nl;
      if (inHead) {
        head += chunk.toString('latin1', from, Math.min(end, from + 160 - head.length));
        if (head.length >= 160) inHead = false;
      }
      if (nl === -1) break;
      done();
      from = nl + 1;
    }
  }
  if (head.length > 0) done(); // a last line without a newline (the CLI always ends lines, so this is a failure to see)
  return check;
}

interface Usage {
  code: number;
  maxRssKB: number;
  userCpuMs: number;
  systemCpuMs: number;
  uptimeMs: number;
}

interface Run {
  jobs: number;
  wallMs: number;
  peakRssMB: number;
  cpuMs: number;
  /** CPU time over wall time: how many cores the child kept busy on average. */
  cores: number;
  /** The machine's 1-minute load average when the run started and ended (other processes count). */
  load: [number, number];
  check: Check;
}

async function runBatch(file: string, jobs: number, tmp: string, tag = `${jobs}`): Promise<Run> {
  const out = join(tmp, `out-${tag}.ndjson`);
  const usageFile = join(tmp, `usage-${tag}.json`);
  rmSync(usageFile, { force: true });
  const args = ['--import', HOOK, CLI, 'batch', file, '--out', out, '--jobs', String(jobs), '--quiet'];
  const loadStart = os.loadavg()[0]!;
  const t0 = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolveRun, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, TONE_DRIFT_SCALE_USAGE: usageFile }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (c) => resolveRun({ code: c, stderr: err }));
  });
  const wallMs = performance.now() - t0;
  if (code !== 0) throw new Error(`bench:scale: batch --jobs ${jobs} on ${file} exited with ${String(code)}: ${stderr.trim()}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as Usage;
  const check = await checkOutput(out);
  rmSync(out, { force: true }); // 1 GB in is about 2.4 GB out
  const cpuMs = usage.userCpuMs + usage.systemCpuMs;
  return { jobs, wallMs, peakRssMB: usage.maxRssKB / 1024, cpuMs, cores: cpuMs / wallMs, load: [loadStart, os.loadavg()[0]!], check };
}

/** Deals the corpus's lines into two files, alternately, so each half has the same mix of records. */
async function halves(file: string, tmp: string): Promise<[string, string]> {
  const paths: [string, string] = [join(tmp, 'half-0.ndjson'), join(tmp, 'half-1.ndjson')];
  const outs = paths.map((p) => createWriteStream(p));
  let which = 0;
  let rest = Buffer.alloc(0);
  const write = async (i: number, data: Buffer): Promise<void> => {
    if (!outs[i]!.write(data)) await once(outs[i]!, 'drain');
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const buf = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    let from = 0;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, from)) {
      await write(which, buf.subarray(from, nl + 1));
      which ^= 1;
      from = nl + 1;
    }
    rest = Buffer.from(buf.subarray(from));
  }
  if (rest.length > 0) await write(which, rest);
  await Promise.all(outs.map((o) => new Promise<void>((done, fail) => o.end((err?: Error | null) => (err ? fail(err) : done())))));
  return paths;
}

interface PairRun {
  wallMs: number;
  cpuMs: number;
  /** Each process's own peak. */
  peakRssMB: [number, number];
  lines: number;
  misordered: boolean;
}

/** Two `--jobs 1` processes side by side, one per half; wall time until the later one ends. */
async function runPair(files: [string, string], tmp: string): Promise<PairRun> {
  const t0 = performance.now();
  const [a, b] = await Promise.all([runBatch(files[0], 1, tmp, 'half-0'), runBatch(files[1], 1, tmp, 'half-1')]);
  const wallMs = performance.now() - t0;
  return {
    wallMs,
    cpuMs: a.cpuMs + b.cpuMs,
    peakRssMB: [a.peakRssMB, b.peakRssMB],
    lines: a.check.lines + b.check.lines,
    misordered: a.check.misordered !== undefined || b.check.misordered !== undefined,
  };
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: HERE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

async function main(): Promise<void> {
  if (values.prepare) {
    for (const size of sizes) await corpus(size);
    return;
  }
  const started = new Date();
  const loadBefore = os.loadavg();
  const tmp = mkdtempSync(join(os.tmpdir(), 'td-scale-'));
  const rows: Array<Record<string, unknown>> = [];
  const ceilings: Array<{ size: string; runs: number; wallS: number; wallSRange: [number, number]; cpuS: number; peakRssMB: number; speedUp?: number }> = [];
  const problems: string[] = [];
  try {
    for (const [sizeIndex, size] of sizes.entries()) {
      const runs = runsFor(sizeIndex);
      const { path, meta, generatedMs } = await corpus(size);
      const mb = meta.bytes / MB;
      const byJobs = new Map<number, Run[]>(jobCounts.map((j) => [j, []]));
      const withCeiling = values.ceiling && meta.bytes <= 100 * MB * 1.01;
      const halfFiles = withCeiling ? await halves(path, tmp) : undefined;
      const pairs: PairRun[] = [];
      for (let r = 0; r < runs; r++) {
        const order = r % 2 === 0 ? jobCounts : [...jobCounts].reverse();
        if (halfFiles !== undefined) {
          const pair = await runPair(halfFiles, tmp);
          pairs.push(pair);
          log(
            `${size.padEnd(6)} 2 × jobs 1 (separate processes, half each)  ${f1(pair.wallMs / 1000).padStart(7)} s  ${f2(mb / (pair.wallMs / 1000)).padStart(6)} MB/s  ` +
              `peak RSS ${f1(pair.peakRssMB[0])} + ${f1(pair.peakRssMB[1])} MB  ${pair.lines}/${meta.records} lines`,
          );
          if (pair.lines !== meta.records || pair.misordered) problems.push(`${size} ceiling: ${pair.lines} output lines for ${meta.records} records`);
        }
        for (const jobs of order) {
          const run = await runBatch(path, jobs, tmp);
          byJobs.get(jobs)!.push(run);
          const c = run.check;
          log(
            `${size.padEnd(6)} jobs ${jobs}  ${f1(run.wallMs / 1000).padStart(7)} s  ${f2(mb / (run.wallMs / 1000)).padStart(6)} MB/s  ` +
              `${f1(meta.records / (run.wallMs / 1000)).padStart(7)} rec/s  peak RSS ${f1(run.peakRssMB).padStart(6)} MB  ` +
              `${f2(run.cores)} cores busy  load ${f1(run.load[0])}→${f1(run.load[1])}  ${c.lines}/${meta.records} lines, ${c.errors} errors`,
          );
          if (c.lines !== meta.records) problems.push(`${size} jobs ${jobs}: ${c.lines} output lines for ${meta.records} records`);
          if (c.misordered !== undefined) problems.push(`${size} jobs ${jobs}: line ${c.misordered} is not index ${c.misordered}`);
        }
      }
      if (pairs.length > 0) {
        const wall = summarize(pairs.map((x) => x.wallMs));
        ceilings.push({
          size,
          runs: pairs.length,
          wallS: wall.median / 1000,
          wallSRange: [wall.min / 1000, wall.max / 1000],
          cpuS: summarize(pairs.map((x) => x.cpuMs)).median / 1000,
          peakRssMB: Math.max(...pairs.flatMap((x) => x.peakRssMB)),
        });
      }
      for (const [jobs, list] of byJobs) {
        const wall = summarize(list.map((x) => x.wallMs));
        const s = wall.median / 1000;
        const last = list[list.length - 1]!;
        rows.push({
          size,
          bytes: meta.bytes,
          mb,
          records: meta.records,
          jobs,
          runs: list.length,
          wallS: s,
          wallSRange: [wall.min / 1000, wall.max / 1000],
          mbPerS: mb / s,
          recordsPerS: meta.records / s,
          msPerMB: wall.median / mb,
          peakRssMB: Math.max(...list.map((x) => x.peakRssMB)),
          cpuS: summarize(list.map((x) => x.cpuMs)).median / 1000,
          coresBusy: summarize(list.map((x) => x.cores)).median,
          loadAvg: list.map((x) => x.load),
          perRun: list.map((x) => ({ wallS: x.wallMs / 1000, cpuS: x.cpuMs / 1000, peakRssMB: x.peakRssMB, load: x.load })),
          outputLines: last.check.lines,
          reports: last.check.reports,
          errors: last.check.errors,
          outputMB: last.check.outputBytes / MB,
          allAccountedFor: list.every((x) => x.check.lines === meta.records && x.check.misordered === undefined),
          ...(generatedMs === undefined ? {} : { corpusGeneratedS: generatedMs / 1000 }),
        });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const row = (size: string, jobs: number) => rows.find((r) => r.size === size && r.jobs === jobs) as { wallS: number; msPerMB: number; peakRssMB: number } | undefined;
  const speedUp: Record<string, number> = {};
  const linearity: Record<string, Record<string, number>> = {};
  const memory: Record<string, Record<string, number>> = {};
  const base = jobCounts[0]!;
  for (const size of sizes) {
    for (const jobs of jobCounts) {
      const r = row(size, jobs);
      if (r === undefined) continue;
      (linearity[`jobs${jobs}`] ??= {})[size] = r.msPerMB;
      (memory[`jobs${jobs}`] ??= {})[size] = r.peakRssMB;
      const b = row(size, base);
      if (jobs !== base && b !== undefined) speedUp[`${size} jobs${jobs}/jobs${base}`] = b.wallS / r.wallS;
    }
  }

  for (const c of ceilings) {
    const one = row(c.size, 1);
    if (one !== undefined) c.speedUp = one.wallS / c.wallS;
  }

  const date = started.toISOString().slice(0, 10);
  const report = {
    date,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    seed,
    sizes,
    jobs: jobCounts,
    runs: sizes.map((_, i) => runsFor(i)),
    command: `node --import benchmarks/scaleHook.mjs ${relative(ROOT, CLI)} batch <corpus> --out <tmp> --jobs N --quiet`,
    machine: {
      ...machineInfo(),
      loadAvgBefore: loadBefore,
      loadAvgAfter: os.loadavg(),
    },
    git: { commit: git(['rev-parse', 'HEAD']), srcDirty: (git(['status', '--porcelain', '--', 'src']) ?? '') !== '' },
    results: rows,
    msPerMB: linearity,
    peakRssMB: memory,
    speedUp,
    ceiling: {
      what: 'two separate --jobs 1 processes side by side, one per half of the corpus (alternate records): the speed-up two cores give this work at best here; speedUp is jobs 1 wall over this wall',
      results: ceilings,
    },
    problems,
  };
  const name = values.sizes === DEFAULT_SIZES ? `${date}-scale.json` : `${date}-scale-${sizes.join('-')}.json`;
  const out = resolve(values.results ?? join(HERE, 'results', name));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

  log('');
  log(`${report.machine.cpu}, ${report.machine.cores} cores, Node ${process.version}; load average before ${loadBefore.map(f2).join(' ')}`);
  log('size    jobs    wall s    MB/s     rec/s  peak RSS MB  ms/MB   CPU s  cores busy');
  for (const r of rows as Array<{ size: string; jobs: number; wallS: number; mbPerS: number; recordsPerS: number; peakRssMB: number; msPerMB: number; cpuS: number; coresBusy: number }>) {
    log(
      `${r.size.padEnd(6)}  ${String(r.jobs).padStart(4)}  ${f1(r.wallS).padStart(8)}  ${f2(r.mbPerS).padStart(6)}  ${f1(r.recordsPerS).padStart(8)}  ${f1(r.peakRssMB).padStart(11)}  ${f1(r.msPerMB).padStart(5)}  ${f1(r.cpuS).padStart(6)}  ${f2(r.coresBusy).padStart(10)}`,
    );
  }
  for (const [k, v] of Object.entries(speedUp)) log(`speed-up ${k}: ${f2(v)}×`);
  for (const c of ceilings) {
    if (c.speedUp !== undefined) log(`ceiling ${c.size}: two separate 1-job processes, half each: ${f1(c.wallS)} s, ${f2(c.speedUp)}× one 1-job process`);
  }
  log(`wrote ${relative(ROOT, out)}`);
  if (problems.length > 0) {
    for (const p of problems) log(`PROBLEM: ${p}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
