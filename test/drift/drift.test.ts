import { describe, expect, it } from 'vitest';
import { analyze, formatJson, type Report } from '../../src/index.js';
import { closing, inTheBag, moreStories, neutral, reversal, selfFocus, stable } from './processes.js';
import { twoRounds } from '../helpers.js';

const warnings = (r: Report) => r.flags.filter((f) => f.severity === 'warning');

describe('drift between rounds', () => {
  it('a stable process (same tone, one round twice as long) gives no warning', () => {
    const r = analyze(stable);
    expect(warnings(r)).toEqual([]);
    expect(r.summary.verdict).toBe('stable');
    expect(r.deltas.filter((d) => d.significant)).toEqual([]);
  });

  it.each([
    ['closing the deal', closing, 'assertiveness', 'up', ["Let's get this done", 'I guarantee', 'two other offers']],
    ['in the bag', inTheBag, 'presumption', 'up', ['When I start', 'my desk', 'first day']],
    ['a shift to self-focus', selfFocus, 'focus', 'down', ['bonus', 'vacation', 'fully remote']],
  ] as const)('%s gives that warning with the right sentences as evidence', (_name, process, dimension, direction, expected) => {
    const r = analyze(process);
    const flag = warnings(r).find((f) => f.dimension === dimension);
    expect(flag).toBeDefined();
    expect(flag!.direction).toBe(direction);
    expect(flag!.pair).toBe('consecutive');
    expect(r.summary.verdict).toBe('drifting');
    const sentences = flag!.evidence.map((e) => e.sentence).join(' | ');
    for (const text of expected) expect(sentences).toContain(text);
    for (const e of flag!.evidence) {
      const round = process.rounds.find((x) => x.id === e.round)!;
      expect(round.answers![e.turn]!.slice(e.start, e.end)).toBe(e.text);
      expect(e.sentence).toContain(e.text);
    }
    expect(flag!.message).toMatch(/from Phone screen to (Final|Offer call)/);
    expect(flag!.advice.length).toBeGreaterThan(20);
  });

  it('more war stories is info, not a warning', () => {
    const r = analyze(moreStories);
    expect(warnings(r)).toEqual([]);
    const info = r.flags.find((f) => f.dimension === 'examples');
    expect(info).toMatchObject({ severity: 'info', direction: 'up' });
    expect(r.summary.verdict).toBe('stable');
  });

  /**
   * Neutral answers: no assertiveness, presumption or focus finding ("I am a quick learner." is a
   * generic claim on examples). "I read the annual report." was one while the focus model vetoed
   * the did-homework cue on it; the twenty-first round's larger focus model lets the cue stand.
   */
  const NEUTRAL = ['I enjoy working with people.', 'I like clear goals.', 'I speak two languages.', 'The product looks solid.', 'I care about quality.', 'I like to plan my week.', 'I value honest feedback.', 'I am a quick learner.'];
  /** 40 answers: `n` of them cycle through `lines`, the rest through NEUTRAL. */
  const mixed = (lines: readonly string[], n: number) => [...Array.from({ length: n }, (_, i) => lines[i % lines.length]!), ...Array.from({ length: 40 - n }, (_, i) => NEUTRAL[i % NEUTRAL.length]!)];
  const consecutive = (r: Report, dimension: string) => r.deltas.find((d) => d.dimension === dimension && d.pair === 'consecutive')!;

  it('fewer war stories needs a larger change than more of them (examples.minDrop)', () => {
    const stories = ['At Acme I cut the close from nine days to five in 2021.', 'In 2022 I rebuilt the billing service and errors fell by half.', 'Last year I led the migration of 40 services to Kubernetes.', 'At Brightline I trained six new agents and churn dropped 12%.', 'In 2019 I ran the Black Friday incident and we were back in an hour.'];
    const examples = (a: number, b: number) => consecutive(twoRounds(mixed(stories, a), mixed(stories, b)), 'examples');
    const rise = examples(10, 20);
    const fall = examples(20, 10);
    expect(fall.delta).toBeCloseTo(-rise.delta, 10);
    expect(rise.delta).toBeGreaterThan(0.15);
    expect(rise.delta).toBeLessThan(0.4);
    expect(rise.significant).toBe(true);
    expect(fall.significant).toBe(false);
    expect(fall.reason).toBe('below-min-effect');
    // A fall past 0.4 counts.
    expect(examples(20, 6).significant).toBe(true);
  });

  it('a small but clear shift in focus is not reported; a large one is (focus.minRise)', () => {
    const them = ['What is the biggest challenge your team is facing this quarter?', 'How does your team measure success for this role?', 'What do your customers complain about most?', 'How can I help your team hit the Q3 goals?', 'What keeps your operations manager up at night?'];
    const small = consecutive(twoRounds(mixed(them, 2), mixed(them, 8)), 'focus');
    expect(small.delta).toBeGreaterThan(0.15);
    expect(small.delta).toBeLessThan(0.45);
    expect(small.low).toBeGreaterThan(0);
    expect(small.significant).toBe(false);
    expect(small.reason).toBe('below-min-effect');
    const large = consecutive(twoRounds(mixed(them, 0), mixed(them, 10)), 'focus');
    expect(large.delta).toBeGreaterThan(0.45);
    expect(large.significant).toBe(true);
    // The drift setting still sets the floor for every dimension.
    expect(consecutive(analyze({ rounds: [{ answers: mixed(them, 0) }, { answers: mixed(them, 10) }] }, { drift: { minEffect: 0.6 } }), 'focus').significant).toBe(false);
  });

  it('reversing drift is reported both ways', () => {
    const r = analyze(reversal);
    const up = r.deltas.find((d) => d.from === 'screen' && d.to === 'onsite' && d.dimension === 'assertiveness')!;
    const down = r.deltas.find((d) => d.from === 'onsite' && d.to === 'final' && d.dimension === 'assertiveness')!;
    expect(up.significant && up.delta > 0).toBe(true);
    expect(down.significant && down.delta < 0).toBe(true);
    expect(warnings(r).map((f) => `${f.from}>${f.to}:${f.direction}`)).toContain('screen>onsite:up');
    const back = r.deltas.find((d) => d.from === 'screen' && d.to === 'final' && d.dimension === 'assertiveness')!;
    expect(back.pair).toBe('from-first');
    expect(back.significant).toBe(false);
  });

  it('going back to the first round\'s tone is not a warning, overshooting it is', () => {
    // The final round is back where the screen was: the step down is a return, not "more hedged".
    expect(warnings(analyze(reversal)).map((f) => `${f.from}>${f.to}:${f.direction}`)).toEqual(['screen>onsite:up']);
    // The same step down, but to a final round more hedged than the screen: that is a change.
    const hedged = ['I guess I might be wrong, but maybe it sort of worked.', "I'm not sure, I think perhaps it was kind of okay.", 'Hopefully, I could probably try to help a little, maybe.', "I don't know, I guess it's sort of hard to say."];
    const overshoot = { rounds: [reversal.rounds[0]!, reversal.rounds[1]!, { id: 'final', label: 'Final', answers: [...neutral, ...hedged, ...hedged.map((h) => h.replace('I', 'Honestly I'))] }] };
    const r = analyze(overshoot);
    expect(r.deltas.find((d) => d.from === 'screen' && d.to === 'final' && d.dimension === 'assertiveness')!.significant).toBe(true);
    expect(warnings(r).map((f) => `${f.from}>${f.to}:${f.direction}`)).toContain('onsite>final:down');
  });

  it('covers every consecutive pair and every later round against the first', () => {
    const r = analyze(reversal);
    const pairs = new Set(r.deltas.map((d) => `${d.from}>${d.to}:${d.pair}`));
    expect([...pairs].sort()).toEqual(['onsite>final:consecutive', 'screen>final:from-first', 'screen>onsite:consecutive']);
    expect(r.deltas).toHaveLength(3 * 4);
    for (const d of r.deltas) expect(d.low).toBeLessThanOrEqual(d.high);
  });

  it('says so when rounds are too short to tell', () => {
    const r = analyze({ rounds: [{ answers: ['I think so.'] }, { answers: ["Let's get this done, I need an answer by Friday!"] }] });
    const d = r.deltas.find((x) => x.dimension === 'assertiveness')!;
    expect(d.delta).toBeGreaterThan(0.5);
    expect(d).toMatchObject({ significant: false, reason: 'insufficient-evidence' });
    expect(r.flags).toEqual([]);
    expect(r.summary.verdict).toBe('insufficient-evidence');
  });

  it('is byte-identical across runs, and a different seed only moves bootstrap intervals', () => {
    expect(formatJson(analyze(closing))).toBe(formatJson(analyze(structuredClone(closing))));
    const other = analyze(closing, { drift: { seed: 7 } });
    const base = analyze(closing);
    expect(other.deltas.map((d) => d.delta)).toEqual(base.deltas.map((d) => d.delta));
    expect(other.flags.map((f) => f.dimension)).toEqual(base.flags.map((f) => f.dimension));
  });

  it('a stricter minimum effect silences a change', () => {
    const r = analyze(closing, { drift: { minEffect: 5 } });
    expect(r.flags).toEqual([]);
    expect(r.deltas.every((d) => !d.significant)).toBe(true);
  });

  it('reports style similarity and markers with intervals for every pair', () => {
    const r = analyze(reversal);
    expect(r.style).toHaveLength(3);
    for (const s of r.style) {
      expect(s.lsm.value).toBeGreaterThan(0);
      expect(s.lsm.value).toBeLessThanOrEqual(1);
      expect(s.lsm.low).toBeLessThanOrEqual(s.lsm.value);
      expect(s.lsm.high).toBeGreaterThanOrEqual(s.lsm.value);
      for (const m of Object.values(s.markers)) expect(m.low).toBeLessThanOrEqual(m.high);
    }
    const same = analyze({ rounds: [{ answers: stable.rounds[0]!.answers! }, { answers: stable.rounds[0]!.answers! }] });
    expect(same.style[0]!.lsm.value).toBe(1);
  });

  it('flags a change in style markers: more questions, more fillers', () => {
    const plain = Array.from({ length: 8 }, (_, i) => `I worked on project number ${i} with the platform team.`);
    const asking = Array.from({ length: 8 }, (_, i) => `Um, so, um, what happens with project ${i}, you know?`);
    const r = analyze({ rounds: [{ answers: plain }, { answers: asking }] });
    const m = r.style[0]!.markers;
    expect(m.questionRate).toMatchObject({ significant: true });
    expect(m.questionRate.delta).toBeCloseTo(1, 5);
    expect(m.fillerRate.delta).toBeGreaterThan(10);
    expect(m.fillerRate.significant).toBe(true);
  });

  it('the summary names the largest change and profiles every round', () => {
    const r = analyze(closing);
    expect(r.summary.largest).toMatchObject({ dimension: 'assertiveness', significant: true, from: 'screen', to: 'final' });
    expect(r.summary.profiles.map((p) => p.round)).toEqual(['screen', 'final']);
    expect(r.summary.profiles[1]!.profile).toContain('pushy');
  });
});

describe('intervals', () => {
  it('never reach past the range a change can have', () => {
    for (const p of [closing, inTheBag, selfFocus, moreStories, reversal]) {
      for (const d of analyze(p).deltas) {
        const span = d.dimension === 'presumption' || d.dimension === 'examples' ? 1 : 2;
        expect(d.low).toBeGreaterThanOrEqual(-span);
        expect(d.high).toBeLessThanOrEqual(span);
        expect(d.low).toBeLessThanOrEqual(d.delta);
        expect(d.high).toBeGreaterThanOrEqual(d.delta);
      }
    }
  });
});
