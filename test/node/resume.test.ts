import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumePoint } from '../../src/node/resume.js';

describe('resumePoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-resume-point-'));

  it('counts complete lines and cuts a half-written last line', async () => {
    const file = join(dir, 'a.ndjson');
    writeFileSync(file, '{"index":0}\n{"index":1}\n{"ind');
    expect(await resumePoint(file)).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('{"index":0}\n{"index":1}\n');
  });

  it('is 0 for a missing or empty file, and leaves a complete file alone', async () => {
    expect(await resumePoint(join(dir, 'missing.ndjson'))).toBe(0);
    const empty = join(dir, 'empty.ndjson');
    writeFileSync(empty, '');
    expect(await resumePoint(empty)).toBe(0);
    const whole = join(dir, 'whole.ndjson');
    writeFileSync(whole, 'x\ny\n');
    expect(await resumePoint(whole)).toBe(2);
    expect(readFileSync(whole, 'utf8')).toBe('x\ny\n');
  });
});
