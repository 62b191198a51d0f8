import { messages, quoteLine } from '../messages.js';
import { looksLikeTiming, parseCueTiming } from './clock.js';
import { cuesToTracedTranscript, type Cue } from './cues.js';
import { nonEmpty, parseError } from './fail.js';
import { splitLines, toBlocks, type Block } from './lines.js';
import { joinTracedLines, Traced, tracedLines } from './traced.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
import type { Transcript } from './types.js';

/**
 * Reads WebVTT as Zoom, Microsoft Teams and Google Meet export it:
 * - Zoom writes the speaker into the cue text: `Dana Lee: Thanks for joining.`
 * - Teams uses voice spans: `<v Dana Lee>Thanks for joining.</v>`
 * - Meet-style files name the speaker when it changes; unnamed cues continue the last speaker.
 * NOTE, STYLE and REGION blocks and cue settings are skipped; other tags are removed and
 * character references decoded. Consecutive cues of one speaker merge into one turn.
 * A file whose cues name no speaker at all becomes answers.
 */
export function parseWebVtt(text: string): Transcript {
  return untrace(traceWebVtt(text, false));
}

/**
 * `parseWebVtt` with source positions. Removed tags and "Name: " prefixes leave no text, so the
 * text around them keeps its exact columns; a decoded character reference maps to its `&`.
 */
export function traceWebVtt(text: string, trace = true): TracedTranscript {
  const lines = splitLines(text);
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) throw parseError(1, messages.vttHeader(quoteLine(lines[0])));
  // The header runs to the first blank line.
  let i = 1;
  while (i < lines.length && lines[i]!.trim() !== '') i++;
  const cues: Cue[] = [];
  for (const block of toBlocks(lines, i)) {
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block.lines[0]!) && !block.lines[0]!.includes('-->')) continue;
    cues.push(readCue(block, trace));
  }
  return nonEmpty(cuesToTracedTranscript(cues, 'Dana Lee: text" or "<v Dana Lee>text'), 'WebVTT');
}

function readCue(block: Block, trace: boolean): Cue {
  // A cue is an optional identifier line, a timing line, then its text.
  const at = block.lines[0]!.includes('-->') ? 0 : 1;
  const timingLine = block.lines[at];
  const timing = timingLine === undefined ? undefined : parseCueTiming(timingLine);
  if (!timing) {
    const blamed = timingLineOf(block.lines);
    throw parseError(block.line + blamed, messages.cueTiming('.', quoteLine(block.lines[blamed])));
  }
  const line = block.line + at;
  if (timing.end < timing.start) throw parseError(line, messages.cueEndsBeforeStart(timing.startText, timing.endText));
  const payload = block.lines.slice(at + 1);
  const stray = payload.findIndex((l) => l.includes('-->'));
  if (stray >= 0) throw parseError(line + 1 + stray, messages.cueWithoutBlankLine(quoteLine(payload[stray])));
  const traced = tracedLines(payload, line + 1, trace);
  return { line, start: timing.start, end: timing.end, ...voiceParts(Traced.join(traced, '\n')) };
}

/** Index of the line in a cue block that was meant as its timing, for errors. */
function timingLineOf(lines: readonly string[]): number {
  if (lines[0]!.includes('-->')) return 0;
  if (lines[1] !== undefined && looksLikeTiming(lines[1])) return 1;
  return 0;
}

const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>|<\/v>/g;

/** Cuts cue text at voice spans. */
function voiceParts(payload: Traced): Pick<Cue, 'parts' | 'voiced'> {
  const parts: Cue['parts'] = [];
  let speaker: string | undefined;
  let from = 0;
  let voiced = false;
  const push = (raw: Traced) => {
    const source = clean(raw);
    const text = source.text;
    if (text !== '') parts.push(speaker === undefined ? { text, source } : { speaker, text, source });
  };
  for (const m of payload.text.matchAll(VOICE)) {
    push(payload.slice(from, m.index));
    voiced = true;
    speaker = m[0] === '</v>' ? undefined : m[1]?.trim() || undefined;
    from = m.index + m[0].length;
  }
  push(payload.slice(from));
  return { parts, voiced };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

const TAG = /<[^>]*>/g;
const REFERENCE = /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi;

/** Cue text without tags (`<i>`, `<c.loud>`, `<00:00:01.000>`), with references decoded, on one line. */
function clean(raw: Traced): Traced {
  const text = raw
    .replace(TAG, () => '')
    .replace(REFERENCE, ([m, dec, hex, name]) => {
      if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  return joinTracedLines(text.split('\n'));
}
