/**
 * Hashes every finding (and every full report) tone-drift produces on the labeled corpus and on a
 * generated workload. A performance change must leave the findings hash unchanged.
 *   npx tsx benchmarks/golden.ts
 */
import { createHash } from 'node:crypto';
import { buildWorkload } from './workload.js';
import { loadProcesses, loadSentences } from '../eval/corpus.js';
import { analyze } from '../src/index.js';
const h = createHash('sha256');
const hf = createHash('sha256');
for (const s of loadSentences()) { const r = analyze({ rounds: [{ answers: [s.text] }] }); hf.update(JSON.stringify(r.rounds[0]!.findings)); h.update(JSON.stringify(r)); }
for (const p of loadProcesses()) { const { id, scenario, expect, split, file, line, ...proc } = p as any; const r = analyze(proc); hf.update(JSON.stringify(r.rounds.map((x) => x.findings))); h.update(JSON.stringify(r)); }
for (const p of buildWorkload(1024 * 512, 3).processes) { const r = analyze(p); hf.update(JSON.stringify(r.rounds.map((x) => x.findings))); h.update(JSON.stringify(r)); }
console.log('findings', hf.digest('hex').slice(0, 16), 'reports', h.digest('hex').slice(0, 16));
