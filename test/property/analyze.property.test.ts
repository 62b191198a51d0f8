import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, DIMENSION_DEFS, ToneDriftError, type Process } from '../../src/index.js';

/**
 * Property tests. Each property runs twice: with a fixed seed (reproducible in CI) and with a
 * random seed, which fast-check prints on failure so the case can be replayed.
 */
const SEEDS = [20261125, Date.now() % 2 ** 31];

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u200b', '\u200f', '\u202e', '\ufeff', '🙂', '👩‍💻', 'ש', 'ل', '.', '?', '!', '"', '“', '’', '-', ' ', '\n', 'I', 'i', 'm', 'u'), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', 'b', 'I', "'", ' '), minLength: 1000, maxLength: 3000 }),
  fc.constantFrom('x'.repeat(5000), '!?.'.repeat(500), 'When I start, '.repeat(200), '"'.repeat(300), "I'm not sure I think maybe ".repeat(50)),
  fc.array(fc.constantFrom('um', 'I', 'think', 'when', 'start', 'my', 'team', 'will', 'if', 'not', 'led', '40%', '$150k', 'bonus', 'your', 'customers', '?', '.', ','), { maxLength: 60 }).map((w) => w.join(' ')),
);

/** A valid process: 1-4 rounds, each of answers or of turns in which "Cand" speaks at least once. */
const validProcess: fc.Arbitrary<Process> = fc.array(
  fc.oneof(
    fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((answers) => ({ answers })),
    fc.tuple(fc.array(fc.record({ speaker: fc.constantFrom('Cand', 'Dana', 'Lee'), text: hostileText }), { maxLength: 5 }), hostileText).map(([turns, own]) => ({ turns: [...turns, { speaker: 'Cand', text: own }] })),
  ),
  { minLength: 1, maxLength: 4 },
).map((rounds) => ({ candidate: 'Cand', rounds }));

function textsOf(process: Process): string[][] {
  return process.rounds.map((r) => (r.turns ? r.turns.map((t) => t.text) : r.answers!));
}

describe.each(SEEDS)('analyze properties (seed %i)', (seed) => {
  const params = { seed, numRuns: 60, endOnFailure: true };

  it('never throws on valid input; offsets slice the text; scores stay in range', () => {
    fc.assert(
      fc.property(validProcess, (process) => {
        const report = analyze(process);
        const texts = textsOf(process);
        report.rounds.forEach((round, r) => {
          for (const def of DIMENSION_DEFS) {
            expect(round.scores[def.name]).toBeGreaterThanOrEqual(def.min);
            expect(round.scores[def.name]).toBeLessThanOrEqual(def.max);
          }
          for (const f of round.findings) {
            expect(f.text).toBe(texts[r]![f.turn]!.slice(f.start, f.end));
            expect(f.start).toBeLessThan(f.end);
          }
        });
        for (const d of report.deltas) expect(d.low).toBeLessThanOrEqual(d.high);
      }),
      params,
    );
  });

  it('is deterministic and length-normalized', () => {
    fc.assert(
      fc.property(validProcess, (process) => {
        const a = JSON.stringify(analyze(process));
        expect(JSON.stringify(analyze(structuredClone(process)))).toBe(a);
        const doubled: Process = { ...process, rounds: process.rounds.map((r) => (r.turns ? { turns: [...r.turns, ...r.turns] } : { answers: [...r.answers!, ...r.answers!] })) };
        expect(analyze(doubled).rounds.map((r) => r.scores)).toEqual(analyze(process).rounds.map((r) => r.scores));
      }),
      params,
    );
  });

  it('throws nothing but ToneDriftError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ rounds: fc.array(fc.anything(), { maxLength: 3 }) }), fc.record({ candidate: fc.anything(), rounds: fc.array(fc.record({ turns: fc.anything(), answers: fc.anything() }, { requiredKeys: [] }), { maxLength: 3 }) })), (input) => {
        try {
          analyze(input as Process);
        } catch (e) {
          expect(e).toBeInstanceOf(ToneDriftError);
        }
      }),
      params,
    );
  });
});
