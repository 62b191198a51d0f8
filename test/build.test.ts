import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSION_DEFS as SOURCE_DEFS, analyze } from '../src/index.js';

/** The published build (dist/, built by test/globalSetup.ts). */
const dist = () => import(new URL('../dist/index.js', import.meta.url).href) as Promise<typeof import('../src/index.js')>;

describe('the published build', () => {
  it('carries every cue as the sources have it, less its counter-examples', async () => {
    const { DIMENSION_DEFS: built } = await dist();
    const withCounterExamples = SOURCE_DEFS.flatMap((d) => d.cues).filter((c) => (c.counterExamples ?? []).length > 0);
    expect(withCounterExamples.length).toBeGreaterThan(100);
    expect(built.map((d) => d.cues.length)).toEqual(SOURCE_DEFS.map((d) => d.cues.length));
    built.forEach((def, d) => {
      def.cues.forEach((cue, k) => {
        const { counterExamples: _left, ...source } = SOURCE_DEFS[d]!.cues[k]!;
        expect(cue).toEqual(source);
      });
    });
    const code = readdirSync(new URL('../dist/', import.meta.url)).filter((f) => /\.c?js$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) expect(readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8'), file).not.toContain('counterExamples');
    // The cue tables themselves are in the build: a cue's example is there.
    expect(code.some((f) => readFileSync(new URL(`../dist/${f}`, import.meta.url), 'utf8').includes(SOURCE_DEFS[0]!.cues[0]!.example))).toBe(true);
  });

  it('gives the same report as the sources', async () => {
    const { analyze: builtAnalyze } = await dist();
    const process = JSON.parse(readFileSync(new URL('../examples/process.json', import.meta.url), 'utf8'));
    expect(builtAnalyze(process)).toEqual(analyze(process));
  });
});
