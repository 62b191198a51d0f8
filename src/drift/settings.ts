import type { DriftOptions } from '../schema/input.js';

/** The defaults of every drift setting, documented in the README's "How drift is judged". */
export const DRIFT_DEFAULTS = {
  level: 0.9,
  minEffect: 0.15,
  minSentences: 5,
  resamples: 1000,
  seed: 1,
} as const;

export type DriftSettings = { -readonly [K in keyof typeof DRIFT_DEFAULTS]: number };

export function driftSettings(options: DriftOptions | undefined): DriftSettings {
  return { ...DRIFT_DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) };
}
