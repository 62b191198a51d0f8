import { messages, quoteLine } from '../messages.js';
import { looksLikeTiming, parseCueTiming } from './clock.js';
import { cuesToTranscript, type Cue } from './cues.js';
import { nonEmpty, parseError } from './fail.js';
import { joinLines, splitLines, toBlocks, type Block } from './lines.js';
import type { Transcript } from './types.js';

/**
 * Reads SubRip (SRT): blocks of a cue number, a timing `00:00:01,000 --> 00:00:04,000` and the
 * cue text. The number may be missing. A "Name: " at the start of a cue's text names its speaker;
 * unnamed cues continue the last speaker, and consecutive cues of one speaker merge into one turn.
 * Formatting tags (`<i>`, `<font …>`, `{\an8}`) are removed. A file whose cues name no speaker
 * becomes answers.
 */
export function parseSrt(text: string): Transcript {
  const cues = toBlocks(splitLines(text)).map(readCue);
  return nonEmpty(cuesToTranscript(cues, 'Dana Lee: text'), 'SRT');
}

const NUMBER = /^\s*\d+\s*$/;

function readCue(block: Block): Cue {
  const numbered = NUMBER.test(block.lines[0]!);
  const at = numbered || (!block.lines[0]!.includes('-->') && looksLikeTiming(block.lines[1] ?? '')) ? 1 : 0;
  const timingLine = block.lines[at];
  const timing = timingLine === undefined ? undefined : parseCueTiming(timingLine);
  if (!timing) throw parseError(block.line + at, messages.cueTiming(',', quoteLine(timingLine)));
  const line = block.line + at;
  if (timing.end < timing.start) throw parseError(line, messages.cueEndsBeforeStart(timing.startText, timing.endText));
  const payload = block.lines.slice(at + 1);
  const stray = payload.findIndex((l) => l.includes('-->'));
  if (stray >= 0) throw parseError(line + 1 + stray, messages.cueWithoutBlankLine(quoteLine(payload[stray])));
  const text = joinLines(payload.map((l) => l.replace(/<\/?(?:i|b|u|font)(?:\s[^>]*)?>|\{\\[^}]*\}/gi, '')));
  return { line, start: timing.start, end: timing.end, parts: text === '' ? [] : [{ text }], voiced: false };
}
