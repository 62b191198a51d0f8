/**
 * Cross-validation over writers for the learned layer's training settings (eval/baseline.ts):
 * the dev items of the corpus files the models train on, minus FRESH, in four groups of files
 * (every fourth file), each scored by a model trained on the other three. The model alone is
 * scored (no cues), as the baseline is. Uses no test item and no fresh item.
 *
 *   npx tsx eval/crossValidate.ts                          the settings in eval/baseline.ts
 *   npx tsx eval/crossValidate.ts 0.5:300:1e-3 16:300:1e-4 learningRate:epochs:l2, one row each
 */
import { DIMENSION_DEFS } from '../src/index.js';
import { BASELINE, classesOf, featuresOfItems, predict, train, trainingItems, type TrainSettings } from './baseline.js';
import { loadSentences } from './corpus.js';
import { dimensionScores } from './metrics.js';

const GROUPS = 4;

function crossValidate(override?: Partial<TrainSettings>): string {
  const sentences = loadSentences();
  const featuresOf = featuresOfItems();
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
      const model = train(rest.map(featuresOf), rest.map((s) => s.labels[def.name]), classesOf(def), settings);
      gold.push(...out.map((s) => s.labels[def.name]));
      pred.push(...predict(model, out.map(featuresOf)));
    }
    row.push(`${def.name} ${dimensionScores(gold, pred, def.min < 0).f1.toFixed(3)}`);
  }
  return row.join('  ');
}

const configs = process.argv.slice(2);
if (configs.length === 0) console.log('eval/baseline.ts settings:', crossValidate());
for (const config of configs) {
  const [learningRate, epochs, l2] = config.split(':').map(Number);
  console.log(config, crossValidate({ learningRate, epochs, l2 }));
}
