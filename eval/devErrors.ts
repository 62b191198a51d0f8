/**
 * `npx tsx eval/devErrors.ts [dimension] [--cues-only] [--files e,f]`: the DEV split's sentence
 * errors, then its per-dimension scores, for tuning. It never prints test-split items or scores:
 * tune on dev only (see corpus/GUIDELINES.md). `--cues-only` turns the learned layer off (it
 * was trained on these very items, so with it on the dev errors understate what the cues miss);
 * `--files e,f` keeps the items of sentences-e and sentences-f only. The errors on the dev items
 * of FRESH's files (eval/split.ts) are counted but not shown unless `--read-fresh` is
 * given: no cue, weight or model has seen those items, and reading them ends that.
 */
import { useCuesOnly } from './classify.js';
import { loadSentences } from './corpus.js';
import { signalScores } from './metrics.js';
import { evalSentences } from './sentences.js';
import { FRESH } from './split.js';

const args = process.argv.slice(2);
const filesAt = args.indexOf('--files');
const files = filesAt >= 0 ? args[filesAt + 1]!.split(',').map((x) => `sentences-${x}.jsonl`) : undefined;
const only = args.find((a, i) => !a.startsWith('--') && (filesAt < 0 || i !== filesAt + 1));
if (args.includes('--cues-only')) useCuesOnly();
const dev = loadSentences().filter((s) => s.split === 'dev' && (files === undefined || files.includes(s.file)));
const { errors, dimensions, interviewerLeaks, interviewerLines, n } = evalSentences(dev);
const fresh = new Set(args.includes('--read-fresh') ? [] : dev.filter((s) => FRESH.includes(s.file)).map((s) => s.id));
let hidden = 0;
for (const e of errors) {
  if (only && e.dimension !== only) continue;
  if (fresh.has(e.id)) {
    hidden++;
    continue;
  }
  console.log(`${e.dimension}\tgold ${e.gold} pred ${e.predicted}\t${e.id}\t${e.text}\t[${e.cues.join(' ')}]`);
}
if (hidden > 0) console.log(`(${hidden} errors on the dev items of ${FRESH.join(', ')} not shown: nothing has been tuned on them yet; --read-fresh shows them, and ends that)`);
console.log(`\ndev split: ${n} candidate lines; interviewer lines with a finding: ${interviewerLeaks} of ${interviewerLines}`);
for (const [name, s] of Object.entries(dimensions)) {
  if (only && name !== only) continue;
  const { precision, recall } = signalScores(s);
  console.log(`${name.padEnd(14)} F1 ${s.f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  errors ${errors.filter((e) => e.dimension === name).length}`);
}
