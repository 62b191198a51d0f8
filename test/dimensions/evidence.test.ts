import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/dimensions/compile.js';
import { collectEvidence } from '../../src/dimensions/evidence.js';
import { defaultLexicon } from '../../src/dimensions/registry.js';
import { DIMENSION_DEFS } from '../../src/index.js';
import type { Cue } from '../../src/lexicon/types.js';
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

describe('collectEvidence: a cue that yields to another (Cue.yieldsTo)', () => {
  const FOCUS = DIMENSION_DEFS.findIndex((def) => def.name === 'focus');
  // Cues only: the learned layer would add its own call where the cues leave a sentence short.
  const withCues = (keep: (cue: Cue) => Cue | undefined) =>
    compileLexicon(DIMENSION_DEFS.map((def) => ({ ...def, learned: undefined, cues: def.cues.map(keep).filter((cue): cue is Cue => cue !== undefined) })));
  const shipped = defaultLexicon(false);
  const withoutAsks = withCues((cue) => (cue.id === 'focus.asks-about-them' ? undefined : cue));
  const noYields = withCues((cue) => (cue.yieldsTo === undefined ? cue : { ...cue, yieldsTo: undefined }));
  const evidence = (text: string, lexicon: ReturnType<typeof compileLexicon>) => collectEvidence([{ turn: 0, text }], lexicon);
  // A pay question that names the employer (after x-0309, sentences-x dev): the employer's name is not employer focus.
  const payQuestion = 'We closed the quarter well. Is there a renewal commission on the deals I close, or does that stay with the agency?';

  it('drops its finding where an outranking cue fires in the same sentence, and the sentence scores as if it had never matched', () => {
    const cues = evidence(payQuestion, shipped).findings.map((f) => f.cue);
    expect(cues).toContain('focus.pay-and-perks');
    expect(cues).not.toContain('focus.asks-about-them');
    const net = (lexicon: ReturnType<typeof compileLexicon>) => evidence(payQuestion, lexicon).perSentence[1 * DIMENSION_DEFS.length + FOCUS];
    expect(net(shipped)).toBe(net(withoutAsks));
    // Without the rule both cues count and the question nets to less than the threshold.
    expect(evidence(payQuestion, noYields).findings.map((f) => f.cue)).toContain('focus.asks-about-them');
    expect(net(noYields)).not.toBe(net(shipped));
    expect(Math.abs(net(noYields)!)).toBeLessThan(0.5);
    expect(net(shipped)).toBeLessThanOrEqual(-0.5);
  });

  it('drops every yielding finding in the sentence: pay the interviewer raised is not self-focus, however many pay words the answer holds', () => {
    const answer = "Since you asked, I'm on 72k base plus a 10% bonus and a car allowance.";
    const focus = (lexicon: ReturnType<typeof compileLexicon>) => evidence(answer, lexicon).findings.filter((f) => f.dimension === 'focus').map((f) => f.cue);
    expect(focus(noYields).filter((cue) => cue === 'focus.pay-and-perks' || cue === 'focus.ask-number').length).toBeGreaterThanOrEqual(2);
    expect(focus(shipped)).toEqual(['focus.pay-they-raised']);
    expect(Math.abs(evidence(answer, shipped).perSentence[FOCUS]!)).toBeLessThan(0.5);
    expect(evidence(answer, noYields).perSentence[FOCUS]!).toBeLessThanOrEqual(-0.5);
  });

  it('keeps it where no outranking cue fires in that sentence, even one in the next sentence', () => {
    const cues = evidence('How does the agency handle renewals today? What is the commission?', shipped).findings.map((f) => f.cue);
    expect(cues).toContain('focus.asks-about-them');
    expect(cues).toContain('focus.pay-and-perks');
  });
});

describe('collectEvidence: where a cue match may end', () => {
  const cues = (text: string) => collectEvidence([{ turn: 0, text }], defaultLexicon(false)).findings.map((f) => f.cue);
  it("reads a word with 's (is, has, or a possessive) as the word", () => {
    expect(cues("The salary's negotiable, I hope?")).toContain('focus.pay-and-perks');
    expect(cues('The salary is negotiable, I hope?')).toContain('focus.pay-and-perks');
    expect(cues("When my probation's done I'll be expecting the pay rise.")).toContain('presumption.my-employee-things');
  });
  it('still ends no match inside a word or before another contraction', () => {
    expect(cues('The salaryman was late.')).not.toContain('focus.pay-and-perks');
    expect(cues("Salary'd be nice.")).not.toContain('focus.pay-and-perks');
  });
});
