import { describe, expect, it } from 'vitest';
import { DIMENSION_DEFS } from '../../src/index.js';
import { loadSentences } from '../../eval/corpus.js';
import { signalScores } from '../../eval/metrics.js';
import { evalProcesses } from '../../eval/processes.js';
import { evalSentences } from '../../eval/sentences.js';
import { loadProcesses } from '../../eval/corpus.js';
import floors from '../../eval/floors.json' with { type: 'json' };

const sentences = loadSentences();
const test = sentences.filter((s) => s.split === 'test');
const result = evalSentences(test);
/** The test items of the first corpus files, whose floors were recorded before sentences-c/d were written. */
const firstFiles = new Set(floors.firstFiles.files);
const firstResult = evalSentences(test.filter((s) => firstFiles.has(s.file)));

describe('labeled corpus', () => {
  it('has enough labeled items, hard cases and interviewer lines', () => {
    const candidates = sentences.filter((s) => s.speaker === 'candidate');
    expect(candidates.length).toBeGreaterThanOrEqual(800);
    expect(candidates.filter((s) => (s.hard ?? []).length > 0).length).toBeGreaterThanOrEqual(60);
    expect(sentences.filter((s) => s.speaker === 'interviewer').length).toBeGreaterThanOrEqual(50);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    expect(test.length).toBeGreaterThan(150);
  });

  it('never takes a finding from an interviewer line', () => {
    expect(result.interviewerLines).toBeGreaterThan(0);
    expect(result.interviewerLeaks).toBe(0);
  });

  it.each(DIMENSION_DEFS.map((d) => [d.name]))('%s stays above its recorded floors on the test split', (name) => {
    const floor = floors.sentences[name as keyof typeof floors.sentences];
    const scores = result.dimensions[name as keyof typeof result.dimensions];
    const { precision, recall } = signalScores(scores);
    expect(scores.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(precision).toBeGreaterThanOrEqual(floor.precision);
    expect(recall).toBeGreaterThanOrEqual(floor.recall);
  });

  it.each(DIMENSION_DEFS.map((d) => [d.name]))('%s stays above the floors recorded on the first files\' test items', (name) => {
    expect(firstResult.n).toBeGreaterThan(150);
    const floor = floors.firstFiles.sentences[name as keyof typeof floors.firstFiles.sentences];
    const scores = firstResult.dimensions[name as keyof typeof firstResult.dimensions];
    const { precision, recall } = signalScores(scores);
    expect(scores.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(precision).toBeGreaterThanOrEqual(floor.precision);
    expect(recall).toBeGreaterThanOrEqual(floor.recall);
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
});
