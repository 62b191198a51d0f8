import { presumptionCues } from '../lexicon/presumption.js';
import type { DimensionDef } from './types.js';

export const presumption: DimensionDef = {
  name: 'presumption',
  min: 0,
  max: 1,
  gain: 3,
  sentenceThreshold: 0.5,
  // "If I join…", "I'm not assuming…", "my recruiter said…", "when I started at Acme…".
  blockedBy: ['negation', 'conditional', 'reported', 'past'],
  cues: presumptionCues,
  low: 'open',
  high: 'presumptive',
};
