export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function classScores(gold: readonly number[], pred: readonly number[], cls: number): ClassScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (p === cls && g === cls) tp++;
    else if (p === cls) fp++;
    else if (g === cls) fn++;
  });
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support: tp + fn };
}

export interface DimensionScores {
  /** Macro F1 over the classes (three for bipolar dimensions, the positive class for unipolar ones). */
  f1: number;
  classes: Record<string, ClassScores>;
  accuracy: number;
  n: number;
}

export function dimensionScores(gold: readonly number[], pred: readonly number[], bipolar: boolean): DimensionScores {
  const labels = bipolar ? [-1, 0, 1] : [0, 1];
  const classes: Record<string, ClassScores> = {};
  for (const c of labels) classes[String(c)] = classScores(gold, pred, c);
  const f1 = bipolar ? (classes['-1']!.f1 + classes['0']!.f1 + classes['1']!.f1) / 3 : classes['1']!.f1;
  const correct = gold.filter((g, i) => g === pred[i]).length;
  return { f1, classes, accuracy: ratio(correct, gold.length), n: gold.length };
}

/** Area under the ROC curve (Mann-Whitney), ties counted half. */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  const all = [...positives.map((v) => ({ v, p: 1 })), ...negatives.map((v) => ({ v, p: 0 }))].sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p === 1) rankSum += rank;
    i = j;
  }
  const n1 = positives.length;
  const n0 = negatives.length;
  return n1 === 0 || n0 === 0 ? 0.5 : (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

/** Precision and recall averaged over the classes that carry a signal (all but the neutral 0). */
export function signalScores(d: DimensionScores): { precision: number; recall: number } {
  const signal = Object.entries(d.classes).filter(([c]) => c !== '0').map(([, s]) => s);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { precision: mean(signal.map((s) => s.precision)), recall: mean(signal.map((s) => s.recall)) };
}

/** Cohen's kappa of two label sequences. */
export function cohenKappa(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const observed = x.filter((v, i) => v === y[i]).length / n;
  let expected = 0;
  for (const c of new Set([...x, ...y])) expected += (x.filter((v) => v === c).length / n) * (y.filter((v) => v === c).length / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
