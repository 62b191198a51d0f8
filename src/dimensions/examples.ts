import { examplesCues } from '../lexicon/examples.js';
import { examplesLearned } from '../lexicon/learned.js';
import type { DimensionDef } from './types.js';

export const examples: DimensionDef = {
  name: 'examples',
  min: 0,
  max: 1,
  gain: 2,
  sentenceThreshold: 0.5,
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
