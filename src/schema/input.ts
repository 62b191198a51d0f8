import * as z from 'zod/mini';

/** One spoken turn. Times are seconds from the start of the round's recording. */
export const TurnSchema = z.object({
  speaker: z.string(),
  text: z.string(),
  start: z.optional(z.number()),
  end: z.optional(z.number()),
});

/** One interview round: a transcript (`turns`) or the candidate's own answers (`answers`). */
export const RoundSchema = z
  .object({
    id: z.optional(z.string()),
    label: z.optional(z.string()),
    date: z.optional(z.string()),
    turns: z.optional(z.array(TurnSchema)),
    answers: z.optional(z.array(z.string())),
  })
  .check(
    z.refine((round) => (round.turns === undefined) !== (round.answers === undefined), {
      message: 'turns xor answers',
      params: { code: 'ROUND_TURNS_XOR_ANSWERS' },
    }),
  );

/** A candidate's whole interview process. */
export const ProcessSchema = z.object({
  candidate: z.optional(z.string()),
  rounds: z.array(RoundSchema).check(z.minLength(1)),
});

/** How changes between rounds are judged; every field has a documented default (see README). */
export const DriftOptionsSchema = z.strictObject({
  /** Confidence level of the intervals. Default 0.9 (chosen on the dev split). */
  level: z.optional(z.number().check(z.gt(0.5), z.lt(1))),
  /** Smallest |change| in a dimension score that counts as meaningful. Default 0.15. */
  minEffect: z.optional(z.number().check(z.gte(0))),
  /** Fewest candidate sentences a round needs before its changes are judged. Default 5. */
  minSentences: z.optional(z.int().check(z.gte(1))),
  /** Resamples of the sampled bootstrap, used only when sentence values are off the 0.1 grid (the exact bootstrap needs none). Default 1000. */
  resamples: z.optional(z.int().check(z.gte(50), z.lte(100_000))),
  /** Seed of the sampled bootstrap (off-grid values only); the same seed gives the same report. Default 1. */
  seed: z.optional(z.int()),
});

/** Input size limits, in UTF-16 code units (string length). Past one, analyze() throws INPUT_TOO_LARGE. */
export const LimitsSchema = z.strictObject({
  /** One turn's or answer's text. Default 1,000,000. */
  maxTurnChars: z.optional(z.int().check(z.gte(1))),
  /** All text of one round. Default 5,000,000. */
  maxRoundChars: z.optional(z.int().check(z.gte(1))),
  /** All text of the process. Default 20,000,000. */
  maxProcessChars: z.optional(z.int().check(z.gte(1))),
});

export const AnalyzeOptionsSchema = z.strictObject({
  /** The candidate's speaker name; overrides `process.candidate`. */
  candidate: z.optional(z.string()),
  /** Extra speaker labels that mean "the candidate" (added to Candidate, Interviewee, Applicant, Me…). */
  candidateLabels: z.optional(z.array(z.string())),
  drift: z.optional(DriftOptionsSchema),
  limits: z.optional(LimitsSchema),
  /**
   * The learned layer (default true). `false` scores on the cue tables alone: every finding is
   * then a cue's, and analysis takes about a sixth less time, at a lower recall.
   */
  learned: z.optional(z.boolean()),
});

export type Turn = z.infer<typeof TurnSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type Process = z.infer<typeof ProcessSchema>;
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;
export type DriftOptions = z.infer<typeof DriftOptionsSchema>;
export type Limits = z.infer<typeof LimitsSchema>;
