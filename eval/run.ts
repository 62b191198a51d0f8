/**
 * `npm run eval`: accuracy on the labeled corpus (dev and test splits, separately) and the
 * external checks. Prints a table and writes eval/report.json.
 */
import { writeFileSync } from 'node:fs';
import { DIMENSION_DEFS } from '../src/index.js';
import { loadProcesses, loadSentences } from './corpus.js';
import { baselineOnTest } from './baseline.js';
import { useCuesOnly } from './classify.js';
import { casino, politeness } from './external.js';
import { signalScores } from './metrics.js';
import { f1Interval } from './interval.js';
import { evalProcesses } from './processes.js';
import { evalSentences } from './sentences.js';
import { withoutApostrophes } from './perturb.js';

const f3 = (x: number | undefined): string => (x === undefined ? '   -  ' : x.toFixed(3));
const sentences = loadSentences();
const processes = loadProcesses();
const splits = ['dev', 'test'] as const;

const sentenceResults = Object.fromEntries(splits.map((s) => [s, evalSentences(sentences.filter((x) => x.split === s))]));
const testItems = sentences.filter((x) => x.split === 'test');
/** The test split by corpus file: each file's writer, domain and time of writing differ. */
const files = [...new Set(sentences.map((s) => s.file))].sort();
const testByFile = Object.fromEntries(files.map((f) => [f, evalSentences(testItems.filter((x) => x.file === f))]));
const processResults = Object.fromEntries(splits.map((s) => [s, evalProcesses(processes.filter((x) => x.split === s))]));
const external = [politeness(), casino()];
const baseline = baselineOnTest(sentences);
/** The test split typed without the apostrophes of contractions (eval/perturb.ts): how much casual typing costs. */
const testTyped = testItems.map((x) => ({ ...x, text: withoutApostrophes(x.text) }));
const bareTest = evalSentences(testTyped);
const bareLines = testTyped.filter((x, i) => x.speaker === 'candidate' && x.text !== testItems[i]!.text).length;
/** The test split with the cue tables alone (the learned layer off): what the layer adds. */
useCuesOnly();
const cuesOnlyTest = evalSentences(testItems);
useCuesOnly(false);

