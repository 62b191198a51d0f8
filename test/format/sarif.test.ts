import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSarif, SARIF_SCHEMA, type Region, type Result, type Rule, type SarifFile } from '../../src/format/sarif.js';
import { analyze, ReportSchema, type Finding, type Flag, type Process, type Report, type RoundResult } from '../../src/index.js';
import { locate, parseTranscript } from '../../src/transcript/index.js';

interface Log {
  $schema: string;
  version: string;
  runs: Array<{ tool: { driver: { name: string; version?: string; informationUri?: string; rules: Rule[] } }; columnKind: string; results: Result[] }>;
}

const isPositiveInt = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1;

/** Checks the SARIF 2.1.0 essentials and returns the parsed log. */
function checkSarif(text: string): Log {
  expect(text.endsWith('\n')).toBe(true);
  const log = JSON.parse(text) as Log;
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.columnKind).toBe('utf16CodeUnits');
  expect(run.tool.driver.name).toBe('tone-drift');
  expect(run.tool.driver).not.toHaveProperty('informationUri');
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of run.tool.driver.rules) {
    expect(rule.id).toMatch(/^(?:drift\.[a-z]+\.(?:up|down)|cue\.[a-z]+\.[\w-]+)$/);
    expect(rule.shortDescription.text).not.toBe('');
    expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration.level);
  }
  for (const result of run.results) {
    expect(ids).toContain(result.ruleId);
    expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(['none', 'note', 'warning', 'error']).toContain(result.level);
    if (result.kind !== undefined) expect(result.level).toBe('none');
    expect(result.message.text).not.toBe('');
    for (const loc of result.locations ?? []) {
      expect(loc.physicalLocation.artifactLocation.uri).not.toBe('');
      const r = loc.physicalLocation.region;
      if (!r) continue;
      expect(isPositiveInt(r.startLine) && isPositiveInt(r.startColumn), JSON.stringify(r)).toBe(true);
      if (r.endLine !== undefined || r.endColumn !== undefined) {
        expect(isPositiveInt(r.endLine) && isPositiveInt(r.endColumn), JSON.stringify(r)).toBe(true);
        expect(r.endLine! > r.startLine || (r.endLine === r.startLine && r.endColumn! >= r.startColumn), JSON.stringify(r)).toBe(true);
      }
    }
  }
  return log;
}

// A small hand-made report: every field the formatter reads, and nothing from the analyzers.
const finding = (over: Partial<Finding>): Finding => ({
  dimension: 'presumption',
  polarity: 1,
  weight: 1,
  cue: 'presumption.when-i-start',
  turn: 0,
  start: 0,
  end: 12,
  text: 'When I start',
  sentence: { start: 0, end: 20 },
  ...over,
});
const round = (id: string, findings: Finding[]): RoundResult => ({
  id,
  label: id,
  candidate: { speaker: null, method: 'answers', reason: 'answers' },
  stats: { candidateTurns: 1, sentences: 5, words: 40 },
  scores: { assertiveness: 0, presumption: 0.5, focus: 0, examples: 0 },
  findings,
});
const flag = (over: Partial<Flag>): Flag => ({
  from: 'r1',
  to: 'r2',
  dimension: 'presumption',
  direction: 'up',
  severity: 'warning',
  message: 'More presumptive from r1 to r2.',
  advice: 'Nothing is decided until the offer is signed.',
  pattern: 'in the bag',
  pair: 'consecutive',
  delta: 0.5,
  low: 0.2,
  high: 0.8,
  evidence: [{ round: 'r2', cue: 'presumption.when-i-start', turn: 0, start: 0, end: 12, text: 'When I start', sentence: 'When I start, I will.', sentenceStart: 0, new: true }],
  ...over,
});
const REPORT: Report = {
  schemaVersion: 1,
  candidate: null,
  rounds: [
    round('r1', [finding({ cue: 'examples.star-result', dimension: 'examples', text: 'we cut', start: 3, end: 9 })]),
    round('r2', [finding({}), finding({ cue: 'focus.self-pay', dimension: 'focus', polarity: -1, turn: 1, start: 5, end: 10, text: 'bonus' })]),
  ],
  deltas: [],
  flags: [
    flag({}),
    flag({ dimension: 'examples', direction: 'up', severity: 'info', pattern: 'war stories', message: 'More examples.', advice: 'Keep it up.', evidence: [] }),
    flag({ from: 'r0', to: 'r1', evidence: [{ ...flag({}).evidence[0]!, round: 'r1' }] }),
  ],
  style: [],
  summary: { verdict: 'drifting', largest: null, profiles: [], warnings: 2, infos: 1 },
};

