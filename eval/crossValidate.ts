/**
 * Cross-validation over writers for the learned layer's training settings (eval/baseline.ts):
 * the dev items of the corpus files the models train on, minus FRESH, in four groups of files
 * (every fourth file), each scored by a model trained on the other three. The model alone is
 * scored (no cues), as the baseline is. Uses no test item and no fresh item.
 *
 *   npx tsx eval/crossValidate.ts                          the settings in eval/baseline.ts
 *   npx tsx eval/crossValidate.ts 0.5:300:1e-3 16:300:1e-4 learningRate:epochs:l2, one row each
 *   npx tsx eval/crossValidate.ts --features skip,stem     the settings in eval/baseline.ts, with
 *                                                          feature kinds the library does not have
 *                                                          (an experiment: see EXTRA below)
 *   npx tsx eval/crossValidate.ts --keep 1000,2000         the models pruned as the library ships
 *                                                          them (eval/trainLearned.ts: that many
 *                                                          features, margins in 1/scale, each
 *                                                          dimension's margin over class 0, trained
 *                                                          again where LEARNED.refit says so); with
 *                                                          --features, the extra kinds pruned the same way;
 *                                                          --refit: every dimension trained again;
 *                                                          --no-refit: none, pruned as before the twelfth
 *                                                          round (by margin alone)
 */
import { DIMENSION_DEFS, type Dimension } from '../src/index.js';
import { BASELINE, classesOf, featuresOfItems, predict, train, trainingItems, type TrainSettings } from './baseline.js';
import { loadSentences } from './corpus.js';
import { LEARNED, trainPruned, type Pruned } from './trainLearned.js';
import { dimensionScores } from './metrics.js';

const GROUPS = 4;
const args = process.argv.slice(2);

/** Whether a dimension's pruned model is trained again: as the library ships it unless `--refit` or `--no-refit` says otherwise. */
const refitOf = (dimension: Dimension): boolean => (args.includes('--no-refit') ? false : args.includes('--refit') ? true : LEARNED.refit[dimension]);

/**
 * Feature kinds the library's model does not use, for measuring whether it should:
 * `skip`, each pair of words with one word between them; `stem`, the first five letters of each
 * word longer than five; `tri`, each three words in a row.
 */
const EXTRA: Record<string, (words: readonly string[], i: number) => string | undefined> = {
  skip: (w, i) => (i > 1 ? `k:${w[i - 2]} ${w[i]}` : undefined),
  stem: (w, i) => (w[i]!.length > 5 ? `s:${w[i]!.slice(0, 5)}` : undefined),
  tri: (w, i) => (i > 1 ? `t:${w[i - 2]} ${w[i - 1]} ${w[i]}` : undefined),
};

/** The `kinds` of EXTRA over a sentence's words. */
function extraOf(kinds: readonly string[]): (words: readonly string[]) => string[] {
  return (words) => kinds.flatMap((kind) => words.flatMap((_, i) => EXTRA[kind]!(words, i) ?? []));
}

/** The library's rule over a pruned model: the class with the largest positive margin, else 0. */
function predictPruned(pruned: Pruned, features: readonly string[][]): number[] {
  const index = new Map(pruned.features.map((f, i) => [f, i]));
  const k = pruned.classes.length;
  return features.map((x) => {
    let best = 0;
    let top = 0;
    pruned.classes.forEach((cls, c) => {
      let z = pruned.bias[c]!;
      for (const f of x) {
        const i = index.get(f);
        if (i !== undefined) z += pruned.margins[i * k + c]!;
      }
      if (z > top) {
        top = z;
        best = cls;
      }
    });
    return best;
  });
}

function crossValidate(override?: Partial<TrainSettings>, kinds: readonly string[] = [], keep?: number): string {
  const sentences = loadSentences();
  const featuresOf = featuresOfItems(kinds.length === 0 ? undefined : extraOf(kinds));
  const row: string[] = [];
  for (const def of DIMENSION_DEFS) {
    const items = trainingItems(sentences, def.name);
    const files = [...new Set(items.map((s) => s.file))].sort();
    const settings = { ...BASELINE, ...override };
    const gold: number[] = [];
    const pred: number[] = [];
    for (let g = 0; g < GROUPS; g++) {
      const held = new Set(files.filter((_, i) => i % GROUPS === g));
      const rest = items.filter((s) => !held.has(s.file));
      const out = items.filter((s) => held.has(s.file));
      const restFeatures = rest.map(featuresOf);
      const restLabels = rest.map((s) => s.labels[def.name]);
      const features = out.map(featuresOf);
      gold.push(...out.map((s) => s.labels[def.name]));
      if (keep === undefined) pred.push(...predict(train(restFeatures, restLabels, classesOf(def), settings), features));
      else pred.push(...predictPruned(trainPruned(restFeatures, restLabels, classesOf(def), LEARNED.margin[def.name], keep, refitOf(def.name)), features));
    }
    row.push(`${def.name} ${dimensionScores(gold, pred, def.min < 0).f1.toFixed(3)}`);
  }
  return row.join('  ');
}

const at = args.indexOf('--features');
const keepAt = args.indexOf('--keep');
const kinds = at < 0 ? [] : (args[at + 1] ?? '').split(',').filter((k) => k !== '');
const unknown = kinds.filter((k) => !(k in EXTRA));
if (unknown.length > 0) throw new Error(`unknown feature kind(s): ${unknown.join(', ')} (known: ${Object.keys(EXTRA).join(', ')})`);
const extra = kinds.length === 0 ? '' : ` with ${kinds.join('+')}`;
if (keepAt >= 0) {
  for (const keep of (args[keepAt + 1] ?? '').split(',').map(Number)) console.log(`pruned to ${keep}${extra}:`, crossValidate(undefined, kinds, keep));
} else if (at >= 0) {
  console.log(`with ${kinds.join('+')}:`, crossValidate(undefined, kinds));
} else {
  if (args.length === 0) console.log('eval/baseline.ts settings:', crossValidate());
  for (const config of args) {
    const [learningRate, epochs, l2] = config.split(':').map(Number);
    console.log(config, crossValidate({ learningRate, epochs, l2 }));
  }
}
