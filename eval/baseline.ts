/**
 * A learned baseline for comparison: bag-of-words (words and pairs of words in a row) softmax
 * regression, hand-rolled, trained on the DEV split only and evaluated on TEST. Deterministic:
 * zero initialization, full-batch gradient descent, fixed epochs. The same model, pruned, is
 * the library's learned layer (eval/trainLearned.ts); here it runs alone, unpruned.
 */
import { DIMENSION_DEFS, type Dimension, type DimensionDef } from '../src/index.js';
import { featuresOf, sentenceWords } from '../src/dimensions/learned.js';
import { normalize } from '../src/text/normalize.js';
import { readingOf } from '../src/text/compact.js';
import { splitSentences } from '../src/text/sentences.js';
import type { SentenceItem } from './corpus.js';
import { dimensionScores, type DimensionScores } from './metrics.js';
import { NOT_TRAINED_ON } from './split.js';

/**
 * Training settings: full-batch gradient descent, `epochs` steps of `learningRate`, L2 penalty
 * `l2`, features seen in at least `minCount` items. Until the eleventh round the step was 0.5 and
 * the penalty 1e-3: 300 such steps stop far from the optimum (most weights are on rare features,
 * whose averaged gradient is tiny). Chosen by cross-validation over writers on the dev split
 * (`npx tsx eval/crossValidate.ts`: the trained-on files in four groups, each scored by a model
 * trained on the other three; no test or fresh item): F1 of the model alone 0.837 / 0.850 /
 * 0.794 / 0.942 at 0.5 and 1e-3, 0.877 / 0.885 / 0.837 / 0.957 at 16 and 1e-4 (32 alike; 8 and
 * 2400 steps of 0.5 a little lower; l2 3e-4 and 1e-3 lower at 16). With the library (cues, the
 * pruned model, its margins) on the fresh dev items of the time: q/r/s 0.884 / 0.861 / 0.786 /
 * 0.949 -> 0.897 / 0.893 / 0.786 / 0.952 (focus then kept the old settings), then t/u/v focus
 * 0.804 -> 0.838 when focus took them too. The focus model trained further makes the dev
 * processes' drift more sensitive: false alarms 0.010 -> 0.018, flags 0.951 -> 0.937 (it hears
 * real differences in how often a round asks about the employer, which the processes' labels
 * call unchanged, and one value-tied ask for a budget as self-focus); within the goal (3%), kept
 * for the sentence gain on unseen writers.
 */
export interface TrainSettings {
  minCount: number;
  epochs: number;
  learningRate: number;
  l2: number;
}

export const BASELINE: Readonly<TrainSettings> = { minCount: 2, epochs: 300, learningRate: 16, l2: 1e-4 };

/** A dimension's classes: -1, 0 and 1 for a bipolar axis, 0 and 1 otherwise. */
export const classesOf = (def: DimensionDef): number[] => (def.min < 0 ? [-1, 0, 1] : [0, 1]);

/** An utterance's features: those of each of its sentences, as the library reads them. */
export function itemFeatures(text: string, extra?: (words: readonly string[]) => Iterable<string>): string[] {
  // The text as the library reads it: white space compacted, contractions and sentence spaces repaired.
  const view = readingOf(normalize(text), text);
  const out = new Set<string>();
  for (const span of splitSentences(view.norm, view.text)) {
    const words = sentenceWords(view.norm, span);
    for (const f of featuresOf(words)) out.add(f);
    if (extra !== undefined) for (const f of extra(words)) out.add(f);
  }
  return [...out];
}

export interface Model {
  vocab: Map<string, number>;
  classes: number[];
  /** Row-major [class][feature + bias]. */
  weights: Float64Array;
}

function encode(features: readonly string[][], vocab: Map<string, number>): number[][] {
  return features.map((fs) => fs.flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : [])));
}

export function train(features: readonly string[][], labels: readonly number[], classes: readonly number[], settings: TrainSettings = BASELINE): Model {
  const counts = new Map<string, number>();
  for (const fs of features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= settings.minCount) vocab.set(f, vocab.size);
  const X = encode(features, vocab);
  const V = vocab.size + 1;
  const K = classes.length;
  const w = new Float64Array(K * V);
  const grad = new Float64Array(K * V);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    grad.fill(0);
    X.forEach((x, i) => {
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = w[k * V + V - 1]!;
        for (const f of x) z += w[k * V + f]!;
        p[k] = z;
        if (z > max) max = z;
      }
      let total = 0;
      for (let k = 0; k < K; k++) total += p[k] = Math.exp(p[k]! - max);
      for (let k = 0; k < K; k++) {
        const err = p[k]! / total - (classes[k] === labels[i] ? 1 : 0);
        for (const f of x) grad[k * V + f]! += err;
        grad[k * V + V - 1]! += err;
      }
    });
    for (let j = 0; j < w.length; j++) w[j]! -= settings.learningRate * (grad[j]! / X.length + settings.l2 * w[j]!);
  }
  return { vocab, classes: [...classes], weights: w };
}

export function predict(model: Model, features: readonly string[][]): number[] {
  const V = model.vocab.size + 1;
  return encode(features, model.vocab).map((x) => {
    let best = 0;
    let bestZ = -Infinity;
    model.classes.forEach((_, k) => {
      let z = model.weights[k * V + V - 1]!;
      for (const f of x) z += model.weights[k * V + f]!;
      if (z > bestZ) {
        bestZ = z;
        best = k;
      }
    });
    return model.classes[best]!;
  });
}

/** itemFeatures, computed once per item: the dimensions' training sets overlap. */
export function featuresOfItems(extra?: (words: readonly string[]) => Iterable<string>): (item: { id: string; text: string }) => string[] {
  const byId = new Map<string, string[]>();
  return (item) => {
    let features = byId.get(item.id);
    if (features === undefined) byId.set(item.id, (features = itemFeatures(item.text, extra)));
    return features;
  };
}

/** What a dimension's learned model and baseline train on: the dev split's candidate lines, but NOT_TRAINED_ON's for that dimension. */
export function trainingItems(sentences: readonly SentenceItem[], dimension: Dimension): SentenceItem[] {
  const left = NOT_TRAINED_ON[dimension];
  return sentences.filter((s) => s.split === 'dev' && s.speaker === 'candidate' && !left.includes(s.file));
}

/** Trains one model per dimension on the training items; scores it on test candidate lines. */
export function baselineOnTest(sentences: readonly SentenceItem[]): Record<Dimension, DimensionScores> {
  const test = sentences.filter((s) => s.split === 'test' && s.speaker === 'candidate');
  const testFeatures = test.map((s) => itemFeatures(s.text));
  const featuresOf = featuresOfItems();
  const out = {} as Record<Dimension, DimensionScores>;
  for (const def of DIMENSION_DEFS) {
    const dev = trainingItems(sentences, def.name);
    const model = train(dev.map(featuresOf), dev.map((s) => s.labels[def.name]), classesOf(def));
    out[def.name] = dimensionScores(test.map((s) => s.labels[def.name]), predict(model, testFeatures), def.min < 0);
  }
  return out;
}
