import { DIMENSION_DEFS, type Dimension } from '../src/index.js';
import { classify, interviewerFindings } from './classify.js';
import type { SentenceItem } from './corpus.js';
import { dimensionScores, type DimensionScores } from './metrics.js';

export interface SentenceError {
  id: string;
  dimension: Dimension;
  gold: number;
  predicted: number;
  text: string;
  cues: string[];
}

export interface SentenceEval {
  n: number;
  dimensions: Record<Dimension, DimensionScores>;
  /** Interviewer lines that produced any finding (must be 0). */
  interviewerLeaks: number;
  interviewerLines: number;
  errors: SentenceError[];
  /** Per dimension: the gold and predicted label of every candidate line, in order. */
  labels: Record<Dimension, { gold: number[]; pred: number[] }>;
}

export function evalSentences(items: readonly SentenceItem[]): SentenceEval {
  const candidates = items.filter((s) => s.speaker === 'candidate');
  const interviewers = items.filter((s) => s.speaker === 'interviewer');
  const gold: Record<string, number[]> = {};
  const pred: Record<string, number[]> = {};
  const errors: SentenceError[] = [];
  for (const def of DIMENSION_DEFS) {
    gold[def.name] = [];
    pred[def.name] = [];
  }
  for (const item of candidates) {
    const { labels, findings } = classify(item.text);
    for (const def of DIMENSION_DEFS) {
      const g = item.labels[def.name];
      const p = labels[def.name];
      gold[def.name]!.push(g);
      pred[def.name]!.push(p);
      if (g !== p) {
        errors.push({ id: item.id, dimension: def.name, gold: g, predicted: p, text: item.text, cues: findings.filter((f) => f.dimension === def.name).map((f) => f.cue) });
      }
    }
  }
  const dimensions = {} as Record<Dimension, DimensionScores>;
  for (const def of DIMENSION_DEFS) dimensions[def.name] = dimensionScores(gold[def.name]!, pred[def.name]!, def.min < 0);
  const interviewerLeaks = interviewers.filter((s) => interviewerFindings(s.text).length > 0).length;
  const labels = {} as SentenceEval['labels'];
  for (const def of DIMENSION_DEFS) labels[def.name] = { gold: gold[def.name]!, pred: pred[def.name]! };
  return { n: candidates.length, dimensions, interviewerLeaks, interviewerLines: interviewers.length, errors, labels };
}
