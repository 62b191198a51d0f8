/**
 * Uncertainty of a change between two rounds, where each round is a sample of sentences and
 * the statistic is a function of column sums over those sentences (a mean, a rate, a ratio).
 *
 * - `jackknifeSe`: leave-one-sentence-out standard error; O(n × width), no randomness.
 * - `bootstrapInterval`: percentile bootstrap of the difference, resampling sentences within
 *   each round. For one-column samples whose values lie on the 0.1 grid (the dimensions:
 *   clamped sums of cue weights, all multiples of 0.1), it is computed exactly, as the limit of
 *   infinitely many resamples (see `latticeDistribution` and `exactInterval`): deterministic,
 *   and no seed or resample count is involved. Other samples are resampled B times from a
 *   seeded stream.
 * The flow screens every delta with the jackknife and runs the bootstrap only where the
 * screen says the change may matter (see drift/estimate.ts).
 */

export interface Sample {
  /** Sentence-major rows. */
  rows: ArrayLike<number>;
  n: number;
  width: number;
}

/** The statistic from column sums and the number of sentences. */
export type Statistic = (sums: ArrayLike<number>, n: number) => number;

export function columnSums(sample: Sample): number[] {
  // Plain arrays here and below: a Float64Array over 64 bytes costs microseconds to allocate.
  const sums = new Array<number>(sample.width).fill(0);
  for (let i = 0; i < sample.n; i++) for (let c = 0; c < sample.width; c++) sums[c] = sums[c]! + sample.rows[i * sample.width + c]!;
  return sums;
}

/** Jackknife standard error of `stat` over the sample's sentences (0 for fewer than two). */
export function jackknifeSe(sample: Sample, stat: Statistic): number {
  let byStat = seCache.get(sample);
  if (byStat === undefined) {
    byStat = new Map();
    seCache.set(sample, byStat);
  }
  let se = byStat.get(stat);
  if (se === undefined) {
    se = computeJackknifeSe(sample, stat);
    byStat.set(stat, se);
  }
  return se;
}

/** A round's jackknife error does not depend on the round it is compared with: computed once. */
const seCache = new WeakMap<Sample, Map<Statistic, number>>();

function computeJackknifeSe(sample: Sample, stat: Statistic): number {
  const columns = Array.from({ length: sample.width }, (_, c) => c);
  return jackknifeSeOf(sample.rows, sample.n, sample.width, columns, columnSums(sample), stat);
}

let jackValues = new Float64Array(256);
const looBuffers: Float64Array[] = [];
/** Distinct values remembered per one-column jackknife (more are recomputed, with the same result). */
const MEMO_SIZE = 32;
const memoKeys = new Float64Array(MEMO_SIZE);
const memoValues = new Float64Array(MEMO_SIZE);

/**
 * Jackknife standard error of `stat` read from `columns` of sentence-major rows of `width`,
 * given those columns' totals; 0 for fewer than two sentences. `stat` sees the leave-one-out
 * sums in the order of `columns`. Allocates nothing after warm-up.
 */
export function jackknifeSeOf(rows: ArrayLike<number>, n: number, width: number, columns: readonly number[], totals: ArrayLike<number>, stat: Statistic): number {
  if (n < 2) return 0;
  const k = columns.length;
  const loo = (looBuffers[k] ??= new Float64Array(k));
  if (jackValues.length < n) jackValues = new Float64Array(Math.max(n, 2 * jackValues.length));
  const values = jackValues;
  let mean = 0;
  if (k === 1) {
    // One-column samples take few distinct values (most sentences carry no cue): the
    // leave-one-out statistic depends only on the value left out, so compute it once per value.
    const c = columns[0]!;
    const total = totals[0]!;
    let known = 0;
    for (let i = 0; i < n; i++) {
      const v = rows[i * width + c]!;
      let m = 0;
      while (m < known && memoKeys[m] !== v) m++;
      let value: number;
      if (m < known) value = memoValues[m]!;
      else {
        loo[0] = total - v;
        value = stat(loo, n - 1);
        if (known < MEMO_SIZE) {
          memoKeys[known] = v;
          memoValues[known] = value;
          known++;
        }
      }
      values[i] = value;
      mean += value;
    }
  } else {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < k; j++) loo[j] = totals[j]! - rows[i * width + columns[j]!]!;
      const value = stat(loo, n - 1);
      values[i] = value;
      mean += value;
    }
  }
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return Math.sqrt(((n - 1) / n) * ss);
}