describe('formatSarif', () => {
  it('the hand-made report is a valid report', () => {
    expect(ReportSchema.safeParse(REPORT).success).toBe(true);
  });

  it('writes the SARIF 2.1.0 essentials', () => {
    const log = checkSarif(formatSarif(REPORT, { toolVersion: '1.2.3' }));
    expect(log.runs[0]!.tool.driver.version).toBe('1.2.3');
    expect(checkSarif(formatSarif(REPORT)).runs[0]!.tool.driver).not.toHaveProperty('version');
  });

  it('has one rule per kind of flag, then one per cue that fired, each group sorted', () => {
    const rules = checkSarif(formatSarif(REPORT)).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([
      'drift.examples.up',
      'drift.presumption.up',
      'cue.examples.star-result',
      'cue.focus.self-pay',
      'cue.presumption.when-i-start',
    ]);
    expect(rules[1]).toMatchObject({
      shortDescription: { text: 'in the bag' },
      help: { text: 'Nothing is decided until the offer is signed.' },
      defaultConfiguration: { level: 'warning' },
    });
    expect(rules[0]!.defaultConfiguration.level).toBe('note');
    expect(rules[4]!.shortDescription.text).toBe('presumption +: presumption.when-i-start');
    expect(rules[4]!.help?.text).toMatch(/^Example: "When I start/);
    expect(rules[3]!.defaultConfiguration.level).toBe('none');
  });

  it('gives each flag a result: warning or note, the message with the advice', () => {
    const results = checkSarif(formatSarif(REPORT)).runs[0]!.results;
    expect(results.slice(0, 3).map((r) => [r.ruleId, r.level])).toEqual([
      ['drift.presumption.up', 'warning'],
      ['drift.examples.up', 'note'],
      ['drift.presumption.up', 'warning'],
    ]);
    expect(results[0]!.message.text).toBe('More presumptive from r1 to r2. Advice: Nothing is decided until the offer is signed.');
    expect(results[0]!.properties).toEqual({ from: 'r1', to: 'r2', pair: 'consecutive', delta: 0.5, low: 0.2, high: 0.8 });
  });

  it('gives each finding an informational result with level "none" and a short message', () => {
    const results = checkSarif(formatSarif(REPORT)).runs[0]!.results.slice(3);
    expect(results.map((r) => [r.ruleId, r.kind, r.level, r.message.text])).toEqual([
      ['cue.examples.star-result', 'informational', 'none', 'examples +: "we cut"'],
      ['cue.presumption.when-i-start', 'informational', 'none', 'presumption +: "When I start"'],
      ['cue.focus.self-pay', 'informational', 'none', 'focus -: "bonus"'],
    ]);
  });

  it('describes learned findings by one rule per dimension, either way, and names the words that weighed most', () => {
    const text = 'The guys on my crew already know.';
    const learned: Finding = { dimension: 'presumption', polarity: 1, weight: 0.5, cue: 'presumption.learned', turn: 0, start: 0, end: 32, text: text.slice(0, 32), sentence: { start: 0, end: 33 }, words: [{ start: 20, end: 27, text: 'already' }, { start: 12, end: 14, text: 'my' }] };
    const round: RoundResult = { ...REPORT.rounds[1]!, findings: [learned] };
    const log = checkSarif(formatSarif({ ...REPORT, rounds: [REPORT.rounds[0]!, round] }));
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'cue.presumption.learned')!;
    expect(rule.shortDescription.text).toBe('presumption: learned');
    expect(rule.properties).toEqual({ dimension: 'presumption' });
    const result = log.runs[0]!.results.find((r) => r.ruleId === 'cue.presumption.learned')!;
    expect(result.message.text).toBe('presumption +: "The guys on my crew already know" (weighed most: "already", "my")');
  });

  it('locates results in the round files: region, uri only, or nothing', () => {
    const files: SarifFile[] = [
      { roundId: 'r1', uri: 'rounds/one.vtt' },
      { roundId: 'r2', uri: 'rounds/two.txt', locate: (turn, offset) => (turn === 0 ? { line: 7, column: 3 + offset } : undefined) },
    ];
    const results = checkSarif(formatSarif(REPORT, { files })).runs[0]!.results;
    // A flag with evidence in r2: one location per evidence item, with its region.
    expect(results[0]!.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'rounds/two.txt' }, region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 15 } },
        message: { text: 'presumption.when-i-start: "When I start"' },
      },
    ]);
    // A flag without evidence: its later round's file.
    expect(results[1]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'rounds/two.txt' } } }]);
    // r1 has a file but no way to locate: the uri only.
    expect(results[2]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'rounds/one.vtt' } }, message: { text: 'presumption.when-i-start: "When I start"' } }]);
    expect(results[3]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'rounds/one.vtt' } } }]);
    // Turn 1 of r2 has no known position: the uri only.
    expect(results[5]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'rounds/two.txt' } } }]);
    // No files at all: no locations.
    for (const r of checkSarif(formatSarif(REPORT)).runs[0]!.results) expect(r).not.toHaveProperty('locations');
  });

  it('ends a region after the span\'s last character, on a later line when the span crosses one', () => {
    const files: SarifFile[] = [{ roundId: 'r2', uri: 'two.txt', locate: (_turn, offset) => (offset < 6 ? { line: 2, column: 10 + offset } : { line: 3, column: offset - 5 }) }];
    const region = JSON.parse(formatSarif(REPORT, { files })).runs[0].results[0].locations[0].physicalLocation.region as Region;
    expect(region).toEqual({ startLine: 2, startColumn: 10, endLine: 3, endColumn: 7 });
    // A bad position from `locate` (0 or fractional) counts as unknown.
    const bad: SarifFile[] = [{ roundId: 'r2', uri: 'two.txt', locate: (_turn, offset) => (offset === 0 ? { line: 0, column: 1 } : { line: 1, column: 1 }) }];
    expect(JSON.parse(formatSarif(REPORT, { files: bad })).runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'two.txt' } });
    const noEnd: SarifFile[] = [{ roundId: 'r2', uri: 'two.txt', locate: (_turn, offset) => (offset === 0 ? { line: 4, column: 2 } : { line: 1, column: 1.5 }) }];
    expect(JSON.parse(formatSarif(REPORT, { files: noEnd })).runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 2 });
  });

  it('gives an empty span an empty region', () => {
    const empty: Report = { ...REPORT, flags: [], rounds: [round('r1', [finding({ start: 4, end: 4, text: '' })])] };
    const files: SarifFile[] = [{ roundId: 'r1', uri: 'one.txt', locate: (_t, o) => ({ line: 2, column: o + 1 }) }];
    const result = checkSarif(formatSarif(empty, { files })).runs[0]!.results[0]!;
    expect(result.locations![0]!.physicalLocation.region).toEqual({ startLine: 2, startColumn: 5, endLine: 2, endColumn: 5 });
  });

  it('writes an empty run for a report with no flags and no findings', () => {
    const empty: Report = { ...REPORT, rounds: [round('r1', [])], flags: [] };
    const run = checkSarif(formatSarif(empty)).runs[0]!;
    expect(run.tool.driver.rules).toEqual([]);
    expect(run.results).toEqual([]);
  });

  it('is deterministic: the same report gives the same bytes', () => {
    const files: SarifFile[] = [{ roundId: 'r2', uri: 'two.txt', locate: (_t, o) => ({ line: 1, column: o + 1 }) }];
    const a = formatSarif(REPORT, { files, toolVersion: '0.1.0' });
    const b = formatSarif(structuredClone(REPORT), { files: [...files], toolVersion: '0.1.0' });
    expect(a).toBe(b);
  });
});