const lines: string[] = [];
lines.push(`Sentences (${sentences.filter((s) => s.speaker === 'candidate').length} candidate lines, ${sentences.filter((s) => s.speaker === 'interviewer').length} interviewer lines)`);
lines.push('');
lines.push('| dimension | dev F1 | dev P | dev R | test F1 | test F1, 95% CI | test P | test R | cues-only test F1 | baseline test F1 |');
lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
const testIntervals = Object.fromEntries(DIMENSION_DEFS.map((def) => {
  const { gold, pred } = sentenceResults.test!.labels[def.name];
  return [def.name, f1Interval(gold, pred, def.min < 0)];
}));
for (const def of DIMENSION_DEFS) {
  const cells = splits.flatMap((s) => {
    const d = sentenceResults[s]!.dimensions[def.name];
    const { precision, recall } = signalScores(d);
    const [lo, hi] = testIntervals[def.name]!;
    return s === 'dev' ? [f3(d.f1), f3(precision), f3(recall)] : [f3(d.f1), `${f3(lo)} to ${f3(hi)}`, f3(precision), f3(recall)];
  });
  lines.push(`| ${def.name} | ${cells.join(' | ')} | ${f3(cuesOnlyTest.dimensions[def.name].f1)} | ${f3(baseline[def.name].f1)} |`);
}
lines.push(`| interviewer lines with any finding | ${sentenceResults.dev!.interviewerLeaks} of ${sentenceResults.dev!.interviewerLines} | | | ${sentenceResults.test!.interviewerLeaks} of ${sentenceResults.test!.interviewerLines} | | | | | |`);
lines.push('');
lines.push(`Test F1 with contractions typed without their apostrophe ("Im", "dont", "were", "its"; ${bareLines} of ${bareTest.n} test lines change)`);
lines.push('');
lines.push('| dimension | as written | without apostrophes |');
lines.push('|---|--:|--:|');
for (const def of DIMENSION_DEFS) lines.push(`| ${def.name} | ${f3(sentenceResults.test!.dimensions[def.name].f1)} | ${f3(bareTest.dimensions[def.name].f1)} |`);
lines.push(`| interviewer lines with any finding | ${sentenceResults.test!.interviewerLeaks} | ${bareTest.interviewerLeaks} |`);
lines.push('');
lines.push('Test F1 by corpus file (sentences-a/b were written before the first tuning; c/d and every later set, three writers at a time up to z34/z35/z36, by other writers; no cue was tuned on i/j; cues were tuned on the dev errors of k/l/m and of every later set up to z31/z32/z33 (focus cues on those of z28/z29/z30 at the end of the round that added them), none on z34/z35/z36; the learned layer trains on the dev items of a to p for every dimension (focus without k/l/m), of q/r/s to z7/z8/z9 for focus and examples and of z10/z11/z12 for examples (eval/split.ts NOT_TRAINED_ON); no model trains on z13 to z36)');
lines.push('');
lines.push(`| dimension | ${files.map((f) => `${f.replace(/\.jsonl$/, '')} (${testByFile[f]!.n})`).join(' | ')} |`);
lines.push(`|---|${files.map(() => '--:').join('|')}|`);
for (const def of DIMENSION_DEFS) lines.push(`| ${def.name} | ${files.map((f) => f3(testByFile[f]!.dimensions[def.name].f1)).join(' | ')} |`);
lines.push('');
lines.push(`Processes (${processes.length} processes, consecutive pairs labeled up/down/same per dimension)`);
lines.push('');
lines.push('| metric | dev | test |');
lines.push('|---|--:|--:|');
lines.push(`| processes / pairs | ${processResults.dev!.processes} / ${processResults.dev!.pairs} | ${processResults.test!.processes} / ${processResults.test!.pairs} |`);
for (const def of DIMENSION_DEFS) lines.push(`| direction accuracy: ${def.name} | ${f3(processResults.dev!.direction[def.name])} | ${f3(processResults.test!.direction[def.name])} |`);
lines.push(`| direction accuracy: all | ${f3(processResults.dev!.directionOverall)} | ${f3(processResults.test!.directionOverall)} |`);
lines.push(`| false alarms on unchanged (pair, dimension) cells | ${f3(processResults.dev!.falseAlarmRate)} | ${f3(processResults.test!.falseAlarmRate)} |`);
lines.push(`| flag accuracy (warning / info / none) | ${f3(processResults.dev!.flagAccuracy)} | ${f3(processResults.test!.flagAccuracy)} |`);
lines.push('');
lines.push('External checks (data written by others; error analysis on these parts only, see README)');
lines.push('');
lines.push('| check | AUC | n |');
lines.push('|---|--:|--:|');
for (const e of external) lines.push(e.available ? `| ${e.message} | ${f3(e.auc)} | ${e.positives} vs ${e.negatives} |` : `| ${e.name}: ${e.message} | - | - |`);

console.log(lines.join('\n'));
const strip = <T extends { errors: unknown[]; labels: unknown }>({ labels: _labels, ...r }: T) => ({ ...r, errors: r.errors.length });
writeFileSync(
  new URL('./report.json', import.meta.url),
  `${JSON.stringify({ sentences: Object.fromEntries(splits.map((s) => [s, strip(sentenceResults[s]!)])), testF1Interval95: testIntervals, testByFile: Object.fromEntries(files.map((f) => [f, strip(testByFile[f]!)])), processes: Object.fromEntries(splits.map((s) => [s, strip(processResults[s]!)])), cuesOnlyTest: strip(cuesOnlyTest), testWithoutApostrophes: { ...strip(bareTest), linesChanged: bareLines }, baseline, external }, null, 2)}\n`,
);
console.log('\nwrote eval/report.json');
