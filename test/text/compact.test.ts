import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, normalize, type Process } from '../../src/index.js';
import { compactOffset, compactView, spanInText, textOffset } from '../../src/text/compact.js';
import { loadProcesses, loadSentences } from '../../eval/corpus.js';

/** The findings of one answer, without offsets: what white space must not change. */
function cuesOf(text: string): string[] {
  return analyze({ rounds: [{ answers: [text] }] }).rounds[0]!.findings.map((f) => `${f.cue} ${f.polarity} ${f.weight}`);
}

describe('compactView', () => {
  it('leaves text whose gaps are one space or one line break alone', () => {
    expect(compactView('i led it.\nthen i left.', 'I led it.\nThen I left.')).toBeUndefined();
  });

  it('makes each run of white space one character and maps offsets back', () => {
    const text = 'I  led\tit. \n Then\u00a0I left.';
    const c = compactView(normalize(text), text)!;
    expect(c.norm).toBe('i led it.\nthen i left.');
    expect(c.text).toBe('I led it.\nThen I left.');
    expect(c.map.length).toBe(c.norm.length);
    // Every compact character that is not white space is the turn's character at its offset.
    for (let i = 0; i < c.text.length; i++) if (!/\s/.test(c.text[i]!)) expect(text[textOffset(c.map, i)]).toBe(c.text[i]);
    const led = c.text.indexOf('led');
    expect(spanInText(c.map, led, led + 3)).toEqual({ start: 3, end: 6 });
    const first = spanInText(c.map, 0, 5);
    expect(text.slice(first.start, first.end)).toBe('I  led');
    expect(compactOffset(c.map, text.indexOf('Then'))).toBe(c.text.indexOf('Then'));
    // An offset inside a run maps to the next compact character.
    expect(compactOffset(c.map, 2)).toBe(2);
  });

  it('maps every compact offset back, in order, and back again', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\t', '\n', '\u00a0', '\r\n'), maxLength: 60 }), (text) => {
        const c = compactView(text, text);
        if (c === undefined) {
          expect(/\s\s|[^\S \n]/.test(text)).toBe(false);
          return;
        }
        expect(c.norm).not.toMatch(/\s\s|[^\S \n]/);
        let last = -1;
        for (let i = 0; i < c.norm.length; i++) {
          const at = textOffset(c.map, i);
          expect(at).toBeGreaterThan(last);
          last = at;
          if (c.norm[i] !== ' ' && c.norm[i] !== '\n') expect(text[at]).toBe(c.norm[i]);
          else expect(text[at]).toMatch(/\s/);
          expect(compactOffset(c.map, at)).toBe(i);
        }
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('finds the same cues whatever white space separates the words, with offsets into the text as given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('when', 'I', 'start', 'my', 'team', 'will', 'last', 'year', 'I', 'led', 'the', 'rollout', 'um', 'you', 'know', 'I', 'mean', 'maybe', 'bonus', 'your', 'customers', 'if', 'not', '?', '.', ','), { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom('  ', '\t', ' \u00a0', '   ', ' \t '), { minLength: 1, maxLength: 30 }),
        (words, gaps) => {
          const single = words.join(' ');
          const spaced = words.map((w, i) => (i === 0 ? w : gaps[i % gaps.length]! + w)).join('');
          expect(cuesOf(spaced)).toEqual(cuesOf(single));
          for (const f of analyze({ rounds: [{ answers: [spaced] }] }).rounds[0]!.findings) expect(f.text).toBe(spaced.slice(f.start, f.end));
        },
      ),
      { seed: 20261126, numRuns: 200 },
    );
  });

  it('gives every corpus process the same report (scores, stats, deltas, flags, style) with its spaces doubled or tabbed', () => {
    const summary = (process: Process): string => {
      const r = analyze(process);
      return JSON.stringify({ rounds: r.rounds.map((x) => [x.scores, x.stats]), deltas: r.deltas, flags: r.flags.map((f) => [f.dimension, f.severity, f.from, f.to]), style: r.style });
    };
    const processes = loadProcesses();
    expect(processes.length).toBeGreaterThan(100);
    const changed = processes.filter(({ id: _id, scenario: _s, expect: _e, split: _sp, file: _f, line: _l, ...process }) => {
      const spaced: Process = {
        ...process,
        rounds: process.rounds.map((r) => (r.turns ? { ...r, turns: r.turns.map((t) => ({ ...t, text: t.text.replace(/ /g, '  ') })) } : { ...r, answers: r.answers!.map((a) => a.replace(/ /g, ' \t')) })),
      };
      return summary(process) !== summary(spaced);
    });
    expect(changed.map((p) => p.id)).toEqual([]);
  });

  it('finds the same cues on every corpus line with its spaces doubled', () => {
    const changed = loadSentences().filter((s) => cuesOf(s.text).join() !== cuesOf(s.text.replace(/ /g, '  ')).join());
    expect(changed.map((s) => s.id)).toEqual([]);
  });
});
