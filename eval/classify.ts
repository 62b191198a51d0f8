import { analyze, DIMENSION_DEFS, type AnalyzeOptions, type Dimension, type Finding } from '../src/index.js';

/** Set by `useCuesOnly()`: the learned layer off, to see what the cues alone do. */
let options: AnalyzeOptions | undefined;

/** From now on, classify with the cues alone (the learned layer off; `on = false` turns it back on): `devErrors.ts --cues-only`. */
export function useCuesOnly(on = true): void {
  options = on ? { learned: false } : undefined;
}

/** The label tone-drift gives one utterance on each dimension: the sign of its net evidence past the threshold. */
export function labelsOf(findings: readonly Finding[]): Record<Dimension, number> {
  const out = {} as Record<Dimension, number>;
  for (const def of DIMENSION_DEFS) {
    let net = 0;
    for (const f of findings) if (f.dimension === def.name) net += f.polarity * f.weight;
    out[def.name] = net >= def.sentenceThreshold ? 1 : net <= -def.sentenceThreshold && def.min < 0 ? -1 : 0;
  }
  return out;
}

/** Classifies a candidate utterance. */
export function classify(text: string): { labels: Record<Dimension, number>; findings: Finding[] } {
  const findings = analyze({ rounds: [{ answers: [text] }] }, options).rounds[0]!.findings;
  return { labels: labelsOf(findings), findings };
}

/** Findings produced by an interviewer line inside a transcript (must be none). */
export function interviewerFindings(text: string): Finding[] {
  return analyze({ rounds: [{ turns: [{ speaker: 'Interviewer', text }, { speaker: 'Candidate', text: 'Okay.' }] }] }).rounds[0]!.findings;
}