/** Draws uniforms in [0, 1) from an inlined mulberry32 state. */
class Uniform {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** Binomial(n, p) by inversion from one uniform; exact, O(1 + n·p) steps. */
export function binomial(n: number, p: number, u: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const q = 1 - p;
  let pk = q ** n;
  let cdf = pk;
  let k = 0;
  const ratio = p / q;
  while (u > cdf && k < n) {
    pk *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pk;
  }
  return k;
}

/** P(X = k) for X ~ Binomial(n, p), through logarithms so large n does not underflow early. */
function binomialPmf(n: number, p: number, k: number): number {
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  let logC = 0;
  for (let i = 1; i <= k; i++) logC += Math.log((n - k + i) / i);
  return Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** One resampler per round: draws the column sums of n sentences drawn with replacement. */
type Resampler = (sums: Float64Array, random: Uniform) => void;

/**
 * For a one-column sample whose sentences take few distinct non-zero values (the usual case:
 * most sentences carry no cue), a resample is a multinomial draw of how many times each value
 * comes up, done as a chain of binomials: a few uniforms per resample instead of n.
 */
function multinomialResampler(sample: Sample): Resampler | undefined {
  if (sample.width !== 1) return undefined;
  const counts = new Map<number, number>();
  for (let i = 0; i < sample.n; i++) {
    const v = sample.rows[i]!;
    if (v !== 0) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size > 16) return undefined;
  }
  const n = sample.n;
  const values = Float64Array.from([...counts.keys()].sort((x, y) => x - y));
  const shares = Float64Array.from(values, (v) => counts.get(v)! / n);
  const k = values.length;
  // q^n must not underflow for the inversion; past that, draw sentence by sentence.
  if (shares.some((p) => (1 - p) ** n < 1e-250)) return undefined;
  // Binomial CDFs per (value j, sentences still to place r), flattened at j * (n + 1) + r and
  // built on first use: after the first resamples every draw is one uniform and a short scan.
  const tables: Array<Float64Array | undefined> = new Array(k * (n + 1));
  // The conditional share of value j among what is left after values 0..j-1.
  const conditional = new Float64Array(k);
  let mass = 1;
  for (let j = 0; j < k; j++) {
    conditional[j] = Math.min(1, shares[j]! / mass);
    mass -= shares[j]!;
  }
  const build = (j: number, r: number): Float64Array => {
    const out: number[] = [];
    let total = 0;
    for (let c = 0; c <= r && total < 1 - 1e-12; c++) {
      total += binomialPmf(r, conditional[j]!, c);
      out.push(total);
    }
    const table = Float64Array.from(out);
    tables[j * (n + 1) + r] = table;
    return table;
  };
  return (sums, random) => {
    let remaining = n;
    let sum = 0;
    for (let j = 0; j < k && remaining > 0; j++) {
      const table = tables[j * (n + 1) + remaining] ?? build(j, remaining);
      const u = random.next();
      let c = 0;
      const last = table.length - 1;
      while (c < last && u > table[c]!) c++;
      if (u > table[c]!) c = remaining;
      sum += c * values[j]!;
      remaining -= c;
    }
    sums[0] = sum;
  };
}

function plainResampler(sample: Sample): Resampler {
  const { n, width, rows } = sample;
  return (sums, random) => {
    sums.fill(0);
    for (let k = 0; k < n; k++) {
      const i = Math.floor(random.next() * n) * width;
      for (let c = 0; c < width; c++) sums[c] = sums[c]! + rows[i + c]!;
    }
  };
}

/**
 * Percentile bootstrap interval of stat(b) − stat(a), resampling sentences within each round:
 * exact (`exactInterval`) when both samples are one column on the 0.1 grid, otherwise from
 * `resamples` seeded resamples (`sampledBootstrapInterval`).
 */
export function bootstrapInterval(a: Sample, b: Sample, stat: Statistic, resamples: number, level: number, seed: number): [number, number] {
  const da = latticeDistribution(a, stat);
  const db = da === undefined ? undefined : latticeDistribution(b, stat);
  if (da !== undefined && db !== undefined) return exactInterval(da, db, level);
  return sampledBootstrapInterval(a, b, stat, resamples, level, seed);
}

/** Percentile bootstrap interval of stat(b) − stat(a) from `resamples` seeded resamples of each round. */
export function sampledBootstrapInterval(a: Sample, b: Sample, stat: Statistic, resamples: number, level: number, seed: number): [number, number] {
  const diffs = new Float64Array(resamples);
  const sa = new Float64Array(a.width);
  const sb = new Float64Array(b.width);
  const ra = multinomialResampler(a) ?? plainResampler(a);
  const rb = multinomialResampler(b) ?? plainResampler(b);
  const random = new Uniform(seed);
  for (let r = 0; r < resamples; r++) {
    rb(sb, random);
    ra(sa, random);
    diffs[r] = stat(sb, b.n) - stat(sa, a.n);
  }
  const tail = (1 - level) / 2;
  const rank = (q: number) => Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))));
  return [select(diffs, rank(tail)), select(diffs, rank(1 - tail))];
}

