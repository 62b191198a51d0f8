import * as z from 'zod/mini';

export const DIMENSIONS = ['assertiveness', 'presumption', 'focus', 'examples'] as const;
export const DimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof DimensionSchema>;

export const ScoresSchema = z.object({
  assertiveness: z.number().check(z.gte(-1), z.lte(1)),
  presumption: z.number().check(z.gte(0), z.lte(1)),
  focus: z.number().check(z.gte(-1), z.lte(1)),
  examples: z.number().check(z.gte(0), z.lte(1)),
});

/** A span of a turn's text: UTF-16 offsets and the text itself. */
export const WordSpanSchema = z.object({ start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)), text: z.string() });

export const FindingSchema = z.object({
  dimension: DimensionSchema,
  polarity: z.union([z.literal(1), z.literal(-1)]),
  weight: z.number().check(z.gt(0)),
  /** Stable id of the cue that fired, e.g. `presumption.when-i-start`. */
  cue: z.string(),
  /** Index into the round's `turns` or `answers`. */
  turn: z.int().check(z.gte(0)),
  /** UTF-16 offsets into that turn's text; `text === turnText.slice(start, end)`. */
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
  text: z.string(),
  /** The sentence the cue fired in, as offsets into the turn's text. */
  sentence: z.object({ start: z.int(), end: z.int() }),
  /** Seconds, when the turn has timestamps (the turn's start). */
  time: z.optional(z.number()),
  /**
   * Learned findings only (cue `<dimension>.learned`, whose span is the whole sentence): the words
   * or pairs of words that moved the sentence most toward its class, strongest first, except that
   * articles, conjunctions and prepositions come after every other word.
   */
  words: z.optional(z.array(WordSpanSchema)),
});

export const CandidateChoiceSchema = z.object({
  /** The speaker taken as the candidate, or null for `answers` rounds. */
  speaker: z.nullable(z.string()),
  method: z.enum(['option', 'process', 'role-label', 'every-round', 'answers-questions', 'only-speaker', 'answers']),
  reason: z.string(),
});

export const RoundResultSchema = z.object({
  id: z.string(),
  label: z.optional(z.string()),
  date: z.optional(z.string()),
  candidate: CandidateChoiceSchema,
  stats: z.object({
    candidateTurns: z.int().check(z.gte(0)),
    sentences: z.int().check(z.gte(0)),
    words: z.int().check(z.gte(0)),
  }),
  scores: ScoresSchema,
  findings: z.array(FindingSchema),
});

export const PairSchema = z.enum(['consecutive', 'from-first']);

/** Why a change was not judged significant. */
export const NotSignificantSchema = z.enum(['insufficient-evidence', 'below-min-effect', 'interval-includes-zero']);

export const DeltaSchema = z.object({
  from: z.string(),
  to: z.string(),
  dimension: DimensionSchema,
  /** Score at `to` minus score at `from`. */
  delta: z.number(),
  /** The uncertainty interval of `delta` at the configured level. */
  low: z.number(),
  high: z.number(),
  significant: z.boolean(),
  /** Consecutive rounds, or a later round against the first. */
  pair: PairSchema,
  /** How the interval was computed: the jackknife screen, or the seeded bootstrap that refines it. */
  method: z.enum(['jackknife', 'bootstrap']),
  reason: z.optional(NotSignificantSchema),
});

export const MarkerChangeSchema = z.object({
  /** Value in each round. */
  from: z.number(),
  to: z.number(),
  delta: z.number(),
  low: z.number(),
  high: z.number(),
  significant: z.boolean(),
  method: z.enum(['jackknife', 'bootstrap']),
  reason: z.optional(NotSignificantSchema),
});

/** Style beyond the four dimensions, per pair of rounds. */
export const StylePairSchema = z.object({
  from: z.string(),
  to: z.string(),
  pair: PairSchema,
  /** Language Style Matching of function-word use (Ireland & Pennebaker 2010): 1 = same style. */
  lsm: z.object({ value: z.number(), low: z.number(), high: z.number(), shifted: z.boolean() }),
  markers: z.object({
    meanSentenceLength: MarkerChangeSchema,
    questionRate: MarkerChangeSchema,
    fillerRate: MarkerChangeSchema,
    firstPersonRate: MarkerChangeSchema,
  }),
});

export const EvidenceSchema = z.object({
  round: z.string(),
  cue: z.string(),
  turn: z.int(),
  start: z.int(),
  end: z.int(),
  text: z.string(),
  /** The whole sentence the cue fired in, and where it starts in the turn's text. */
  sentence: z.string(),
  sentenceStart: z.int(),
  /** True when the cue never fired in the earlier round. */
  new: z.boolean(),
  /** The finding's `words`, for learned findings: what formatters mark instead of the whole span. */
  words: z.optional(z.array(WordSpanSchema)),
  time: z.optional(z.number()),
});

export const FlagSchema = z.object({
  from: z.string(),
  to: z.string(),
  dimension: DimensionSchema,
  direction: z.enum(['up', 'down']),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  advice: z.string(),
  /** The coach's name for the pattern, e.g. "closing the deal". */
  pattern: z.string(),
  pair: PairSchema,
  delta: z.number(),
  low: z.number(),
  high: z.number(),
  /** The findings that drove it, mostly cues new in the later round, strongest first. */
  evidence: z.array(EvidenceSchema),
});

export const SummarySchema = z.object({
  verdict: z.enum(['stable', 'drifting', 'insufficient-evidence']),
  /** The largest significant change, or the largest change when none is significant. */
  largest: z.nullable(z.object({ from: z.string(), to: z.string(), dimension: DimensionSchema, delta: z.number(), significant: z.boolean() })),
  /** One line per round, e.g. "pushy, presumptive, self-focused, few examples". */
  profiles: z.array(z.object({ round: z.string(), label: z.optional(z.string()), profile: z.string() })),
  warnings: z.int(),
  infos: z.int(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  /** The candidate's speaker name (the option, or the one detected most often); null when only answers were given. */
  candidate: z.nullable(z.string()),
  rounds: z.array(RoundResultSchema),
  deltas: z.array(DeltaSchema),
  flags: z.array(FlagSchema),
  style: z.array(StylePairSchema),
  summary: SummarySchema,
});

export type Scores = z.infer<typeof ScoresSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type CandidateChoice = z.infer<typeof CandidateChoiceSchema>;
export type RoundResult = z.infer<typeof RoundResultSchema>;
export type Delta = z.infer<typeof DeltaSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type StylePair = z.infer<typeof StylePairSchema>;
export type MarkerChange = z.infer<typeof MarkerChangeSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Summary = z.infer<typeof SummarySchema>;
