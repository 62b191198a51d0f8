import { examplesCues } from '../lexicon/examples.js';
import type { DimensionDef } from './types.js';

export const examples: DimensionDef = {
  name: 'examples',
  min: 0,
  max: 1,
  gain: 2,
  sentenceThreshold: 0.5,
  // "I never led a team", "I would start by…", "Have you ever shipped…?"
  blockedBy: ['negation', 'conditional', 'question', 'reported'],
  cues: examplesCues,
  low: 'generic',
  high: 'concrete examples',
};
