/**
 * `npx tsx eval/devErrors.ts [dimension]`: the DEV split's sentence errors, for tuning.
 * It never prints test-split items: tune on dev only (see corpus/GUIDELINES.md).
 */
import { loadSentences } from './corpus.js';
import { evalSentences } from './sentences.js';

const only = process.argv[2];
const dev = loadSentences().filter((s) => s.split === 'dev');
const { errors } = evalSentences(dev);
for (const e of errors) {
  if (only && e.dimension !== only) continue;
  console.log(`${e.dimension}\tgold ${e.gold} pred ${e.predicted}\t${e.id}\t${e.text}\t[${e.cues.join(' ')}]`);
}
