/** Every user-facing error sentence, kept apart from the logic that raises it. */
export const messages = {
  expected: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  noRounds: () => 'expected at least one round, got none',
  turnsXorAnswers: (has: 'both' | 'neither') =>
    has === 'both'
      ? 'a round has exactly one of "turns" and "answers", got both'
      : 'a round has exactly one of "turns" and "answers", got neither',
  unknownKey: (key: string) => `unknown option "${key}"`,
  candidateNotFound: (name: string, speakers: readonly string[]) =>
    `candidate "${name}" never speaks; speakers are ${speakers.length ? speakers.map((s) => `"${s}"`).join(', ') : 'none'}`,
  candidateSilent: (name: string, label: string) =>
    `the candidate "${name}" says nothing in ${label}`,
  tooSmall: (what: string, min: number) => `expected ${what} of at least ${min}`,
  tooLarge: (what: string, size: number, limit: number, option: string) =>
    `${what} is ${size.toLocaleString('en-US')} characters, over the limit of ${limit.toLocaleString('en-US')} (options.limits.${option})`,
  // Transcript files. `got` is already quoted with `quoteLine`.
  vttHeader: (got: string) => `expected "WEBVTT" on the first line of a WebVTT file, got ${got}`,
  cueTiming: (separator: ',' | '.', got: string) =>
    `expected a cue timing like 00:00:01${separator}000 --> 00:00:04${separator}000, got ${got}`,
  cueEndsBeforeStart: (start: string, end: string) => `expected a cue to end after it starts, got ${start} --> ${end}`,
  cueWithoutBlankLine: (got: string) => `expected a blank line before the next cue timing, got ${got}`,
  speakerLine: (example: string, got: string) => `expected a line that names its speaker, like "${example}", got ${got}`,
  cueWithoutSpeaker: (example: string) =>
    `expected the first cue to name its speaker, like "${example}", because later cues do; got a cue with no speaker`,
  json: (expected: string, got: string) => `expected ${expected} in JSON, got ${got}`,
  sttShape: (keys: readonly string[]) =>
    `expected speech-to-text JSON with "utterances" (AssemblyAI), "results" (Deepgram), "monologues" (Rev) or "segments" (Whisper), got ${keys.length ? `an object with ${keys.slice(0, 6).map((k) => `"${k}"`).join(', ')}${keys.length > 6 ? ', …' : ''}` : 'an empty object'}`,
  wholeProcess: (rounds: number) =>
    `expected one round's transcript, got a whole interview process with ${rounds} round${rounds === 1 ? '' : 's'}; pass it to analyze() as it is`,
  transcriptFormat: (format: string, formats: readonly string[]) =>
    `expected a transcript format of ${formats.map((f) => `"${f}"`).join(', ')}, got "${format}"`,
  transcriptEmpty: (format: string) => `expected at least one turn in this ${format} transcript, got none`,
} as const;

/** A line of a transcript file for an error message: quoted, and shortened when long. */
export function quoteLine(line: string | undefined): string {
  if (line === undefined) return 'the end of the file';
  const trimmed = line.trim();
  if (trimmed === '') return 'a blank line';
  return JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed);
}

/** A short, safe description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'nothing';
  return typeof value;
}
