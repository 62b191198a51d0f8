/**
 * The first call: what a new process pays before its first report (an app that analyzes once,
 * a CLI run per file). Each run is a fresh `node` process that imports a build, times the
 * first `analyze()` of examples/process.json and a second one, and reports its CPU time.
 *
 *   npm run build && npx tsx benchmarks/firstCall.ts                 10 runs of dist/
 *   npx tsx benchmarks/firstCall.ts --runs 20 --against OTHER_DIST   alternating with another build
 *
 * Prints medians: import ms, first analyze() ms, second analyze() ms, process CPU ms; with
 * --against, the median of the paired ratios (this build over the other) of the first call.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, dist: { type: 'string', default: 'dist' }, against: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const example = resolve(root, 'examples/process.json');

const CHILD = `
const t0 = performance.now();
const { analyze } = await import(process.argv[1]);
const t1 = performance.now();
const p = JSON.parse((await import('node:fs')).readFileSync(process.argv[2], 'utf8'));
analyze(p);
const t2 = performance.now();
analyze(p);
const t3 = performance.now();
const c = process.cpuUsage();
console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, (c.user + c.system) / 1000]));
`;

function once(dist: string): number[] {
  const entry = pathToFileURL(resolve(root, dist, 'index.js')).href;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, entry, example], { encoding: 'utf8' })) as number[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const runs = Number(values.runs);
const builds = values.against === undefined ? [values.dist] : [values.dist, values.against];
const results = new Map<string, number[][]>(builds.map((b) => [b, []]));
for (let i = 0; i < runs; i++) for (const b of builds) results.get(b)!.push(once(b));

console.log(`first call on examples/process.json, ${runs} fresh processes per build (medians)`);
console.log(`${'build'.padEnd(28)}${'import ms'.padStart(11)}${'first ms'.padStart(10)}${'second ms'.padStart(11)}${'CPU ms'.padStart(9)}`);
for (const [b, rows] of results) {
  const col = (k: number) => median(rows.map((r) => r[k]!)).toFixed(k === 2 ? 1 : 0);
  console.log(`${b.padEnd(28)}${col(0).padStart(11)}${col(1).padStart(10)}${col(2).padStart(11)}${col(3).padStart(9)}`);
}
if (values.against !== undefined) {
  const [a, b] = [results.get(values.dist)!, results.get(values.against)!];
  console.log(`first call, ${values.dist} over ${values.against}: ${median(a.map((r, i) => r[1]! / b[i]![1]!)).toFixed(2)} (median of paired ratios)`);
}
