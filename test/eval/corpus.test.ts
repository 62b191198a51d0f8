import { describe, expect, it } from 'vitest';
import { DIMENSION_DEFS } from '../../src/index.js';
import { loadSentences } from '../../eval/corpus.js';
import { signalScores } from '../../eval/metrics.js';
import { evalProcesses } from '../../eval/processes.js';
import { evalSentences } from '../../eval/sentences.js';
import { loadProcesses } from '../../eval/corpus.js';
import { loadRelabelings } from '../../eval/agreement.js';
import { withoutApostrophes } from '../../eval/perturb.js';
import floors from '../../eval/floors.json' with { type: 'json' };

const sentences = loadSentences();
const test = sentences.filter((s) => s.split === 'test');
const result = evalSentences(test);
type Floors = typeof floors.sentences;
/** Earlier corpus files' test items, each set with the floors recorded before newer files were written. */
const earlier = floors.earlier.map((e) => {
  const files = new Set(e.files);
  return { name: `${e.files.join(', ')} (${e.recorded})`, floors: e.sentences as Floors, result: evalSentences(test.filter((s) => files.has(s.file))) };
});

function expectAboveFloors(result: ReturnType<typeof evalSentences>, all: Floors, name: string): void {
  const floor = all[name as keyof Floors];
  const scores = result.dimensions[name as keyof typeof result.dimensions];
  const { precision, recall } = signalScores(scores);
  expect(scores.f1).toBeGreaterThanOrEqual(floor.f1);
  expect(precision).toBeGreaterThanOrEqual(floor.precision);
  expect(recall).toBeGreaterThanOrEqual(floor.recall);
}

describe('labeled corpus', () => {
  it('has enough labeled items, hard cases and interviewer lines', () => {
    const candidates = sentences.filter((s) => s.speaker === 'candidate');
    expect(candidates.length).toBeGreaterThanOrEqual(800);
    expect(candidates.filter((s) => (s.hard ?? []).length > 0).length).toBeGreaterThanOrEqual(60);
    expect(sentences.filter((s) => s.speaker === 'interviewer').length).toBeGreaterThanOrEqual(50);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    expect(test.length).toBeGreaterThan(150);
  });

  it('has no candidate line in both splits: the same words (case and punctuation aside) are dev or test, not both', () => {
    // Writers who never saw each other's files sometimes write the same line; in both splits it
    // would put a test item among the tuned-on ones.
    const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9']+/g, ' ').trim();
    const splits = new Map<string, Set<string>>();
    for (const s of sentences.filter((x) => x.speaker === 'candidate')) {
      const k = key(s.text);
      if (!splits.has(k)) splits.set(k, new Set());
      splits.get(k)!.add(s.split);
    }
    expect([...splits].filter(([, set]) => set.size > 1).map(([k]) => k)).toEqual([]);
    // The key does group repeats: c-0125 and i-0258 are one line (both in dev).
    expect(key(sentences.find((s) => s.id === 'c-0125')!.text)).toBe(key(sentences.find((s) => s.id === 'i-0258')!.text));
  });

  it('never takes a finding from an interviewer line', () => {
    expect(result.interviewerLines).toBeGreaterThan(0);
    expect(result.interviewerLeaks).toBe(0);
  });

  it.each(DIMENSION_DEFS.map((d) => [d.name]))('%s stays above its recorded floors on the test split', (name) => {
    expectAboveFloors(result, floors.sentences, name);
  });

  it('keeps its F1 when contractions are typed without their apostrophe ("Im", "dont", "were")', () => {
    const typed = test.map((s) => ({ ...s, text: withoutApostrophes(s.text) }));
    // The perturbation does reach the text: about half of the test lines have a contraction.
    expect(typed.filter((s, i) => s.text !== test[i]!.text).length).toBeGreaterThan(test.length / 3);
    const bare = evalSentences(typed);
    expect(bare.interviewerLeaks).toBe(0);
    for (const def of DIMENSION_DEFS) expect(bare.dimensions[def.name].f1, def.name).toBeGreaterThanOrEqual(floors.withoutApostrophes.f1[def.name]);
  });

  describe.each(earlier)('test items of $name', ({ floors: recorded, result: earlierResult }) => {
    it.each(DIMENSION_DEFS.map((d) => [d.name]))('%s stays above the floors recorded then', (name) => {
      expect(earlierResult.n).toBeGreaterThan(150);
      expectAboveFloors(earlierResult, recorded, name);
    });
  });
});

describe('labeled processes', () => {
  const processes = loadProcesses();
  const testProcesses = processes.filter((p) => p.split === 'test');

  it('has at least 80 processes of 2 to 4 rounds, each pair labeled', () => {
    expect(processes.length).toBeGreaterThanOrEqual(80);
    for (const p of processes) {
      expect(p.rounds.length).toBeGreaterThanOrEqual(2);
      expect(p.rounds.length).toBeLessThanOrEqual(4);
      expect(p.expect.map((e) => [e.from, e.to])).toEqual(p.rounds.slice(1).map((_, i) => [i, i + 1]));
    }
  });

  it('drift stays above its recorded floors on the test split', () => {
    const r = evalProcesses(testProcesses);
    expect(r.directionOverall).toBeGreaterThanOrEqual(floors.processes.directionOverall);
    expect(r.falseAlarmRate).toBeLessThanOrEqual(floors.processes.falseAlarmRateMax);
    expect(r.flagAccuracy).toBeGreaterThanOrEqual(floors.processes.flagAccuracy);
  });

  it.each(floors.earlierProcesses.map((e) => [`${e.files.join(', ')} (${e.recorded})`, e] as const))('drift on the test processes of %s stays above the floors recorded then', (_name, e) => {
    const files = new Set(e.files);
    const r = evalProcesses(testProcesses.filter((p) => files.has(p.file)));
    expect(r.directionOverall).toBeGreaterThanOrEqual(e.processes.directionOverall);
    expect(r.falseAlarmRate).toBeLessThanOrEqual(e.processes.falseAlarmRateMax);
    expect(r.flagAccuracy).toBeGreaterThanOrEqual(e.processes.flagAccuracy);
  });
});

describe('blind relabelings (corpus/agreement)', () => {
  const relabelings = loadRelabelings();
  const byId = new Map(sentences.map((s) => [s.id, s]));

  it('relabel the same dev candidate lines, each dimension within its range', () => {
    expect(relabelings.length).toBeGreaterThanOrEqual(2);
    const ids = [...relabelings[0]!.labels.keys()].sort();
    expect(ids.length).toBe(400);
    for (const r of relabelings) {
      expect([...r.labels.keys()].sort()).toEqual(ids);
      for (const [id, labels] of r.labels) {
        const item = byId.get(id);
        expect(item?.split).toBe('dev');
        expect(item?.speaker).toBe('candidate');
        for (const def of DIMENSION_DEFS) {
          expect(Number.isInteger(labels[def.name])).toBe(true);
          expect(labels[def.name]).toBeGreaterThanOrEqual(def.min < 0 ? -1 : 0);
          expect(labels[def.name]).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
