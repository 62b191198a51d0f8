import { focusCues } from '../lexicon/focus.js';
import type { DimensionDef } from './types.js';

export const focus: DimensionDef = {
  name: 'focus',
  min: -1,
  max: 1,
  gain: 2.5,
  sentenceThreshold: 0.5,
  blockedBy: ['reported', 'negation', 'past'],
  cues: focusCues,
  low: 'self-focused',
  high: 'employer-focused',
};
