import { messages, quoteLine } from '../messages.js';
import { looksLikeTiming, parseCueTiming } from './clock.js';
import { cuesToTracedTranscript, type Cue } from './cues.js';
import { nonEmpty, parseError } from './fail.js';
import { splitLines, toBlocks, type Block } from './lines.js';
import { joinTracedLines, tracedLines } from './traced.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
import type { Transcript } from './types.js';

/**
 * Reads SubRip (SRT): blocks of a cue number, a timing `00:00:01,000 --> 00:00:04,000` and the
 * cue text. The number may be missing. A "Name: " at the start of a cue's text names its speaker;
 * unnamed cues continue the last speaker, and consecutive cues of one speaker merge into one turn.
 * Formatting tags (`<i>`, `<font …>`, `{\an8}`) are removed. A file whose cues name no speaker
 * becomes answers.
 */
export function parseSrt(text: string): Transcript {
  return untrace(traceSrt(text, false));
}

/** `parseSrt` with source positions; removed tags leave the text around them at its exact columns. */
export function traceSrt(text: string, trace = true): TracedTranscript {
  const cues = toBlocks(splitLines(text)).map((block) => readCue(block, trace));
  return nonEmpty(cuesToTracedTranscript(cues, 'Dana Lee: text'), 'SRT');
}

const TAGS = /<\/?(?:i|b|u|font)(?:\s[^>]*)?>|\{\\[^}]*\}/gi;

const NUMBER = /^\s*\d+\s*$/;

function readCue(block: Block, trace: boolean): Cue {
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
  const source = joinTracedLines(tracedLines(payload, line + 1, trace).map((l) => l.replace(TAGS, () => '')));
  const text = source.text;
  return { line, start: timing.start, end: timing.end, parts: text === '' ? [] : [{ text, source }], voiced: false };
}
