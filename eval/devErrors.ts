/**
 * `npx tsx eval/devErrors.ts [dimension]`: the DEV split's sentence errors, then its per-dimension
 * scores, for tuning. It never prints test-split items or scores: tune on dev only (see
 * corpus/GUIDELINES.md).
 */
import { loadSentences } from './corpus.js';
import { signalScores } from './metrics.js';
import { evalSentences } from './sentences.js';

const only = process.argv[2];
const dev = loadSentences().filter((s) => s.split === 'dev');
const { errors, dimensions, interviewerLeaks, interviewerLines, n } = evalSentences(dev);
for (const e of errors) {
  if (only && e.dimension !== only) continue;
  console.log(`${e.dimension}\tgold ${e.gold} pred ${e.predicted}\t${e.id}\t${e.text}\t[${e.cues.join(' ')}]`);
}
console.log(`\ndev split: ${n} candidate lines; interviewer lines with a finding: ${interviewerLeaks} of ${interviewerLines}`);
for (const [name, s] of Object.entries(dimensions)) {
  if (only && name !== only) continue;
  const { precision, recall } = signalScores(s);
  console.log(`${name.padEnd(14)} F1 ${s.f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  errors ${errors.filter((e) => e.dimension === name).length}`);
}
