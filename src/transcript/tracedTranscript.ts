import { untraceTurn, type TracedTurn } from './mergeTurns.js';
import type { SourceMap } from './source.js';
import type { Traced } from './traced.js';
import type { Transcript } from './types.js';

/** What the parsers build: a transcript whose texts know where they came from. */
export type TracedTranscript = { turns: TracedTurn[] } | { answers: Traced[] };

/** The transcript as `parseTranscript` returns it. */
export function untrace(transcript: TracedTranscript): Transcript {
  return 'turns' in transcript ? { turns: transcript.turns.map(untraceTurn) } : { answers: transcript.answers.map((a) => a.text) };
}

/** The source map: for each turn (or answer), its segments. */
export function sourceOf(transcript: TracedTranscript): SourceMap {
  return 'turns' in transcript ? transcript.turns.map((t) => t.text.toSource()) : transcript.answers.map((a) => a.toSource());
}
