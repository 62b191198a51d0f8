import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'AnalyzeOptionsSchema', 'DIMENSIONS', 'DIMENSION_DEFS', 'ProcessSchema', 'ReportSchema', 'RoundSchema', 'SCOPES',
        'ToneDriftError', 'TurnSchema', 'analyze', 'formatJson', 'formatMarkdown', 'formatText', 'isToneDriftError', 'jsonSchemas', 'normalize',
        'scopesAt', 'splitSentences', 'tokenize',
        'detectFormat', 'parseTranscript', 'parseNameLines', 'parseOtter', 'parseSrt', 'parseSttJson', 'parseRoundJson', 'parseWebVtt', 'TRANSCRIPT_FORMATS', 'locate', 'formatSarif',
      ].sort(),
    );
  });

  it('produces a report that satisfies its own schema', () => {
    const report = api.analyze({
      rounds: [
        { label: 'Phone screen', turns: [{ speaker: 'Dana', text: 'Tell me about you?' }, { speaker: 'Sam', text: 'I led the migration at Acme.' }] },
        { label: 'Final', answers: ['When I start, my team will move fast.'] },
      ],
    });
    expect(api.ReportSchema.safeParse(report).success).toBe(true);
    expect(report.schemaVersion).toBe(1);
    expect(report.rounds.map((r) => r.id)).toEqual(['round-1', 'round-2']);
  });

  it('exports JSON Schemas for the process, options and report', () => {
    const schemas = api.jsonSchemas() as Record<string, { type?: string; properties?: Record<string, unknown> }>;
    expect(schemas.process?.type).toBe('object');
    expect(Object.keys(schemas.process?.properties ?? {})).toContain('rounds');
    expect(Object.keys(schemas.report?.properties ?? {})).toEqual(expect.arrayContaining(['schemaVersion', 'candidate', 'rounds', 'deltas', 'flags']));
  });
});
