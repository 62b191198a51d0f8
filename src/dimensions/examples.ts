import { examplesCues } from '../lexicon/examples.js';
import { examplesLearned } from '../lexicon/learned.js';
import type { DimensionDef } from './types.js';

export const examples: DimensionDef = {
  name: 'examples',
  min: 0,
  max: 1,
  gain: 2,
  sentenceThreshold: 0.5,
  // More war stories is the one change a coach wants; a round with fewer is ordinary variation
  // (other questions, other topics) unless the fall is large. On the spent dev processes, every
  // fall the writers called a change was 0.6 or more, while 12 of 294 unchanged pairs fell by
  // 0.2 to 0.6, 8 of them by less than 0.4.
  minDrop: 0.4,
  // "I never led a team", "I would start by…", "Have you ever shipped…?"
  blockedBy: ['negation', 'conditional', 'question', 'reported'],
  flags: {
    up: {
      severity: 'info',
      change: 'more behavioral examples',
      pattern: 'war stories',
      advice: 'Good: this is the one change that should happen. Keep adding war stories, each with the situation, what you did, and the result in numbers.',
    },
  },
  bands: [
    { upTo: 0.2, word: 'few examples' },
    { upTo: 1, word: 'concrete examples' },
  ],
  cues: examplesCues,
  learned: examplesLearned,
  low: 'generic',
  high: 'concrete examples',
};
