import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadSentences } from '../eval/corpus.js';
import { analyze } from '../src/index.js';
import { runCli, type CliIO } from '../src/node/index.js';

const good = (i: number) => JSON.stringify({ id: `p${i}`, rounds: [{ answers: [`I think I led project ${i}.`] }, { answers: ["When I start, I'll move my team."] }] });
const lines = [good(0), '{"rounds": [', good(2), JSON.stringify({ id: 'empty', rounds: [] }), '', good(4), JSON.stringify({ rounds: [{ answers: [7] }] })];

async function runBatchCli(argv: string[]) {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void stdout.write(t),
    stderr: (t) => void (stderr += t),
    readFile: () => '',
    env: {},
    streams: { stdin: new PassThrough(), stdout, stderr: { write: (t: string) => (stderr += t), isTTY: false } },
  };
  const code = await runCli(['batch', ...argv], io);
  return { code, stdout: chunks.join(''), stderr };
}

describe('cli batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-batch-'));
  const input = join(dir, 'in.ndjson');
  writeFileSync(input, lines.join('\n') + '\n');

  it('accounts for every record, in order, with error lines for broken ones', async () => {
    const r = await runBatchCli([input, '--jobs', '1']);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['ok', 'INVALID_JSON', 'ok', 'NO_ROUNDS', 'ok', 'INVALID_TEXT']);
    expect(out[0].id).toBe('p0');
    expect(JSON.stringify(out[2].report)).toBe(JSON.stringify(analyze(JSON.parse(good(2)))));
    expect(r.stderr).toMatch(/6 records in, 3 reports out, 3 errors/);
  });

  it('--out writes to a file; --quiet prints no summary', async () => {
    const out = join(dir, 'out.ndjson');
    const r = await runBatchCli([input, '--jobs', '1', '--out', out, '--quiet']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(6);
  });

  it('--cues-only reaches every record, in the workers too', async () => {
    // Corpus lines on which the learned layer adds a finding, whatever the cue tables cover.
    const learnedLines = loadSentences()
      .filter((x) => x.speaker === 'candidate')
      .map((x) => x.text)
      .filter((t) => analyze({ rounds: [{ answers: [t] }] }).rounds[0]!.findings.some((f) => f.cue.endsWith('.learned')))
      .slice(0, 3);
    expect(learnedLines).toHaveLength(3);
    const record = JSON.stringify({ rounds: [{ answers: ['I led the launch.'] }, { answers: learnedLines }] });
    const file = join(dir, 'learned.ndjson');
    writeFileSync(file, `${record}\n${record}\n`);
    const cuesOf = (stdout: string) => stdout.trim().split('\n').flatMap((l) => (JSON.parse(l).report.rounds as Array<{ findings: Array<{ cue: string }> }>).flatMap((r) => r.findings.map((f) => f.cue)));
    const withLayer = cuesOf((await runBatchCli([file, '--jobs', '1', '--quiet'])).stdout);
    expect(withLayer.some((c) => c.endsWith('.learned'))).toBe(true);
    for (const jobs of ['1', '2']) {
      const r = await runBatchCli([file, '--jobs', jobs, '--quiet', '--cues-only']);
      expect(r.code).toBe(0);
      expect(cuesOf(r.stdout).some((c) => c.endsWith('.learned'))).toBe(false);
    }
  });

  it('usage errors exit 2', async () => {
    expect((await runBatchCli([])).code).toBe(2);
    expect((await runBatchCli([input, '--jobs', 'zero'])).stderr).toContain('--jobs must be a whole number');
    const missing = await runBatchCli([join(dir, 'nope.ndjson'), '--jobs', '1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.ndjson');
  });

  it('batch --help lists its options and examples', async () => {
    const r = await runBatchCli(['--help']);
    expect(r.stdout).toContain('usage: tone-drift batch <dir | file.ndjson | -> [options]');
    expect(r.stdout).toContain('--jobs N');
  });

  it('the built bin runs a batch on 2 worker threads, from a file and from stdin, with the same output', () => {
    const fromFile = spawnSync('node', ['dist/cli.js', 'batch', input, '--jobs', '2'], { encoding: 'utf8' });
    expect(fromFile.status).toBe(0);
    const fromStdin = spawnSync('node', ['dist/cli.js', 'batch', '-', '--jobs', '1', '--quiet'], { encoding: 'utf8', input: readFileSync(input, 'utf8') });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromFile.stdout.trim().split('\n')).toHaveLength(6);
    expect(fromFile.stderr).toMatch(/6 records in, 3 reports out, 3 errors \(.* 2 workers\)/);
  });
});
