import { describe, expect, it } from 'vitest';
import { analyze, normalize, type Process } from '../../src/index.js';
import { readingOf } from '../../src/text/compact.js';
import { MISSING_SPACE_EXAMPLES } from '../../src/text/missingSpace.js';
import { loadProcesses, loadSentences } from '../../eval/corpus.js';

/** The text as cue patterns read it. */
const view = (text: string): string => readingOf(normalize(text), text).norm;
const round = (text: string) => analyze({ rounds: [{ answers: [text] }] }).rounds[0]!;

describe('sentence ends typed without the space after them', () => {
  it('gets the space back in each repaired example, and nowhere else', () => {
    for (const text of MISSING_SPACE_EXAMPLES.repaired) {
      const spaced = text.replace(/([a-z][.!?])(?=[A-Z])/g, '$1 ');
      expect(spaced, text).not.toBe(text);
      expect(view(text), text).toBe(normalize(spaced));
    }
    for (const text of MISSING_SPACE_EXAMPLES.leftAlone) expect(view(text), text).toBe(normalize(text));
  });

  it('cuts the sentences and finds the cues that the spaced text gives, quoting the text as typed', () => {
    const typed = "I led the migration.When I start, I'll fix your stack.Great question!What's the bonus?";
    const spaced = "I led the migration. When I start, I'll fix your stack. Great question! What's the bonus?";
    const a = round(typed);
    const b = round(spaced);
    expect(a.stats.sentences).toBe(4);
    expect(a.findings.map((f) => f.cue)).toEqual(b.findings.map((f) => f.cue));
    expect(a.findings.map((f) => f.cue)).toContain('presumption.when-i-start');
    for (const f of a.findings) {
      expect(typed.slice(f.start, f.end)).toBe(f.text);
      expect(typed.slice(f.sentence.start, f.sentence.end)).not.toMatch(/^\s|\s$/);
    }
  });

  it('gives every corpus process the same report (scores, stats, deltas, flags) with the spaces after its sentences squeezed out', () => {
    const squash = (t: string) => t.replace(/([a-z][.!?])\s+(?=[A-Z][a-z]|I\b)/g, '$1');
    const summary = (process: Process): string => {
      const r = analyze(process);
      return JSON.stringify({ rounds: r.rounds.map((x) => [x.scores, x.stats]), deltas: r.deltas, flags: r.flags.map((f) => [f.dimension, f.severity, f.from, f.to]) });
    };
    let squeezed = 0;
    const changed = loadProcesses().filter(({ id: _id, scenario: _s, expect: _e, split: _sp, file: _f, line: _l, ...process }) => {
      const typed: Process = {
        ...process,
        rounds: process.rounds.map((r) => (r.turns ? { ...r, turns: r.turns.map((t) => ({ ...t, text: squash(t.text) })) } : { ...r, answers: r.answers!.map(squash) })),
      };
      if (JSON.stringify(typed) !== JSON.stringify(process)) squeezed++;
      return summary(process) !== summary(typed);
    });
    expect(squeezed).toBeGreaterThan(50);
    expect(changed.map((p) => p.id)).toEqual([]);
  });

  it('gives the corpus lines with their spaces squeezed out the scores of the lines as written', () => {
    const squash = (t: string) => t.replace(/([a-z][.!?])\s+(?=[A-Z][a-z]|I\b)/g, '$1');
    const lines = loadSentences().filter((s) => s.speaker === 'candidate' && squash(s.text) !== s.text);
    expect(lines.length).toBeGreaterThan(50);
    for (const s of lines) expect(round(squash(s.text)).scores, s.id).toEqual(round(s.text).scores);
  });
});