/**
 * The bootstrap distribution of a round's statistic: what stat(sums of n sentences drawn with
 * replacement, n) takes, with what probability. `values` ascend (no repeats); `tails[i]` is the
 * probability of `values[i]` or more (`tails[values.length]` is 0).
 */
export interface Distribution {
  values: Float64Array;
  probs: Float64Array;
  tails: Float64Array;
}

/** A value counts as on the 0.1 grid when it is this close to a multiple of 0.1. */
export const GRID_TOLERANCE = 1e-9;
/** Past this many multiply-adds (about a few ms), `latticeDistribution` leaves the sample to the sampler. */
const MAX_EXACT_WORK = 8e6;
/**
 * Probabilities below NEGLIGIBLE at either edge of a running convolution are dropped, and the
 * binomial mixture stops once the weight still to come is below TAIL; EDGE_MASS is then left
 * out at each end. All told, under 1e-9 of probability is left out of a round's distribution:
 * a percentile moves only if the distribution function passes within that of its level at an
 * atom, while a 1000-resample bootstrap misses the level by about 0.007.
 */
const NEGLIGIBLE = 1e-13;
const TAIL = 1e-12;
/** The total probability left out at either end of a round's distribution (see NEGLIGIBLE). */
const EDGE_MASS = 1e-10;
/** At most this many distinct values (the 0.1 grid on [-1, 1] has 21). */
const MAX_DISTINCT = 64;

