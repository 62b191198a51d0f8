import { analyze, DIMENSION_DEFS, type Dimension, type Report } from '../src/index.js';
import type { AnalyzeOptions } from '../src/schema/input.js';
import type { Direction, ProcessItem } from './corpus.js';

export interface ProcessError {
  id: string;
  scenario: string;
  from: number;
  to: number;
  dimension: Dimension | 'flag';
  expected: string;
  predicted: string;
  delta?: number;
  low?: number;
  high?: number;
}

export interface ProcessEval {
  processes: number;
  pairs: number;
  /** Per dimension: share of consecutive pairs whose predicted direction (up/down/same) matches. */
  direction: Record<Dimension, number>;
  /** Over all dimensions. */
  directionOverall: number;
  /** Of (pair, dimension) cells labeled "same", the share we called up or down. */
  falseAlarmRate: number;
  sameCells: number;
  /** Share of pairs whose strongest flag (warning > info > none) matches the label. */
  flagAccuracy: number;
  /** Pairs labeled flag none where we raised a warning. */
  falseWarnings: number;
  noneFlagPairs: number;
  errors: ProcessError[];
}

function predictedDirection(report: Report, from: string, to: string, dim: Dimension): { dir: Direction; delta: number; low: number; high: number } {
  const d = report.deltas.find((x) => x.from === from && x.to === to && x.dimension === dim && x.pair === 'consecutive')!;
  return { dir: d.significant ? (d.delta > 0 ? 'up' : 'down') : 'same', delta: d.delta, low: d.low, high: d.high };
}

function predictedFlag(report: Report, from: string, to: string): 'warning' | 'info' | 'none' {
  const flags = report.flags.filter((f) => f.from === from && f.to === to && f.pair === 'consecutive');
  return flags.some((f) => f.severity === 'warning') ? 'warning' : flags.length ? 'info' : 'none';
}

export function evalProcesses(items: readonly ProcessItem[], options?: AnalyzeOptions): ProcessEval {
  const correct: Record<string, number> = {};
  let total = 0;
  let sameCells = 0;
  let falseAlarms = 0;
  let flagCorrect = 0;
  let noneFlagPairs = 0;
  let falseWarnings = 0;
  const errors: ProcessError[] = [];
  for (const def of DIMENSION_DEFS) correct[def.name] = 0;
  for (const item of items) {
    const { id: _id, scenario: _s, expect, split: _sp, file: _f, line: _l, ...process } = item;
    const report = analyze(process, options);
    const ids = report.rounds.map((r) => r.id);
    for (const e of expect) {
      total++;
      const from = ids[e.from]!;
      const to = ids[e.to]!;
      for (const def of DIMENSION_DEFS) {
        const p = predictedDirection(report, from, to, def.name);
        const expected = e[def.name];
        if (p.dir === expected) correct[def.name]!++;
        else errors.push({ id: item.id, scenario: item.scenario, from: e.from, to: e.to, dimension: def.name, expected, predicted: p.dir, delta: p.delta, low: p.low, high: p.high });
        if (expected === 'same') {
          sameCells++;
          if (p.dir !== 'same') falseAlarms++;
        }
      }
      const flag = predictedFlag(report, from, to);
      if (flag === e.flag) flagCorrect++;
      else errors.push({ id: item.id, scenario: item.scenario, from: e.from, to: e.to, dimension: 'flag', expected: e.flag, predicted: flag });
      if (e.flag === 'none') {
        noneFlagPairs++;
        if (flag === 'warning') falseWarnings++;
      }
    }
  }
  const direction = {} as Record<Dimension, number>;
  for (const def of DIMENSION_DEFS) direction[def.name] = total ? correct[def.name]! / total : 0;
  const all = Object.values(correct).reduce((a, b) => a + b, 0);
  return {
    processes: items.length,
    pairs: total,
    direction,
    directionOverall: total ? all / (total * DIMENSION_DEFS.length) : 0,
    falseAlarmRate: sameCells ? falseAlarms / sameCells : 0,
    sameCells,
    flagAccuracy: total ? flagCorrect / total : 0,
    falseWarnings,
    noneFlagPairs,
    errors,
  };
}
