export { analyze } from './analyze.js';
export { ToneDriftError, isToneDriftError, type ErrorCode, type ErrorIssue } from './errors.js';
export {
  AnalyzeOptionsSchema,
  ProcessSchema,
  RoundSchema,
  TurnSchema,
  type AnalyzeOptions,
  type DriftOptions,
  type Limits,
  type Process,
  type Round,
  type Turn,
} from './schema/input.js';
export {
  DIMENSIONS,
  ReportSchema,
  type CandidateChoice,
  type Delta,
  type Evidence,
  type MarkerChange,
  type StylePair,
  type Summary,
  type Dimension,
  type Finding,
  type Flag,
  type Report,
  type RoundResult,
  type Scores,
} from './schema/report.js';
export { jsonSchemas } from './schema/jsonSchema.js';
export { DIMENSION_DEFS } from './dimensions/registry.js';
export type { DimensionDef } from './dimensions/types.js';
export type { Cue } from './lexicon/types.js';
export { normalize } from './text/normalize.js';
export { tokenize, type Token } from './text/tokenize.js';
export { splitSentences, type Span } from './text/sentences.js';
export { scopesAt, SCOPES, type Scope } from './text/scopes.js';
export { formatText, type TextOptions } from './format/text.js';
export { formatMarkdown } from './format/markdown.js';
export { formatJson } from './format/json.js';
export { formatSarif, type SarifFile, type SarifOptions } from './format/sarif.js';
export {
  detectFormat,
  parseTranscript,
  parseNameLines,
  parseOtter,
  parseSrt,
  parseSttJson,
  parseRoundJson,
  parseWebVtt,
  locate,
  TRANSCRIPT_FORMATS,
  type ParseTranscriptOptions,
  type Transcript,
  type TranscriptFormat,
  type SourceMap,
  type TranscriptWithSource,
} from './transcript/index.js';
