/**
 * A learned baseline for comparison: bag-of-words (unigrams and bigrams) softmax regression,
 * hand-rolled, trained on the DEV split only and evaluated on TEST. Deterministic: zero
 * initialization, full-batch gradient descent, fixed epochs. Development-time only.
 */
import { DIMENSION_DEFS, normalize, tokenize, type Dimension } from '../src/index.js';
import type { SentenceItem } from './corpus.js';
import { dimensionScores, type DimensionScores } from './metrics.js';

export const BASELINE = { minCount: 2, epochs: 300, learningRate: 0.5, l2: 1e-3 } as const;

function features(text: string): string[] {
  const words = tokenize(normalize(text)).map((t) => t.norm);
  const out = new Set<string>(words.map((w) => `u:${w}`));
  for (let i = 1; i < words.length; i++) out.add(`b:${words[i - 1]} ${words[i]}`);
  return [...out];
}

interface Model {
  vocab: Map<string, number>;
  classes: number[];
  /** Row-major [class][feature + bias]. */
  weights: Float64Array;
}

function encode(texts: readonly string[], vocab: Map<string, number>): number[][] {
  return texts.map((t) => features(t).flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : [])));
}

export function train(texts: readonly string[], labels: readonly number[], classes: readonly number[]): Model {
  const counts = new Map<string, number>();
  for (const t of texts) for (const f of features(t)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= BASELINE.minCount) vocab.set(f, vocab.size);
  const X = encode(texts, vocab);
  const V = vocab.size + 1;
  const K = classes.length;
  const w = new Float64Array(K * V);
  const grad = new Float64Array(K * V);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < BASELINE.epochs; epoch++) {
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
    for (let j = 0; j < w.length; j++) w[j]! -= BASELINE.learningRate * (grad[j]! / X.length + BASELINE.l2 * w[j]!);
  }
  return { vocab, classes: [...classes], weights: w };
}

export function predict(model: Model, texts: readonly string[]): number[] {
  const V = model.vocab.size + 1;
  return encode(texts, model.vocab).map((x) => {
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

/** Trains one model per dimension on dev candidate lines; scores it on test candidate lines. */
export function baselineOnTest(sentences: readonly SentenceItem[]): Record<Dimension, DimensionScores> {
  const dev = sentences.filter((s) => s.split === 'dev' && s.speaker === 'candidate');
  const test = sentences.filter((s) => s.split === 'test' && s.speaker === 'candidate');
  const out = {} as Record<Dimension, DimensionScores>;
  for (const def of DIMENSION_DEFS) {
    const classes = def.min < 0 ? [-1, 0, 1] : [0, 1];
    const model = train(dev.map((s) => s.text), dev.map((s) => s.labels[def.name]), classes);
    out[def.name] = dimensionScores(test.map((s) => s.labels[def.name]), predict(model, test.map((s) => s.text)), def.min < 0);
  }
  return out;
}
