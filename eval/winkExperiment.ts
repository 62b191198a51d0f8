/**
 * Does wink-nlp's negation layer improve accuracy over our own negation scope?
 * Runs on the DEV split only. Variant "ours": the library as shipped. Variant "wink": our cue
 * matching with our negation scope switched off, then wink-nlp's negation flag (sbd, pos,
 * negation pipe) decides, only on sentences where a negation-sensitive cue fired.
 * Usage: npx tsx eval/winkExperiment.ts
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { DIMENSION_DEFS, type Dimension, type Finding } from '../src/index.js';
import { compileLexicon } from '../src/dimensions/compile.js';
import { collectEvidence } from '../src/dimensions/evidence.js';
import type { DimensionDef } from '../src/dimensions/types.js';
import { labelsOf } from './classify.js';
import { loadSentences } from './corpus.js';
import { dimensionScores } from './metrics.js';

const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const its = nlp.its;

const withoutNegation = (def: DimensionDef): DimensionDef => ({
  ...def,
  blockedBy: def.blockedBy.filter((s) => s !== 'negation'),
  cues: def.cues.map((c) => (c.blockedBy ? { ...c, blockedBy: c.blockedBy.filter((s) => s !== 'negation') } : c)),
});
const ours = compileLexicon(DIMENSION_DEFS);
const relaxed = compileLexicon(DIMENSION_DEFS.map(withoutNegation));
const negationSensitive = new Set(DIMENSION_DEFS.flatMap((def) => def.cues.filter((c) => (c.blockedBy ?? def.blockedBy).includes('negation')).map((c) => c.id)));

/** Drops findings whose first token wink marks as inside a negation scope. */
function winkFilter(text: string, findings: Finding[]): Finding[] {
  const sensitive = findings.filter((f) => negationSensitive.has(f.cue));
  if (sensitive.length === 0) return findings;
  const doc = nlp.readDoc(text);
  const starts: number[] = [];
  const negated: boolean[] = [];
  let offset = 0;
  doc.tokens().each((t) => {
    offset += t.out(its.precedingSpaces).length;
    starts.push(offset);
    negated.push(t.out(its.negationFlag) as boolean);
    offset += t.out().length;
  });
  return findings.filter((f) => {
    if (!negationSensitive.has(f.cue)) return true;
    const i = starts.findIndex((s, k) => s <= f.start && (starts[k + 1] ?? Infinity) > f.start);
    return !(i >= 0 && negated[i]);
  });
}

const items = loadSentences().filter((s) => s.split === 'dev' && s.speaker === 'candidate');
const gold: Record<string, number[]> = {};
const predOurs: Record<string, number[]> = {};
const predWink: Record<string, number[]> = {};
for (const d of DIMENSION_DEFS) [gold[d.name], predOurs[d.name], predWink[d.name]] = [[], [], []];
let winkCalls = 0;
const started = performance.now();
for (const item of items) {
  const a = labelsOf(collectEvidence([{ turn: 0, text: item.text }], ours).findings);
  const relaxedFindings = collectEvidence([{ turn: 0, text: item.text }], relaxed).findings;
  if (relaxedFindings.some((f) => negationSensitive.has(f.cue))) winkCalls++;
  const b = labelsOf(winkFilter(item.text, relaxedFindings));
  for (const d of DIMENSION_DEFS) {
    gold[d.name]!.push(item.labels[d.name]);
    predOurs[d.name]!.push(a[d.name]);
    predWink[d.name]!.push(b[d.name]);
  }
}
console.log(`dev candidate sentences: ${items.length}; sentences sent to wink: ${winkCalls}; ${(performance.now() - started).toFixed(0)} ms`);
console.log('dimension       ours F1   wink-negation F1');
for (const d of DIMENSION_DEFS) {
  const bipolar = d.min < 0;
  const o = dimensionScores(gold[d.name]!, predOurs[d.name]!, bipolar).f1;
  const w = dimensionScores(gold[d.name]!, predWink[d.name]!, bipolar).f1;
  console.log(`${(d.name as Dimension).padEnd(16)}${o.toFixed(3).padStart(7)}   ${w.toFixed(3).padStart(7)}`);
}
