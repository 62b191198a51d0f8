import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ToneDriftError } from '../../src/errors.js';

/** The text of a fixture in test/fixtures/transcripts/. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/transcripts/${name}`, import.meta.url)), 'utf8');
}

/** The ToneDriftError that `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): ToneDriftError {
  try {
    run();
  } catch (e) {
    if (e instanceof ToneDriftError) return e;
    throw e;
  }
  expect.fail('expected a ToneDriftError');
}

/** The interview every fixture renders: Dana Lee interviews Sam Rivera. */
export const INTERVIEW = [
  { speaker: 'Dana Lee', start: 1, end: 6.5, text: 'Thanks for joining us today, Sam. Could you walk me through your background?' },
  { speaker: 'Sam Rivera', start: 7, end: 16.25, text: 'Sure. At Acme I led a team of five engineers in R&D, and we cut deploy times by half.' },
  { speaker: 'Dana Lee', start: 17, end: 21, text: 'What would you focus on in your first ninety days?' },
  { speaker: 'Sam Rivera', start: 22, end: 30.5, text: "When I start, I'll set up one-on-ones with my team. Then I'd like to learn how you measure success here." },
  { speaker: 'Dana Lee', start: 31, end: 35, text: 'Great. What questions do you have for us?' },
  { speaker: 'Sam Rivera', start: 36, end: 42.75, text: 'What would success look like for your team in the first year?' },
] as const;
