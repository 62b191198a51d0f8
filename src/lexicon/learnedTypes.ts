/**
 * A dimension's learned sentence model: a linear (softmax) classifier over the words and word
 * pairs of a sentence, trained on the labeled corpus's dev split by `npm run train`
 * (eval/trainLearned.ts). It is plain data, like the cue tables.
 *
 * For each class other than 0 it stores the margin over class 0, in 1/scale units: a sentence
 * leans to class `c` by `(bias[c] + Σ margins[f × classes.length + c]) / scale` over its
 * features `f`. The class with the largest positive margin wins; none positive means 0.
 */
export interface LearnedWeights {
  /** The classes other than 0, in the order of `bias` and of each feature's margins. */
  classes: ReadonlyArray<1 | -1>;
  /** Margins and biases are integers in 1/scale units. */
  scale: number;
  bias: readonly number[];
  /** `w:word` for a word, `p:word word` for two words in a row. */
  features: readonly string[];
  /** Row-major: one row of `classes.length` margins per feature. */
  margins: readonly number[];
  /** A sentence the model puts in each class, in the order of `classes`; a test runs them. */
  examples: readonly string[];
}
