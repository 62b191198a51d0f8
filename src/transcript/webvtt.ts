import { messages, quoteLine } from '../messages.js';
import { looksLikeTiming, parseCueTiming } from './clock.js';
import { cuesToTranscript, type Cue } from './cues.js';
import { nonEmpty, parseError } from './fail.js';
import { joinLines, splitLines, toBlocks, type Block } from './lines.js';
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
  const lines = splitLines(text);
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) throw parseError(1, messages.vttHeader(quoteLine(lines[0])));
  // The header runs to the first blank line.
  let i = 1;
  while (i < lines.length && lines[i]!.trim() !== '') i++;
  const cues: Cue[] = [];
  for (const block of toBlocks(lines, i)) {
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block.lines[0]!) && !block.lines[0]!.includes('-->')) continue;
    cues.push(readCue(block));
  }
  return nonEmpty(cuesToTranscript(cues, 'Dana Lee: text" or "<v Dana Lee>text'), 'WebVTT');
}

function readCue(block: Block): Cue {
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
  return { line, start: timing.start, end: timing.end, ...voiceParts(payload.join('\n')) };
}

/** Index of the line in a cue block that was meant as its timing, for errors. */
function timingLineOf(lines: readonly string[]): number {
  if (lines[0]!.includes('-->')) return 0;
  if (lines[1] !== undefined && looksLikeTiming(lines[1])) return 1;
  return 0;
}

const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>|<\/v>/g;

/** Cuts cue text at voice spans. */
function voiceParts(payload: string): Pick<Cue, 'parts' | 'voiced'> {
  const parts: Cue['parts'] = [];
  let speaker: string | undefined;
  let from = 0;
  let voiced = false;
  const push = (raw: string) => {
    const text = clean(raw);
    if (text !== '') parts.push(speaker === undefined ? { text } : { speaker, text });
  };
  for (const m of payload.matchAll(VOICE)) {
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

/** Cue text without tags (`<i>`, `<c.loud>`, `<00:00:01.000>`), with references decoded, on one line. */
function clean(raw: string): string {
  const text = raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (m, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  return joinLines(text.split('\n'));
}
