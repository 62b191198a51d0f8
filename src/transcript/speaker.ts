/**
 * "Name: text" prefixes, as in `Dana Lee: Thanks for joining.`, `DANA LEE: …`,
 * `[00:01:02] Dana Lee: …` and `Dana Lee (00:01): …`.
 *
 * A speaker name is one to five words. The first word starts with a capital letter; later words
 * start with a capital letter or a digit (`Speaker 2`), or are name particles such as "van" or "de".
 * Short abbreviations with a dot (`Dr.`, `J.`) count as words. This keeps sentences that merely
 * contain a colon ("So my plan: …", "At 10:30 we met") from being read as speakers.
 */
import { parseClock } from './clock.js';

const LETTERS = "[\\p{L}\\p{M}\\d_'\u2019\\-]*";
const FIRST = `(?:\\p{Lu}\\p{Ll}{0,2}\\.|[\\p{Lu}\\p{Lt}]${LETTERS})`;
const PARTICLE = '(?:van|von|der|den|de|del|della|da|di|du|la|le|bin|al|el|y|dos|das|do)';
const LATER = `(?:${FIRST}|\\d${LETTERS}|${PARTICLE})`;
const NAME = `${FIRST}(?:[ \\t]+${LATER}){0,4}`;
const TIME = '\\d{1,2}(?::\\d{2}){1,2}(?:[.,]\\d{1,3})?';
const LEADING_STAMP = `(?:\\[(${TIME})\\]|\\((${TIME})\\)|(${TIME}))[ \\t]*`;
const TRAILING_STAMP = `[ \\t]*(?:\\[(${TIME})\\]|\\((${TIME})\\))`;

const PREFIX = new RegExp(`^(?:${LEADING_STAMP})?(${NAME})(?:${TRAILING_STAMP})?[ \\t]*:(?:[ \\t]+|$)(.*)$`, 'u');
const STAMP_ONLY = new RegExp(`^(?:\\[${TIME}\\]|\\(${TIME}\\))[ \\t]*`);

export interface SpeakerLine {
  speaker: string;
  text: string;
  /** Seconds, when the line carries a time stamp. */
  start?: number;
}

/** Splits a "Name: text" line; undefined when the line names no speaker. */
export function splitSpeaker(line: string): SpeakerLine | undefined {
  const m = PREFIX.exec(line.trim());
  if (!m) return undefined;
  const stamp = m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[6];
  const result: SpeakerLine = { speaker: m[4]!, text: m[7]!.trim() };
  const start = stamp === undefined ? undefined : parseClock(stamp);
  if (start !== undefined) result.start = start;
  return result;
}

/** A line without a speaker, less any time stamp in brackets at its start. */
export function withoutStamp(line: string): string {
  return line.trim().replace(STAMP_ONLY, '');
}
