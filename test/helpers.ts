import { analyze, type AnalyzeOptions, type Finding, type Report } from '../src/index.js';

/** Analyze one candidate answer and return its findings. */
export function findingsOf(text: string, options?: AnalyzeOptions): Finding[] {
  return analyze({ rounds: [{ answers: [text] }] }, options).rounds[0]!.findings;
}

export function cuesOf(text: string, options?: AnalyzeOptions): string[] {
  return findingsOf(text, options).map((f) => f.cue);
}

/** The net evidence per dimension in one answer. */
export function netOf(text: string): Record<string, number> {
  const net: Record<string, number> = { assertiveness: 0, presumption: 0, focus: 0, examples: 0 };
  for (const f of findingsOf(text)) net[f.dimension] = (net[f.dimension] ?? 0) + f.polarity * f.weight;
  return net;
}

export function twoRounds(a: string[], b: string[]): Report {
  return analyze({ rounds: [{ answers: a }, { answers: b }] });
}

/** A seeded stream of numbers in [0, 1) (mulberry32, the benchmarks' generator), for generated test inputs. */
export { mulberry32 as random } from '../benchmarks/rng.js';
