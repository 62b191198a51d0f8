import { messages } from '../messages.js';
import type { Turn } from '../schema/input.js';
import { parseError } from './fail.js';
import { joinFragments } from './joinFragments.js';
import { mergeTurns } from './mergeTurns.js';
import { recurringNames, splitSpeaker } from './speaker.js';
import type { Transcript } from './types.js';

/** One caption cue (WebVTT or SRT), cut into the parts each voice speaks. */
export interface Cue {
  /** Line of the cue's timing, for errors. */
  line: number;
  start: number;
  end: number;
  parts: Array<{ speaker?: string; text: string }>;
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
  const plain = cues.filter((cue) => !cue.voiced && cue.parts.length === 1);
  const known = recurringNames(plain.map((cue) => cue.parts[0]!.text));
  const named = cues.map((cue) => {
    const found = plain.includes(cue) ? splitSpeaker(cue.parts[0]!.text, known) : undefined;
    return found ? { ...cue, parts: [{ speaker: found.speaker, text: found.text }] } : cue;
  });
  if (!named.some((cue) => cue.parts.some((p) => p.speaker !== undefined))) {
    return { answers: joinFragments(named.flatMap((cue) => cue.parts.map((p) => p.text))) };
  }
  const pieces: Turn[] = [];
  let speaker: string | undefined;
  for (const cue of named) {
    for (const part of cue.parts) {
      speaker = part.speaker ?? speaker;
      if (part.text === '') continue;
      if (speaker === undefined) throw parseError(cue.line, messages.cueWithoutSpeaker(example));
      pieces.push({ speaker, text: part.text, start: cue.start, end: cue.end });
    }
  }
  return { turns: mergeTurns(pieces) };
}
