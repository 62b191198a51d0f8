import { assertivenessCues } from '../lexicon/assertiveness.js';
import { assertivenessLearned } from '../lexicon/learned.js';
import type { DimensionDef } from './types.js';

export const assertiveness: DimensionDef = {
  name: 'assertiveness',
  min: -1,
  max: 1,
  gain: 2.5,
  sentenceThreshold: 0.5,
  // On the spent dev processes every labeled change the drift reported moved the round score by
  // 0.4 or more (68 of 69 by 0.5 or more), while 6 of the 7 unchanged pairs that moved past 0.15
  // moved by less than 0.3.
  minRise: 0.35,
  minDrop: 0.35,
  // Someone else's words are not the candidate's pressure.
  blockedBy: ['reported'],
  flags: {
    up: {
      severity: 'warning',
      change: 'more assertive',
      pattern: 'closing the deal',
      advice: 'Keep the tone that got you through the first round. Let your examples do the selling: swap certainty and pressure ("I guarantee", "I need an answer by Friday") for evidence of what you did.',
    },
    down: {
      severity: 'warning',
      change: 'more hedged',
      pattern: 'losing confidence',
      advice: 'Keep the steady tone of your earlier rounds: state what you did plainly ("I led…", "I fixed…") and drop the qualifiers and apologies.',
    },
  },
  bands: [
    { upTo: -0.25, word: 'hedged' },
    { upTo: 0.25, word: null },
    { upTo: 1, word: 'pushy' },
  ],
  cues: assertivenessCues,
  learned: assertivenessLearned,
  low: 'hedged',
  high: 'pushy',
};
