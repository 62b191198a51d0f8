import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../src/dimensions/evidence.js';
import { defaultLexicon } from '../../src/dimensions/registry.js';
import { normalizeDetailed } from '../../src/text/normalize.js';
import { STYLE_COLUMNS, STYLE_WIDTH } from '../../src/text/styleWords.js';

const FILLERS = STYLE_COLUMNS.indexOf('fillers');

/** Fillers counted per sentence of one turn. */
function fillersPerSentence(text: string): number[] {
  const e = collectEvidence([{ turn: 0, text }], defaultLexicon());
  return Array.from({ length: e.sentences }, (_, i) => e.style[i * STYLE_WIDTH + FILLERS]!);
}

describe('collectEvidence: fillers', () => {
  it('counts a filler that opens a sentence or the turn in that sentence', () => {
    expect(fillersPerSentence('Um, I led it.')).toEqual([1]);
    expect(fillersPerSentence('I led it. Uh, then I left.')).toEqual([0, 1]);
    expect(fillersPerSentence('I led, um, it. Then I left, uh')).toEqual([1, 1]);
  });

  it('counts every filler normalize blanks in exactly one sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('um', 'uh,', 'I', 'I-', 'led', 'it', 'you', 'know', ',', '.', '?', '\n', 'so'), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const counts = fillersPerSentence(text);
        if (counts.length === 0) return;
        expect(counts.reduce((a, b) => a + b, 0)).toBe(normalizeDetailed(text).fillers.length);
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});