const gcd = (x: number, y: number): number => {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

let dpA = new Float64Array(1024);
let dpB = new Float64Array(1024);
const one = new Float64Array(1);

/**
 * The exact bootstrap distribution of `stat` for a one-column sample whose values all lie on
 * the 0.1 grid, or undefined when they do not (or when it would cost more than sampling).
 *
 * A resample's sum is the sum of n independent draws from the sample's values. Most sentences
 * carry no evidence (value 0), so the sum is that of the m draws that are not 0, where m is
 * Binomial(n, share of non-zero sentences): the distribution is the binomially weighted mix of
 * the m-fold convolutions of the non-zero values' shares, in units of their greatest common
 * step on the grid, built one convolution at a time (edges trimmed where what they can still
 * add to the mix is negligible) until the remaining binomial weight is negligible. Each
 * reachable sum then maps through `stat`; the result is the limit of the sampled bootstrap as
 * the number of resamples grows (see NEGLIGIBLE for what "negligible" means).
 */
export function latticeDistribution(sample: Sample, stat: Statistic): Distribution | undefined {
  if (sample.width !== 1) return undefined;
  const n = sample.n;
  const k = readGrid(sample.rows, n);
  if (k < 0) return undefined;
  if (k === 0) {
    // No sentence carries evidence (or there are none): every resample sums to 0.
    one[0] = 0;
    return pointMass(stat(one, n));
  }
  let step = 0;
  for (let j = 0; j < k; j++) step = gcd(step, Math.abs(gridUnits[j]!));
  let rmin = Infinity;
  let rmax = -Infinity;
  let nonZero = 0;
  for (let j = 0; j < k; j++) {
    const r = gridUnits[j]! / step;
    if (r < rmin) rmin = r;
    if (r > rmax) rmax = r;
    nonZero += gridCounts[j]!;
  }
  const range = rmax - rmin;
  // Expected work: n convolutions over a window about 24 standard deviations wide (or the full range).
  let mean = 0;
  let sq = 0;
  for (let j = 0; j < k; j++) {
    const r = gridUnits[j]! / step - rmin;
    mean += (gridCounts[j]! / nonZero) * r;
    sq += (gridCounts[j]! / nonZero) * r * r;
  }
  const sd = Math.sqrt(Math.max(0, sq - mean * mean));
  const width = n * range + 1;
  if (n * Math.min(width, range + 24 * sd * Math.sqrt(n) + 1) * k > MAX_EXACT_WORK) return undefined;
  return mixture(n, k, step, rmin, range, nonZero, stat);
}

/** The distinct non-zero values of a sample in grid units (gridUnits) and their counts (gridCounts). */
const gridUnits = new Int32Array(MAX_DISTINCT);
const gridCounts = new Int32Array(MAX_DISTINCT);

/** Reads a one-column sample onto the 0.1 grid: the number of distinct non-zero values, or -1 when off the grid (or too many). */
function readGrid(rows: ArrayLike<number>, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = rows[i]!;
    const u = Math.round(v * 10);
    if (!(Math.abs(v - u / 10) <= GRID_TOLERANCE)) return -1;
    if (u === 0) continue;
    let j = 0;
    while (j < k && gridUnits[j] !== u) j++;
    if (j === k) {
      if (k === MAX_DISTINCT) return -1;
      gridUnits[k] = u;
      gridCounts[k] = 0;
      k++;
    }
    gridCounts[j] = gridCounts[j]! + 1;
  }
  return k;
}

let mixed = new Float64Array(1024);
let weightScratch = new Float64Array(256);
let restScratch = new Float64Array(256);

/** Binomial(n, p) probabilities into weights[0..n] and their upper tail sums into rest[0..n + 1]. */
function binomialWeights(n: number, p: number, weights: Float64Array, rest: Float64Array): void {
  if (p >= 1) {
    weights.fill(0, 0, n);
    weights[n] = 1;
  } else {
    const logP = Math.log(p);
    const logQ = Math.log1p(-p);
    let logChoose = 0;
    for (let m = 0; m <= n; m++) {
      weights[m] = Math.exp(logChoose + m * logP + (n - m) * logQ);
      logChoose += Math.log((n - m) / (m + 1));
    }
  }
  rest[n + 1] = 0;
  for (let m = n; m >= 0; m--) rest[m] = rest[m + 1]! + weights[m]!;
}

