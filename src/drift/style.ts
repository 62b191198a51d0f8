import type { RoundEvidence } from '../dimensions/evidence.js';
import { FUNCTION_WORD_CATEGORIES } from '../lexicon/functionWords.js';
import type { MarkerChange, StylePair } from '../schema/report.js';
import { CATEGORY_OFFSET, STYLE_WIDTH } from '../text/styleWords.js';
import { decideChange } from './estimate.js';
import type { RoundPair } from './pairs.js';
import type { DriftSettings } from './settings.js';
import { columnSums, jackknifeSeOf, zFor, type Sample } from './stats.js';

const per = (num: number, den: number, scale = 1): number => (den === 0 ? 0 : (scale * num) / den);

/**
 * Style markers as data: each a statistic of the style columns, and the smallest change that
 * matters. `columns` are the style columns the statistic reads, in the order it reads them.
 * Markers use the jackknife interval only: they are ratios of many-valued counts, off the 0.1
 * grid where the bootstrap is exact, and sampling them would cost more than the rest of the
 * report.
 */
export const STYLE_MARKERS = {
  meanSentenceLength: { columns: [0], stat: (s: ArrayLike<number>, n: number) => per(s[0]!, n), minEffect: 3, unit: 'words per sentence' },
  questionRate: { columns: [1], stat: (s: ArrayLike<number>, n: number) => per(s[0]!, n), minEffect: 0.1, unit: 'questions per sentence' },
  fillerRate: { columns: [2, 0], stat: (s: ArrayLike<number>) => per(s[0]!, s[1]!, 100), minEffect: 1, unit: 'fillers per 100 words' },
  firstPersonRate: { columns: [3, 0], stat: (s: ArrayLike<number>) => per(s[0]!, s[1]!, 100), minEffect: 2, unit: 'first-person words per 100 words' },
} as const;

/** Below this LSM upper bound, the two rounds' function-word styles count as shifted. */
export const LSM_SHIFT = 0.8;
const K = FUNCTION_WORD_CATEGORIES.length;

/** Language Style Matching (Ireland & Pennebaker 2010): mean over categories of 1 − |pa − pb| / (pa + pb + 0.0001). */
export function lsm(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const wa = a[0]!;
  const wb = b[0]!;
  if (wa === 0 || wb === 0) return 1;
  let total = 0;
  for (let c = 0; c < K; c++) {
    const pa = (100 * a[CATEGORY_OFFSET + c]!) / wa;
    const pb = (100 * b[CATEGORY_OFFSET + c]!) / wb;
    total += 1 - Math.abs(pa - pb) / (pa + pb + 0.0001);
  }
  return total / K;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

/** The other round's category percentages, computed once per pair (as `lsm` computes them). */
const otherShares = new Float64Array(K);
let looValues = new Float64Array(256);

/**
 * Jackknife error of lsm(side, other) over the side's sentences, holding the other round's sums
 * fixed: the same arithmetic as `jackknifeSe` of `lsm` (lsm is symmetric), without closures or
 * copies.
 */
function lsmSideSe(rows: ArrayLike<number>, n: number, totals: ArrayLike<number>, other: ArrayLike<number>): number {
  if (n < 2) return 0;
  const wb = other[0]!;
  for (let c = 0; c < K; c++) otherShares[c] = (100 * other[CATEGORY_OFFSET + c]!) / wb;
  if (looValues.length < n) looValues = new Float64Array(Math.max(n, 2 * looValues.length));
  const values = looValues;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const row = i * STYLE_WIDTH;
    const wa = totals[0]! - rows[row]!;
    let value: number;
    if (wa === 0 || wb === 0) value = 1;
    else {
      let total = 0;
      for (let c = 0; c < K; c++) {
        const pa = (100 * (totals[CATEGORY_OFFSET + c]! - rows[row + CATEGORY_OFFSET + c]!)) / wa;
        const pb = otherShares[c]!;
        total += 1 - Math.abs(pa - pb) / (pa + pb + 0.0001);
      }
      value = total / K;
    }
    values[i] = value;
    mean += value;
  }
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return Math.sqrt(((n - 1) / n) * ss);
}

type MarkerName = keyof typeof STYLE_MARKERS;
const MARKERS = Object.entries(STYLE_MARKERS) as Array<[MarkerName, (typeof STYLE_MARKERS)[MarkerName]]>;

/** One marker in one round: its value and jackknife error (they do not depend on the pair). */
interface RoundMarker {
  value: number;
  se: number;
}

function roundMarkers(rows: ArrayLike<number>, n: number, totals: ArrayLike<number>): RoundMarker[] {
  return MARKERS.map(([, marker]) => {
    const sums = marker.columns.map((c) => totals[c]!);
    return { value: marker.stat(sums, n), se: jackknifeSeOf(rows, n, STYLE_WIDTH, marker.columns, sums, marker.stat) };
  });
}

export function stylePairs(ids: readonly string[], evidence: readonly RoundEvidence[], pairs: readonly RoundPair[], settings: DriftSettings): StylePair[] {
  const samples: Sample[] = evidence.map((e) => ({ rows: e.style, n: e.sentences, width: STYLE_WIDTH }));
  const sums = samples.map(columnSums);
  const markersOf = samples.map((s, r) => roundMarkers(s.rows, s.n, sums[r]!));
  const z = zFor(settings.level);
  return pairs.map(({ from, to, pair }) => {
    const a = samples[from]!;
    const b = samples[to]!;
    const value = lsm(sums[from]!, sums[to]!);
    const se = Math.sqrt(lsmSideSe(a.rows, a.n, sums[from]!, sums[to]!) ** 2 + lsmSideSe(b.rows, b.n, sums[to]!, sums[from]!) ** 2);
    const low = Math.max(0, value - z * se);
    const high = Math.min(1, value + z * se);
    const enough = a.n >= settings.minSentences && b.n >= settings.minSentences;
    const markers = {} as Record<MarkerName, MarkerChange>;
    MARKERS.forEach(([name, marker], m) => {
      const x = markersOf[from]![m]!;
      const y = markersOf[to]![m]!;
      markers[name] = decideChange(x.value, y.value, Math.sqrt(x.se ** 2 + y.se ** 2), a.n, b.n, marker.minEffect, settings);
    });
    return {
      from: ids[from]!,
      to: ids[to]!,
      pair,
      lsm: { value: round4(value), low: round4(low), high: round4(high), shifted: enough && high < LSM_SHIFT },
      markers,
    };
  });
}
