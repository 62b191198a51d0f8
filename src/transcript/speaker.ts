/**
 * "Name: text" prefixes, as in `Dana Lee: Thanks for joining.`, `DANA LEE: …`,
 * `[00:01:02] Dana Lee: …` and `Dana Lee (00:01): …`.
 *
 * A prefix names a speaker when the name looks like one: one to five words, the first starting
 * with a capital letter, later ones with a capital letter or a digit (`Speaker 2`) or name
 * particles such as "van" or "de"; short abbreviations with a dot (`Dr.`, `J.`) count as words.
 * This keeps sentences that merely contain a colon ("So my plan: …") from being read as speakers.
 * Display names that do not look like that ("dana", "Dana (she/her)", "dana@acme.com") still
 * count when the same prefix starts two or more lines of the file: see `recurringNames`.
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

// Any prefix up to the first ": " (not a bracket, so leading stamps parse as stamps).
const LOOSE = '[^\\s:\\[(](?:[^:\\n]{0,46}[^\\s:])?';
const PREFIX = new RegExp(`^(?:${LEADING_STAMP})?(${LOOSE}?)(?:${TRAILING_STAMP})?[ \\t]*:(?:[ \\t]+|$)(.*)$`, 'u');
const LIKELY_NAME = new RegExp(`^${NAME}$`, 'u');
const STAMP_ONLY = new RegExp(`^(?:\\[${TIME}\\]|\\(${TIME}\\))[ \\t]*`);
const NO_NAMES: ReadonlySet<string> = new Set();

export interface SpeakerLine {
  speaker: string;
  text: string;
  /** Seconds, when the line carries a time stamp. */
  start?: number;
}

function prefixOf(line: string): SpeakerLine | undefined {
  const m = PREFIX.exec(line.trim());
  if (!m) return undefined;
  const speaker = m[4]!;
  if (!/\p{L}/u.test(speaker) || speaker.split(/\s+/).length > 6) return undefined;
  const stamp = m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[6];
  const result: SpeakerLine = { speaker, text: m[7]!.trim() };
  const start = stamp === undefined ? undefined : parseClock(stamp);
  if (start !== undefined) result.start = start;
  return result;
}

/**
 * Splits a "Name: text" line; undefined when the line names no speaker. `known` holds
 * names accepted even though they do not look like names (from `recurringNames`).
 */
export function splitSpeaker(line: string, known: ReadonlySet<string> = NO_NAMES): SpeakerLine | undefined {
  const found = prefixOf(line);
  return found && (LIKELY_NAME.test(found.speaker) || known.has(found.speaker)) ? found : undefined;
}

/** Prefixes that start two or more of `lines`: speakers, whatever their names look like. */
export function recurringNames(lines: Iterable<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const name = prefixOf(line)?.speaker;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** A line without a speaker, less any time stamp in brackets at its start. */
export function withoutStamp(line: string): string {
  return line.trim().replace(STAMP_ONLY, '');
}
