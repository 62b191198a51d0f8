import type { Dimension } from '../schema/report.js';
import type { LearnedWeights } from '../lexicon/learnedTypes.js';
import type { Cue } from '../lexicon/types.js';
import type { Scope } from '../text/scopes.js';

/** Everything the shared code needs to know about a dimension: no code branches on its name. */
export interface DimensionDef {
  name: Dimension;
  /** Score range: [-1, 1] for bipolar axes, [0, 1] for unipolar ones. */
  min: -1 | 0;
  max: 1;
  /** round score = tanh(gain × mean sentence evidence), clamped to [min, max]. */
  gain: number;
  /** A sentence counts as showing the dimension when its net evidence reaches this. */
  sentenceThreshold: number;
  /** Scopes that silence this dimension's cues unless a cue says otherwise. */
  blockedBy: Scope[];
  cues: readonly Cue[];
  /** The learned sentence model, heard where the cues leave a sentence below the threshold (optional). */
  learned?: LearnedWeights;
  /**
   * Where the cues put a sentence in a class and the learned model's margin for that class (in
   * score units, its margin over class 0 included) is below minus this, the model overrules them:
   * the sentence's findings on this dimension are dropped (optional; none: the cues always stand).
   */
  learnedVeto?: number;
  /**
   * The smallest rise and the smallest fall of this dimension's round score that count as a
   * change, where they are more than the drift setting `minEffect` (optional; none: `minEffect`).
   */
  minRise?: number;
  minDrop?: number;
  /** Plain-words names of the two ends, for formatters and messages. */
  low: string;
  high: string;
  /** What a coach says when the score moves up or down between rounds; no rule, no flag. */
  flags: { up?: FlagRule; down?: FlagRule };
  /** Words for a round's profile: the first band whose `upTo` the score does not exceed. */
  bands: ReadonlyArray<{ upTo: number; word: string | null }>;
}

export interface FlagRule {
  severity: 'warning' | 'info';
  /** What changed, e.g. "more assertive". */
  change: string;
  /** The coach's name for the pattern, e.g. "closing the deal". */
  pattern: string;
  advice: string;
}
