import { seedFor } from './rng.js';
import type { DriftSettings } from './settings.js';
import { bootstrapInterval, columnSums, jackknifeSe, zFor, type Sample, type Statistic } from './stats.js';

export interface Estimate {
  from: number;
  to: number;
  delta: number;
  low: number;
  high: number;
  significant: boolean;
  method: 'jackknife' | 'bootstrap';
  reason?: 'insufficient-evidence' | 'below-min-effect' | 'interval-includes-zero';
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

/**
 * The bootstrap runs only when the jackknife interval clears zero by less than this many
 * standard errors: a borderline call. Farther from zero, the bootstrap does not change the
 * decision (on the dev split, margins of 0.5 to 2 gave the same decisions as bootstrapping
 * every candidate change).
 */
export const BOOTSTRAP_MARGIN = 0.5;

/**
 * The decision on a change from `from` to `to` (each round's statistic), given the jackknife
 * standard error of the difference `se` and the rounds' sentence counts. Every change gets the
 * jackknife interval; a change that clears `minEffect` and whose jackknife interval excludes
 * zero, but only just (see BOOTSTRAP_MARGIN), is refined by `bootstrap` (when given), which
 * then decides.
 */
export function decideChange(from: number, to: number, se: number, nFrom: number, nTo: number, minEffect: number, settings: DriftSettings, bootstrap?: () => [number, number]): Estimate {
  const delta = to - from;
  const z = zFor(settings.level);
  let low = delta - z * se;
  let high = delta + z * se;
  let method: Estimate['method'] = 'jackknife';
  let reason: Estimate['reason'];
  if (nFrom < settings.minSentences || nTo < settings.minSentences) reason = 'insufficient-evidence';
  else if (Math.abs(delta) < minEffect) reason = 'below-min-effect';
  else if (low <= 0 && high >= 0) reason = 'interval-includes-zero';
  else if (bootstrap !== undefined && Math.abs(delta) < (z + BOOTSTRAP_MARGIN) * se) {
    [low, high] = bootstrap();
    method = 'bootstrap';
    if (low <= 0 && high >= 0) reason = 'interval-includes-zero';
  }
  const out: Estimate = { from: round4(from), to: round4(to), delta: round4(delta), low: round4(low), high: round4(high), significant: reason === undefined, method };
  if (reason !== undefined) out.reason = reason;
  return out;
}

/**
 * The change stat(b) − stat(a) with its interval, from the two samples (see `decideChange`);
 * the bootstrap is exact for one-column samples on the 0.1 grid, else seeded by `label`.
 */
export function estimateChange(a: Sample, b: Sample, stat: Statistic, minEffect: number, settings: DriftSettings, label: string, bootstrap = true): Estimate {
  const from = stat(columnSums(a), a.n);
  const to = stat(columnSums(b), b.n);
  const se = Math.sqrt(jackknifeSe(a, stat) ** 2 + jackknifeSe(b, stat) ** 2);
  const refine = bootstrap ? (): [number, number] => bootstrapInterval(a, b, stat, settings.resamples, settings.level, seedFor(settings.seed, label)) : undefined;
  return decideChange(from, to, se, a.n, b.n, minEffect, settings, refine);
}

/** One column of sentence-major rows as a one-wide sample. */
export function column(rows: ArrayLike<number>, n: number, width: number, c: number): Sample {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = rows[i * width + c]!;
  return { rows: out, n, width: 1 };
}
