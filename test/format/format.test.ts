import { describe, expect, it } from 'vitest';
import { analyze, formatJson, formatMarkdown, formatText } from '../../src/index.js';
import { clock } from '../../src/format/common.js';
import { closing, moreStories } from '../drift/processes.js';

const report = analyze(closing);

describe('text formatter', () => {
  it('has no ANSI codes unless asked, and colors when asked', () => {
    expect(formatText(report)).not.toContain('\u001b[');
    expect(formatText(report, { color: true })).toContain('\u001b[33mWARNING');
  });

  it('aligns the score table: every row has the same column boundaries', () => {
    const lines = formatText(report).split('\n');
    const header = lines.find((l) => l.startsWith('round'))!;
    const rows = lines.filter((l) => l.startsWith('Phone screen') || l.startsWith('Final'));
    const end = header.indexOf('examples') + 'examples'.length;
    for (const row of rows) expect(row.slice(end - 5, end)).toMatch(/^ ?-?\d\.\d\d$/);
  });

  it('shows the verdict, each flag with its marked evidence and advice, and the changes', () => {
    const text = formatText(report);
    expect(text).toMatch(/^tone-drift · DRIFTING \(1 warning, 0 info\)/);
    expect(text).toContain('WARNING closing the deal: More assertive from Phone screen to Final');
    expect(text).toContain("[Let's get this done]");
    expect(text).toContain('advice: Keep the tone that got you through the first round.');
    expect(text).toMatch(/assertiveness\s+\+\d\.\d\d\*/);
  });

  it('formats times as m:ss and h:mm:ss', () => {
    expect(clock(65)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
  });
});

describe('markdown formatter', () => {
  it('renders a score table, the flags with bold cue spans, and the changes table', () => {
    const md = formatMarkdown(analyze(moreStories));
    expect(md).toMatch(/^# tone-drift/);
    expect(md).toContain('| round | assertiveness | presumption | focus | examples | profile |');
    expect(md).toContain('ℹ️ Info: war stories.');
    expect(md).toMatch(/> .*\*\*from 300 a day to 12\*\*/);
    expect(md).toContain('| from → to | dimension | change | interval | significant |');
  });
});

describe('json formatter', () => {
  it('round-trips and is byte-identical for the same input', () => {
    const a = formatJson(report);
    expect(JSON.parse(a)).toEqual(report);
    expect(formatJson(analyze(structuredClone(closing)))).toBe(a);
  });
});
