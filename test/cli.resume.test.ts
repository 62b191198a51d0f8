import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A resumed batch finishes without duplicating or losing a record, after a real kill. */
describe('batch --resume', () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-resume-'));
  const input = join(dir, 'in.ndjson');
  const records = Array.from({ length: 6000 }, (_, i) =>
    i % 97 === 5 ? '{"rounds": [' : JSON.stringify({ id: `r${i}`, rounds: [{ answers: [`I think I led project ${i}, maybe.`, 'We cut costs by 30%.'] }, { answers: [`When I start, my team will ship ${i} things. What's the bonus?`] }] }),
  );
  writeFileSync(input, records.join('\n') + '\n');

  it('kill mid-run, resume, and get exactly the uninterrupted output', async () => {
    const full = spawnSync('node', ['dist/cli.js', 'batch', input, '--jobs', '1', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(full.status).toBe(0);
    const expected = full.stdout;
    expect(expected.trim().split('\n')).toHaveLength(6000);

    const out = join(dir, 'out.ndjson');
    const child = spawn('node', ['dist/cli.js', 'batch', input, '--jobs', '1', '--out', out, '--quiet'], { stdio: 'ignore' });
    // Kill it once part of the output is on disk.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        let size = 0;
        try {
          size = readFileSync(out).length;
        } catch {
          // not created yet
        }
        if (size > expected.length / 5) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000) {
          clearInterval(poll);
          reject(new Error('the batch wrote too little to interrupt'));
        }
      }, 5);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const partial = readFileSync(out, 'utf8');
    expect(partial.length).toBeLessThan(expected.length);

    const resumed = spawnSync('node', ['dist/cli.js', 'batch', input, '--jobs', '1', '--out', out, '--resume'], { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/6000 records in, .* already written/);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  }, 120_000);

  it('--resume without --out is a usage error', () => {
    const r = spawnSync('node', ['dist/cli.js', 'batch', input, '--resume'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--resume needs --out FILE');
  });
});
