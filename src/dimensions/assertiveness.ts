import { assertivenessCues } from '../lexicon/assertiveness.js';
import type { DimensionDef } from './types.js';

export const assertiveness: DimensionDef = {
  name: 'assertiveness',
  min: -1,
  max: 1,
  gain: 2.5,
  sentenceThreshold: 0.5,
  // Someone else's words are not the candidate's pressure.
  blockedBy: ['reported'],
  cues: assertivenessCues,
  low: 'hedged',
  high: 'pushy',
};
