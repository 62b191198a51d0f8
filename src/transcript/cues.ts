import { messages } from '../messages.js';
import type { Turn } from '../schema/input.js';
import { parseError } from './fail.js';
import { joinFragments } from './joinFragments.js';
import { mergeTurns } from './mergeTurns.js';
import type { Transcript } from './types.js';

/** One caption cue (WebVTT or SRT), cut into the parts each voice speaks. */
export interface Cue {
  /** Line of the cue's timing, for errors. */
  line: number;
  start: number;
  end: number;
  parts: Array<{ speaker?: string; text: string }>;
}

/**
 * Turns cues into a transcript. A part without a speaker continues the last named speaker.
 * When no cue names a speaker the cues become answers; when some do, a cue before the first
 * named one is an error, since its speaker cannot be known.
 */
export function cuesToTranscript(cues: readonly Cue[], example: string): Transcript {
  const named = cues.some((cue) => cue.parts.some((p) => p.speaker !== undefined));
  if (!named) return { answers: joinFragments(cues.flatMap((cue) => cue.parts.map((p) => p.text))) };
  const pieces: Turn[] = [];
  let speaker: string | undefined;
  for (const cue of cues) {
    for (const part of cue.parts) {
      speaker = part.speaker ?? speaker;
      if (part.text === '') continue;
      if (speaker === undefined) throw parseError(cue.line, messages.cueWithoutSpeaker(example));
      pieces.push({ speaker, text: part.text, start: cue.start, end: cue.end });
    }
  }
  return { turns: mergeTurns(pieces) };
}
