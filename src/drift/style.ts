import type { RoundEvidence } from '../dimensions/evidence.js';
import { FUNCTION_WORD_CATEGORIES } from '../lexicon/functionWords.js';
import type { MarkerChange, StylePair } from '../schema/report.js';
import { CATEGORY_OFFSET, STYLE_WIDTH } from '../text/styleWords.js';
import { estimateChange } from './estimate.js';
import type { RoundPair } from './pairs.js';
import type { DriftSettings } from './settings.js';
import { columnSums, jackknifeSe, zFor, type Sample } from './stats.js';

const per = (num: number, den: number, scale = 1): number => (den === 0 ? 0 : (scale * num) / den);

/** Style markers as data: each a statistic of the style columns, and the smallest change that matters. */
/**
 * `columns` are the style columns the statistic reads, in the order it reads them. Markers
 * use the jackknife interval only: they are ratios of many-valued counts, where the bootstrap
 * cannot take its fast multinomial path and would cost more than the rest of the report.
 */
export const STYLE_MARKERS = {
  meanSentenceLength: { columns: [0], stat: (s: Float64Array, n: number) => per(s[0]!, n), minEffect: 3, unit: 'words per sentence' },
  questionRate: { columns: [1], stat: (s: Float64Array, n: number) => per(s[0]!, n), minEffect: 0.1, unit: 'questions per sentence' },
  fillerRate: { columns: [2, 0], stat: (s: Float64Array) => per(s[0]!, s[1]!, 100), minEffect: 1, unit: 'fillers per 100 words' },
  firstPersonRate: { columns: [3, 0], stat: (s: Float64Array) => per(s[0]!, s[1]!, 100), minEffect: 2, unit: 'first-person words per 100 words' },
} as const;

/** Below this LSM upper bound, the two rounds' function-word styles count as shifted. */
export const LSM_SHIFT = 0.8;
const K = FUNCTION_WORD_CATEGORIES.length;

/** Language Style Matching (Ireland & Pennebaker 2010): mean over categories of 1 − |pa − pb| / (pa + pb + 0.0001). */
export function lsm(a: Float64Array, b: Float64Array): number {
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

/** Jackknife over one side of a two-sample statistic, holding the other side's sums fixed. */
function sideSe(side: Sample, other: Float64Array, otherFirst: boolean): number {
  return jackknifeSe(side, (sums) => (otherFirst ? lsm(other, sums) : lsm(sums, other)));
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

/** Only the columns a statistic reads, so the resampling loops touch nothing else. */
function narrow(sample: Sample, columns: readonly number[]): Sample {
  const width = columns.length;
  const rows = new Float64Array(sample.n * width);
  for (let i = 0; i < sample.n; i++) for (let k = 0; k < width; k++) rows[i * width + k] = sample.rows[i * sample.width + columns[k]!]!;
  return { rows, n: sample.n, width };
}

export function stylePairs(ids: readonly string[], evidence: readonly RoundEvidence[], pairs: readonly RoundPair[], settings: DriftSettings): StylePair[] {
  const samples: Sample[] = evidence.map((e) => ({ rows: e.style, n: e.sentences, width: STYLE_WIDTH }));
  const sums = samples.map(columnSums);
  return pairs.map(({ from, to, pair }) => {
    const a = samples[from]!;
    const b = samples[to]!;
    const value = lsm(sums[from]!, sums[to]!);
    const se = Math.sqrt(sideSe(a, sums[to]!, false) ** 2 + sideSe(b, sums[from]!, true) ** 2);
    const z = zFor(settings.level);
    const low = Math.max(0, value - z * se);
    const high = Math.min(1, value + z * se);
    const enough = a.n >= settings.minSentences && b.n >= settings.minSentences;
    const markers = {} as Record<keyof typeof STYLE_MARKERS, MarkerChange>;
    for (const [name, marker] of Object.entries(STYLE_MARKERS) as Array<[keyof typeof STYLE_MARKERS, (typeof STYLE_MARKERS)[keyof typeof STYLE_MARKERS]]>) {
      markers[name] = estimateChange(narrow(a, marker.columns), narrow(b, marker.columns), marker.stat, marker.minEffect, settings, `${ids[from]}>${ids[to]}:${name}`, false);
    }
    return {
      from: ids[from]!,
      to: ids[to]!,
      pair,
      lsm: { value: round4(value), low: round4(low), high: round4(high), shifted: enough && high < LSM_SHIFT },
      markers,
    };
  });
}
