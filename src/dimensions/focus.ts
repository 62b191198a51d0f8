import { focusCues } from '../lexicon/focus.js';
import { focusLearned } from '../lexicon/learned.js';
import type { DimensionDef } from './types.js';

export const focus: DimensionDef = {
  name: 'focus',
  min: -1,
  max: 1,
  gain: 2.5,
  sentenceThreshold: 0.5,
  blockedBy: ['reported', 'negation', 'past'],
  flags: {
    down: {
      severity: 'warning',
      change: 'more self-focused',
      pattern: 'what can they do for me',
      advice: 'Keep asking what you can do for them. Keep selling through negotiation: tie each ask (pay, title, flexibility) to the value you bring and the problems you will solve.',
    },
  },
  bands: [
    { upTo: -0.25, word: 'self-focused' },
    { upTo: 0.25, word: null },
    { upTo: 1, word: 'employer-focused' },
  ],
  cues: focusCues,
  learned: focusLearned,
  low: 'self-focused',
  high: 'employer-focused',
};
