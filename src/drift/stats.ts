/**
 * Uncertainty of a change between two rounds, where each round is a sample of sentences and
 * the statistic is a function of column sums over those sentences (a mean, a rate, a ratio).
 *
 * - `jackknifeSe`: leave-one-sentence-out standard error; O(n × width), no randomness.
 * - `bootstrapInterval`: seeded percentile bootstrap of the difference; O(B × n × width).
 * The flow screens every delta with the jackknife and runs the bootstrap only where the
 * screen says the change may matter (see drift/deltas.ts).
 */

export interface Sample {
  /** Sentence-major rows. */
  rows: Float64Array;
  n: number;
  width: number;
}

/** The statistic from column sums and the number of sentences. */
export type Statistic = (sums: Float64Array, n: number) => number;

export function columnSums(sample: Sample): Float64Array {
  const sums = new Float64Array(sample.width);
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
  const { n, width, rows } = sample;
  if (n < 2) return 0;
  const total = columnSums(sample);
  const loo = new Float64Array(width);
  const values = new Float64Array(n);
  // One-column samples take few distinct values (most sentences carry no cue): the
  // leave-one-out statistic depends only on the value left out, so compute it once per value.
  const memo = width === 1 ? new Map<number, number>() : undefined;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const known = memo?.get(rows[i]!);
    if (known !== undefined) values[i] = known;
    else {
      for (let c = 0; c < width; c++) loo[c] = total[c]! - rows[i * width + c]!;
      values[i] = stat(loo, n - 1);
      memo?.set(rows[i]!, values[i]!);
    }
    mean += values[i]!;
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

/** Percentile bootstrap interval of stat(b) − stat(a), resampling sentences within each round. */
export function bootstrapInterval(a: Sample, b: Sample, stat: Statistic, resamples: number, level: number, seed: number): [number, number] {
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

/** The two-sided normal quantile for a confidence level (0.9, 0.95, 0.99 and anything between by interpolation). */
export function zFor(level: number): number {
  const table: Array<[number, number]> = [[0.8, 1.2816], [0.9, 1.6449], [0.95, 1.96], [0.98, 2.3263], [0.99, 2.5758]];
  if (level <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    const [l1, z1] = table[i]!;
    const [l0, z0] = table[i - 1]!;
    if (level <= l1) return z0 + ((level - l0) / (l1 - l0)) * (z1 - z0);
  }
  return table[table.length - 1]![1];
}
