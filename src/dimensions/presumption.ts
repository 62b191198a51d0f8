import { presumptionCues } from '../lexicon/presumption.js';
import { presumptionLearned } from '../lexicon/learned.js';
import type { DimensionDef } from './types.js';

export const presumption: DimensionDef = {
  name: 'presumption',
  min: 0,
  max: 1,
  gain: 3,
  sentenceThreshold: 0.5,
  // "If I join…", "I'm not assuming…", "my recruiter said…", "when I started at Acme…".
  blockedBy: ['negation', 'conditional', 'reported'],
  flags: {
    up: {
      severity: 'warning',
      change: 'more presumptive',
      pattern: 'in the bag',
      advice: 'Nothing is decided until the offer is signed. Talk about the role as a possibility ("if I join", "the person in this role") and ask about their plans, not your desk or your start date.',
    },
  },
  bands: [
    { upTo: 0.2, word: null },
    { upTo: 1, word: 'presumptive' },
  ],
  cues: presumptionCues,
  learned: presumptionLearned,
  low: 'open',
  high: 'presumptive',
};
