import { ToneDriftError } from '../errors.js';
import { messages } from '../messages.js';

/** A problem at one line of a transcript file: code TRANSCRIPT_PARSE, path `line N`. */
export function parseError(line: number, message: string): ToneDriftError {
  return new ToneDriftError([{ code: 'TRANSCRIPT_PARSE', path: `line ${line}`, line, message }]);
}

/** A problem at one value of a JSON transcript: code TRANSCRIPT_PARSE, path such as `utterances[3].text`. */
export function valueError(path: string, message: string): ToneDriftError {
  return new ToneDriftError([{ code: 'TRANSCRIPT_PARSE', path, message }]);
}

/** The input is not (this kind of) transcript at all. */
export function formatError(message: string): ToneDriftError {
  return new ToneDriftError([{ code: 'TRANSCRIPT_FORMAT', path: '', message }]);
}

/** Throws TRANSCRIPT_EMPTY when a parsed transcript (plain or traced) has no turns and no answers. */
export function nonEmpty<T extends { turns: readonly unknown[] } | { answers: readonly unknown[] }>(transcript: T, format: string): T {
  const count = 'turns' in transcript ? transcript.turns.length : transcript.answers.length;
  if (count === 0) throw new ToneDriftError([{ code: 'TRANSCRIPT_EMPTY', path: '', message: messages.transcriptEmpty(format) }]);
  return transcript;
}
