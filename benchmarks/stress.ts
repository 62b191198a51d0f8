/**
 * Linear-time check on adversarial input: for each shape, analyze() on a text of size s and
 * of size 10·s (one turn), medians of 3 runs; a ratio near 10 is linear, near 100 quadratic.
 *   npx tsx benchmarks/stress.ts            # 0.5 MB and 5 MB
 *   npx tsx benchmarks/stress.ts --small    # 50 KB and 500 KB
 */
import { analyze } from '../src/index.js';
import { ADVERSARIAL } from './adversarial.js';

const small = process.argv.includes('--small');
const base = small ? 50_000 : 500_000;
const limits = { maxTurnChars: 20_000_000, maxRoundChars: 20_000_000, maxProcessChars: 20_000_000 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    analyze({ rounds: [{ answers: [text] }] }, { limits });
    runs.push(performance.now() - t);
  }
  return median(runs);
}

console.log(`${'input'.padEnd(34)}${'1x ms'.padStart(10)}${'10x ms'.padStart(10)}${'ratio'.padStart(8)}`);
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const a = time(make(base));
  const b = time(make(base * 10));
  console.log(`${name.padEnd(34)}${a.toFixed(1).padStart(10)}${b.toFixed(1).padStart(10)}${(b / a).toFixed(1).padStart(8)}`);
}
