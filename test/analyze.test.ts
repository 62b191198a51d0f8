import { describe, expect, it } from 'vitest';
import { analyze, DIMENSION_DEFS, type Process } from '../src/index.js';

const phone = [
  "I think I'd be a good fit, maybe. At Acme I led the migration of 40 services, which cut deploy time by 60%.",
  'What would success look like for your team in the first year?',
  "Um, I- I guess my strength is, you know, staying calm. Last spring a client threatened to leave, so I flew out and rebuilt their onboarding.",
];
const final = [
  "When I start, I'll set up weekly one-on-ones with my team. What's the bonus?",
  "Let's get this done, I need an answer by Friday. I absolutely guarantee you won't find anyone better.",
  'Will I get my laptop on Monday?',
];

describe('analyze', () => {
  const process: Process = {
    candidate: 'Sam',
    rounds: [
      { id: 'phone', label: 'Phone screen', turns: phone.flatMap((text, i) => [{ speaker: 'Dana', text: `Question ${i}? When you join, you'll definitely love it.` }, { speaker: 'Sam', text, start: 10 * i }]) },
      { id: 'final', label: 'Final', answers: final },
    ],
  };

  it('every finding slices its turn text exactly and lies inside its sentence', () => {
    const report = analyze(process);
    for (const [r, round] of report.rounds.entries()) {
      const texts = r === 0 ? process.rounds[0]!.turns!.map((t) => t.text) : final;
      expect(round.findings.length).toBeGreaterThan(0);
      for (const f of round.findings) {
        expect(f.text).toBe(texts[f.turn]!.slice(f.start, f.end));
        expect(f.start).toBeGreaterThanOrEqual(f.sentence.start);
        expect(f.end).toBeLessThanOrEqual(f.sentence.end);
        expect(f.weight).toBeGreaterThan(0);
      }
    }
  });

  it('never takes a finding from interviewer speech', () => {
    const report = analyze(process);
    const turns = process.rounds[0]!.turns!;
    for (const f of report.rounds[0]!.findings) expect(turns[f.turn]!.speaker).toBe('Sam');
    const interviewerOnly = analyze({ candidate: 'Sam', rounds: [{ turns: [{ speaker: 'Dana', text: "When you join, you'll own the roadmap. What salary do you want? Let's get this done!" }, { speaker: 'Sam', text: 'Sure.' }] }] });
    expect(interviewerOnly.rounds[0]!.findings).toEqual([]);
  });

  it('reads the question before an answer only to tell pay asked about from pay raised unasked', () => {
    const answer = "I'm looking for 120k base, plus the usual bonus.";
    const focusCues = (question: string, more: string[] = []) => {
      const report = analyze({ candidate: 'Sam', rounds: [{ turns: [{ speaker: 'Dana', text: question }, { speaker: 'Sam', text: answer }, ...more.map((text) => ({ speaker: 'Sam', text }))] }] });
      return report.rounds[0]!.findings.filter((f) => f.dimension === 'focus').map((f) => f.cue);
    };
    // Raised unasked, or pressed after an offer: self-focus.
    expect(focusCues('Tell me about the last team you led.')).toEqual(expect.arrayContaining(['focus.ask-number', 'focus.pay-and-perks']));
    expect(focusCues('We can offer 105 base.')).toContain('focus.ask-number');
    expect(focusCues('We can go through pay with HR. What else?')).toContain('focus.ask-number');
    // An offer run into the next question without a space is still two sentences, and only the second asks.
    expect(focusCues('We can offer 105 base and standard benefits.What do you think?')).toContain('focus.ask-number');
    // The interviewer asked: answering is focus 0 (corpus/GUIDELINES.md), and the question adds nothing.
    expect(focusCues('Thanks. And what are your salary expectations?')).toEqual([]);
    // The answer runs on in a second turn of the candidate's: still the answer.
    expect(focusCues('What are you making now?', ['The bonus was ten percent last year.'])).toEqual([]);
  });

  it('carries the turn start time into findings', () => {
    const report = analyze(process);
    const f = report.rounds[0]!.findings.find((x) => x.turn === 3)!;
    expect(f.time).toBe(10);
    expect(report.rounds[1]!.findings.every((x) => x.time === undefined)).toBe(true);
  });

  it('scores the pushy, presumptive, self-focused round that way', () => {
    const [a, b] = analyze(process).rounds;
    expect(b!.scores.assertiveness).toBeGreaterThan(a!.scores.assertiveness);
    expect(b!.scores.presumption).toBeGreaterThan(0.3);
    expect(a!.scores.presumption).toBe(0);
    expect(b!.scores.focus).toBeLessThan(a!.scores.focus);
    expect(a!.scores.examples).toBeGreaterThan(b!.scores.examples);
  });

  it('is length-normalized: every answer repeated twice scores the same', () => {
    const once = analyze({ rounds: [{ answers: phone }, { answers: final }] });
    const twice = analyze({ rounds: [{ answers: [...phone, ...phone] }, { answers: final.flatMap((t) => [t, t]) }] });
    expect(twice.rounds.map((r) => r.scores)).toEqual(once.rounds.map((r) => r.scores));
    expect(twice.rounds[0]!.stats.words).toBe(2 * once.rounds[0]!.stats.words);
    expect(twice.rounds[0]!.findings).toHaveLength(2 * once.rounds[0]!.findings.length);
  });

  it('is deterministic: the same input gives the same JSON', () => {
    expect(JSON.stringify(analyze(process))).toBe(JSON.stringify(analyze(structuredClone(process))));
  });

  it('keeps every score in its range', () => {
    const extreme = analyze({ rounds: [{ answers: Array(5).fill("Absolutely, I guarantee it. Let's get this done. Just send me the offer.") }, { answers: Array(5).fill("I think maybe, sort of, I'm not sure, sorry.") }] });
    for (const r of extreme.rounds) {
      for (const def of DIMENSION_DEFS) {
        expect(r.scores[def.name]).toBeGreaterThanOrEqual(def.min);
        expect(r.scores[def.name]).toBeLessThanOrEqual(def.max);
      }
    }
    expect(extreme.rounds[0]!.scores.assertiveness).toBeGreaterThan(0.8);
    expect(extreme.rounds[1]!.scores.assertiveness).toBeLessThan(-0.8);
  });

  it('gives one delta per consecutive pair and dimension', () => {
    const report = analyze({ rounds: [{ answers: ['a'] }, { answers: ['b'] }, { answers: ['c'] }] });
    expect(report.deltas.filter((d) => d.from === 'round-1' && d.to === 'round-2')).toHaveLength(DIMENSION_DEFS.length);
    expect(report.deltas.filter((d) => d.from === 'round-2' && d.to === 'round-3')).toHaveLength(DIMENSION_DEFS.length);
  });

  it('scores an all-empty round as neutral', () => {
    const r = analyze({ rounds: [{ answers: ['', ' '] }] }).rounds[0]!;
    expect(r.stats).toEqual({ candidateTurns: 2, sentences: 0, words: 0 });
    expect(Object.values(r.scores).every((s) => s === 0)).toBe(true);
  });
});