describe('formatSarif on transcripts with source maps', () => {
  const example = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/process.json', import.meta.url)), 'utf8')) as Process;
  // Each round of the bundled example written as a "Name: text" transcript file.
  const files = example.rounds.map((r) => ({
    id: r.id!,
    uri: `transcripts/${r.id}.txt`,
    text: (r.turns ?? []).map((t) => `${t.speaker}:  ${t.text}`).join('\n\n') + '\n',
  }));
  const parsed = files.map((f) => parseTranscript(f.text, { format: 'lines', sourceMap: true }));
  const report = analyze({
    candidate: example.candidate,
    rounds: parsed.map((t, i) => ({ id: files[i]!.id, turns: 'turns' in t ? t.turns : expect.fail('expected turns') })),
  });
  const sarifFiles: SarifFile[] = files.map((f, i) => ({ roundId: f.id, uri: f.uri, locate: (turn, offset) => locate(parsed[i]!.source, turn, offset) }));
  const log = checkSarif(formatSarif(report, { files: sarifFiles, toolVersion: '0.1.0' }));
  const results = log.runs[0]!.results;
  const textAt = (uri: string, r: Region): string => {
    const lines = files.find((f) => f.uri === uri)!.text.split('\n');
    expect(r.endLine).toBe(r.startLine);
    return lines[r.startLine - 1]!.slice(r.startColumn - 1, r.endColumn! - 1);
  };

  it('has flags with located evidence, and a result per finding', () => {
    expect(report.flags.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.ruleId.startsWith('drift.'))).toHaveLength(report.flags.length);
    expect(results.filter((r) => r.ruleId.startsWith('cue.'))).toHaveLength(report.rounds.reduce((n, r) => n + r.findings.length, 0));
  });

  it('puts every region on the text it reports', () => {
    let checked = 0;
    report.flags.forEach((f, i) => {
      const locations = results[i]!.locations!;
      expect(locations).toHaveLength(f.evidence.length);
      f.evidence.forEach((e, j) => {
        const { artifactLocation, region } = locations[j]!.physicalLocation;
        expect(textAt(artifactLocation.uri, region!)).toBe(e.text);
        checked++;
      });
    });
    const findings = report.rounds.flatMap((r) => r.findings);
    results.slice(report.flags.length).forEach((r, i) => {
      const { artifactLocation, region } = r.locations![0]!.physicalLocation;
      expect(textAt(artifactLocation.uri, region!)).toBe(findings[i]!.text);
      checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });
});