/** The binomial mixture of convolutions (see latticeDistribution), then its atoms through `stat`. */
function mixture(n: number, k: number, step: number, rmin: number, range: number, nonZero: number, stat: Statistic): Distribution {
  const width = n * range + 1;
  if (dpA.length < width) {
    dpA = new Float64Array(width);
    dpB = new Float64Array(width);
  }
  // Sums are m·rmin + t for t in the running convolution; `mixed` is indexed from n·min(rmin, 0).
  const base = n * Math.min(rmin, 0);
  const top = n * Math.max(rmin + range, 0);
  if (mixed.length < top - base + 1) mixed = new Float64Array(top - base + 1);
  mixed.fill(0, 0, top - base + 1);
  let mixedLo = Infinity;
  let mixedHi = -Infinity;
  // weights[m] = C(n, m) p^m (1 − p)^(n − m), and rest[m] their sum from m on: a convolution
  // entry x can add at most x · rest[m + 1] to the mixture, which is what the trimming weighs.
  const p = nonZero / n;
  const weights = weightScratch.length > n + 1 ? weightScratch : (weightScratch = new Float64Array(2 * (n + 1)));
  const rest = restScratch.length > n + 2 ? restScratch : (restScratch = new Float64Array(2 * (n + 2)));
  binomialWeights(n, p, weights, rest);
  let cur = dpA;
  let next = dpB;
  cur[0] = 1;
  let lo = 0;
  let hi = 0;
  for (let m = 0; m <= n; m++) {
    const w = weights[m]!;
    if (w > 0) {
      const offset = m * rmin - base;
      for (let t = lo; t <= hi; t++) mixed[offset + t] = mixed[offset + t]! + w * cur[t]!;
      if (offset + lo < mixedLo) mixedLo = offset + lo;
      if (offset + hi > mixedHi) mixedHi = offset + hi;
    }
    // Stop when the weight still to come is negligible.
    if (m === n || rest[m + 1]! < TAIL) break;
    next.fill(0, lo, hi + range + 1);
    for (let j = 0; j < k; j++) {
      const q = gridUnits[j]! / step - rmin;
      const share = gridCounts[j]! / nonZero;
      for (let t = lo; t <= hi; t++) next[t + q] = next[t + q]! + share * cur[t]!;
    }
    hi += range;
    const cut = NEGLIGIBLE / rest[m + 1]!;
    while (next[lo]! < cut && lo < hi) lo++;
    while (next[hi]! < cut && hi > lo) hi--;
    const swap = cur;
    cur = next;
    next = swap;
  }
  return atomsOf(mixed, mixedLo, mixedHi, base, step, n, stat);
}

/** The distribution of `stat` over the sums mixed[lo..hi] (sum units from `base`, times step / 10). */
function atomsOf(mixed: Float64Array, loIn: number, hiIn: number, base: number, step: number, n: number, stat: Statistic): Distribution {
  let lo = loIn;
  let hi = hiIn;
  // Edges whose total mass is below EDGE_MASS cannot move a percentile: leave them out.
  for (let mass = mixed[lo]!; mass < EDGE_MASS && lo < hi; mass += mixed[lo]!) lo++;
  for (let mass = mixed[hi]!; mass < EDGE_MASS && hi > lo; mass += mixed[hi]!) hi--;
  // The statistic rises with the sum (it does for every dimension): equal values merge as they
  // come; should it ever fall, the atoms are sorted afterwards.
  // Typed arrays, never plain ones: a plain array of whole numbers and one of fractions have
  // different element kinds, and the quantile search that reads both was deoptimized when it
  // met the other kind.
  let values = new Float64Array(hi - lo + 1);
  let probs = new Float64Array(hi - lo + 1);
  let size = 0;
  let sorted = true;
  for (let t = lo; t <= hi; t++) {
    const prob = mixed[t]!;
    if (!(prob > 0)) continue;
    one[0] = ((t + base) * step) / 10;
    const value = stat(one, n);
    const last = size - 1;
    if (last >= 0 && value === values[last]) probs[last] = probs[last]! + prob;
    else {
      if (last >= 0 && value < values[last]!) sorted = false;
      values[size] = value;
      probs[size] = prob;
      size++;
    }
  }
  values = values.subarray(0, size);
  probs = probs.subarray(0, size);
  if (!sorted) return toDistribution(values, probs, false);
  return { values, probs, tails: tailsOf(probs) };
}

/** tails[i] = probs[i] + … + probs[last]; tails[length] = 0. */
function tailsOf(probs: Float64Array): Float64Array {
  const tails = new Float64Array(probs.length + 1);
  for (let i = probs.length - 1; i >= 0; i--) tails[i] = tails[i + 1]! + probs[i]!;
  return tails;
}

function pointMass(value: number): Distribution {
  return { values: Float64Array.of(value), probs: Float64Array.of(1), tails: Float64Array.of(1, 0) };
}

