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
} as const;

/** A short, safe description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'nothing';
  return typeof value;
}
