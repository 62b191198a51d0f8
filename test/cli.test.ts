import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../src/node/index.js';

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => {
      if (p in files) return files[p]!;
      if (existsSync(p)) return readFileSync(p, 'utf8');
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    },
    env: {},
  };
  const code = runCli(argv, io);
  return { code, stdout, stderr };
}

describe('cli (in-process)', () => {
  it('prints a per-round text report for the bundled example', () => {
    const r = run(['examples/process.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Phone screen');
    expect(r.stdout).toContain('Final round');
    expect(r.stdout).toContain('[When I start]');
    expect(r.stdout).toContain('DRIFTING');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('prints the report as JSON with --format json', () => {
    const r = run(['analyze', 'examples/process.json', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.rounds).toHaveLength(3);
  });

  it('exits 2 with one clear line for bad input, naming file, path and code', () => {
    const r = run(['bad.json'], { 'bad.json': JSON.stringify({ rounds: [{ answers: [42] }] }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tone-drift: bad.json: rounds[0].answers[0]: expected a string, got number [INVALID_TEXT]\n');
  });

  it('names the line and column of a JSON syntax error', () => {
    const r = run(['broken.json'], { 'broken.json': '{\n  "rounds": [\n    oops\n  ]\n}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tone-drift: broken\.json: invalid JSON at line 3, column 5/);
    expect(r.stderr).toContain('[INVALID_JSON]');
  });

  it('exits 2 on usage errors: unknown option, missing file, unreadable file, bad format', () => {
    expect(run(['--nope']).stderr).toContain('unknown option --nope');
    expect(run([]).code).toBe(2);
    expect(run(['missing.json']).stderr).toContain('cannot read missing.json: ENOENT');
    expect(run(['examples/process.json', '--format', 'xml']).stderr).toContain('--format must be one of text, markdown, json');
  });

  it('--candidate overrides the process candidate', () => {
    const r = run(['examples/process.json', '--candidate', 'Nobody']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[CANDIDATE_NOT_FOUND]');
  });

  it('--help and --version', () => {
    expect(run(['--help']).stdout).toMatch(/usage: tone-drift/);
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('cli (built bin)', () => {
  it('runs as a real process', () => {
    execFileSync('npx', ['tsup', '--silent'], { stdio: 'ignore' });
    const ok = spawnSync('node', ['dist/cli.js', 'examples/process.json', '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).candidate).toBe('Sam Rivera');
    const bad = spawnSync('node', ['dist/cli.js', 'nope.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cannot read nope.json');
  });
});