/** Sorts (when needed), merges equal values and drops empty ones, and adds the tail sums. */
function toDistribution(valuesIn: ArrayLike<number>, probsIn: ArrayLike<number>, sorted: boolean): Distribution {
  let order: number[] | undefined;
  if (!sorted) order = Array.from({ length: valuesIn.length }, (_, i) => i).sort((x, y) => valuesIn[x]! - valuesIn[y]!);
  const values = new Float64Array(valuesIn.length);
  const probs = new Float64Array(valuesIn.length);
  let size = 0;
  for (let r = 0; r < valuesIn.length; r++) {
    const i = order === undefined ? r : order[r]!;
    const p = probsIn[i]!;
    if (!(p > 0)) continue;
    const v = valuesIn[i]!;
    if (size > 0 && values[size - 1] === v) probs[size - 1] = probs[size - 1]! + p;
    else {
      values[size] = v;
      probs[size] = p;
      size++;
    }
  }
  return { values: values.subarray(0, size), probs: probs.subarray(0, size), tails: tailsOf(probs.subarray(0, size)) };
}

/** P(Y − X ≤ t) for independent X ~ x and Y ~ y; an atom counts when x ≥ y − t. */
function differenceCdf(x: Distribution, y: Distribution, t: number): number {
  const xv = x.values;
  const xt = x.tails;
  const yv = y.values;
  const yp = y.probs;
  const nx = xv.length;
  let i = 0;
  let total = 0;
  for (let j = 0; j < yv.length; j++) {
    const bound = yv[j]! - t;
    while (i < nx && xv[i]! < bound) i++;
    if (i === nx) break;
    total += yp[j]! * xt[i]!;
  }
  return total;
}

/**
 * The q-quantile of Y − X (the smallest atom d with P(Y − X ≤ d) ≥ q): bisection on the
 * difference's CDF down to a narrow window, then the atoms inside the window in order.
 */
export function differenceQuantile(x: Distribution, y: Distribution, q: number): number {
  const xv = x.values;
  const yv = y.values;
  let lo = yv[0]! - xv[xv.length - 1]! - 1;
  let hi = yv[yv.length - 1]! - xv[0]!;
  let below = 0;
  // Down to a millionth of the span, the window holds few atoms; those are then sorted.
  const stop = (hi - lo) * 1e-6;
  for (let it = 0; it < 64 && hi - lo > stop; it++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const f = differenceCdf(x, y, mid);
    if (f >= q) hi = mid;
    else {
      lo = mid;
      below = f;
    }
  }
  // The atoms counted at hi but not at lo: x in [y − hi, y − lo).
  const ds: number[] = [];
  const ps: number[] = [];
  let first = 0;
  for (let j = 0; j < yv.length; j++) {
    const from = yv[j]! - hi;
    const to = yv[j]! - lo;
    while (first < xv.length && xv[first]! < from) first++;
    for (let i = first; i < xv.length && xv[i]! < to; i++) {
      ds.push(yv[j]! - xv[i]!);
      ps.push(y.probs[j]! * x.probs[i]!);
    }
  }
  const order = Array.from(ds.keys()).sort((m, k) => ds[m]! - ds[k]!);
  let cum = below;
  for (const m of order) {
    cum += ps[m]!;
    if (cum >= q) return ds[m]!;
  }
  return ds.length > 0 ? ds[order[order.length - 1]!]! : hi;
}

/** The exact percentile bootstrap interval of stat(b) − stat(a), from both rounds' distributions. */
export function exactInterval(a: Distribution, b: Distribution, level: number): [number, number] {
  const tail = (1 - level) / 2;
  return [differenceQuantile(a, b, tail), differenceQuantile(a, b, 1 - tail)];
}

/** The k-th smallest value (0-based), by quickselect with a deterministic middle pivot; reorders `xs`. */
export function select(xs: Float64Array, k: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return xs[k]!;
  }
  return xs[k]!;
}

/** Confidence levels and their two-sided normal quantiles; built once (zFor runs for every change decided). */
const Z_TABLE: ReadonlyArray<readonly [number, number]> = [[0.8, 1.2816], [0.9, 1.6449], [0.95, 1.96], [0.98, 2.3263], [0.99, 2.5758]];

/** The two-sided normal quantile for a confidence level (0.9, 0.95, 0.99 and anything between by interpolation). */
export function zFor(level: number): number {
  const table = Z_TABLE;
  if (level <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    const [l1, z1] = table[i]!;
    const [l0, z0] = table[i - 1]!;
    if (level <= l1) return z0 + ((level - l0) / (l1 - l0)) * (z1 - z0);
  }
  return table[table.length - 1]![1];
}
