import { focusCues } from '../lexicon/focus.js';
import { focusLearned } from '../lexicon/learned.js';
import type { DimensionDef } from './types.js';

export const focus: DimensionDef = {
  name: 'focus',
  min: -1,
  max: 1,
  gain: 2.5,
  sentenceThreshold: 0.5,
  // A real change of focus moves the round score a long way: on the spent dev processes every
  // labeled change the drift reported was 0.5 or more (41 of 43 were 0.6 or more), while the 9
  // unchanged pairs that moved past 0.15 moved by 0.2 to 0.5, 8 of them by less than 0.4.
  minRise: 0.45,
  minDrop: 0.45,
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
  // The focus model overrules the cues where it is sure they are wrong (margin below -5): such
  // cue calls are mostly plain answers or plans that name pay or the employer in passing. On
  // the dev items of sentences-t/-u/-v (which the focus model is not trained on) focus F1 went
  // 0.836 -> 0.853 at 4 and 0.846 at 5, on the fresh w/x/y 0.781 -> 0.785 / 0.784; the dev
  // processes 0.982 / 0.014 / 0.944 -> 0.986 / 0.010 / 0.958 at 4, 0.984 / 0.012 / 0.951 at 5.
  // At 4 it overruled two cues' own textbook examples ("I can save you two hours a day on
  // scheduling alone."), so 5. The other models gained nothing from a veto on t/u/v.
  learnedVeto: 5,
  low: 'self-focused',
  high: 'employer-focused',
};
