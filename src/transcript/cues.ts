import { messages } from '../messages.js';
import { parseError } from './fail.js';
import { joinTracedFragments } from './joinFragments.js';
import { mergeTracedTurns, type TracedTurn } from './mergeTurns.js';
import { recurringNames, splitSpeaker } from './speaker.js';
import { Traced } from './traced.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
import type { Transcript } from './types.js';

/** One caption cue (WebVTT or SRT), cut into the parts each voice speaks. */
export interface Cue {
  /** Line of the cue's timing, for errors. */
  line: number;
  start: number;
  end: number;
  /** `source`, when given, is `text` with its positions in the file (`source.text === text`). */
  parts: Array<{ speaker?: string; text: string; source?: Traced }>;
  /** True when the cue had voice spans; otherwise a "Name: " prefix may name its speaker. */
  voiced: boolean;
}

/**
 * Turns cues into a transcript. A cue without voice spans is named by a "Name: " prefix (see
 * `speaker.ts`). A part without a speaker continues the last named speaker. When no cue names a
 * speaker the cues become answers; when some do, a cue before the first named one is an error,
 * since its speaker cannot be known.
 */
export function cuesToTranscript(cues: readonly Cue[], example: string): Transcript {
  return untrace(cuesToTracedTranscript(cues, example));
}

const sourceOf = (part: Cue['parts'][number]): Traced => part.source ?? Traced.plain(part.text);

/** `cuesToTranscript` keeping each part's source positions. */
export function cuesToTracedTranscript(cues: readonly Cue[], example: string): TracedTranscript {
  const plain = new Set(cues.filter((cue) => !cue.voiced && cue.parts.length === 1));
  const known = recurringNames([...plain].map((cue) => cue.parts[0]!.text));
  const named = cues.map((cue): Cue => {
    if (!plain.has(cue)) return cue;
    const part = cue.parts[0]!;
    const found = splitSpeaker(part.text, known);
    return found ? { ...cue, parts: [{ speaker: found.speaker, text: found.text, source: sourceOf(part).endingWith(found.text) }] } : cue;
  });
  if (!named.some((cue) => cue.parts.some((p) => p.speaker !== undefined))) {
    return { answers: joinTracedFragments(named.flatMap((cue) => cue.parts.map(sourceOf))) };
  }
  const pieces: TracedTurn[] = [];
  let speaker: string | undefined;
  for (const cue of named) {
    for (const part of cue.parts) {
      speaker = part.speaker ?? speaker;
      if (part.text === '') continue;
      if (speaker === undefined) throw parseError(cue.line, messages.cueWithoutSpeaker(example));
      pieces.push({ speaker, text: sourceOf(part), start: cue.start, end: cue.end });
    }
  }
  return { turns: mergeTracedTurns(pieces) };
}
