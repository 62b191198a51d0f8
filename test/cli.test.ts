import { spawnSync } from 'node:child_process';
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

  it('--cues-only leaves the learned layer out', () => {
    const cues = (argv: string[]) => {
      const r = run(['analyze', 'examples/process.json', '--format', 'json', ...argv]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout).rounds as Array<{ findings: Array<{ cue: string }> }>).flatMap((round) => round.findings.map((f) => f.cue));
    };
    const all = cues([]);
    const only = cues(['--cues-only']);
    expect(only.some((c) => c.endsWith('.learned'))).toBe(false);
    expect(all.filter((c) => !c.endsWith('.learned'))).toEqual(only);
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
    const ok = spawnSync('node', ['dist/cli.js', 'examples/process.json', '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).candidate).toBe('Sam Rivera');
    const bad = spawnSync('node', ['dist/cli.js', 'nope.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cannot read nope.json');
  });
});

describe('cli: transcript files', () => {
  const json = JSON.parse(run(['examples/process.json', '--format', 'json']).stdout);
  const formats: Array<[string, string, string[]]> = [
    ['lines', 'txt', []],
    ['zoom', 'vtt', []],
    ['teams', 'vtt', []],
    ['srt', 'srt', []],
    ['otter', 'txt', []],
    ['rev', 'json', []],
    ['assemblyai', 'json', ['--candidate', 'Speaker B']],
    ['deepgram', 'json', ['--candidate', 'Speaker 1']],
  ];
  // Whisper segments carry no speakers: a Whisper round is all "answers", interviewer included,
  // so it cannot give the same scores; test/transcript covers its parsing.

  it.each(formats)('%s files, one per round, give the same scores as the JSON process', (dir, ext, extra) => {
    const files = ['1-phone', '2-onsite', '3-final'].map((f) => `examples/formats/${dir}/${f}.${ext}`);
    const r = run(['analyze', ...files, '--format', 'json', ...(extra.length ? extra : ['--candidate', 'Sam Rivera'])]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.rounds.map((x: { scores: unknown }) => x.scores)).toEqual(json.rounds.map((x: { scores: unknown }) => x.scores));
    expect(report.rounds.map((x: { label: string }) => x.label)).toEqual(['1-phone', '2-onsite', '3-final']);
    expect(report.flags.map((f: { dimension: string }) => f.dimension)).toEqual(json.flags.map((f: { dimension: string }) => f.dimension));
  });

  it('findings carry the turn start times from timed formats', () => {
    const r = JSON.parse(run(['analyze', 'examples/formats/srt/1-phone.srt', 'examples/formats/srt/3-final.srt', '--format', 'json']).stdout);
    const when = r.rounds[1].findings.find((f: { cue: string }) => f.cue === 'presumption.when-i-start');
    expect(when.time).toBe(4);
  });

  it('--labels names the rounds; too many labels is a usage error', () => {
    const r = JSON.parse(run(['analyze', 'examples/formats/lines/1-phone.txt', 'examples/formats/lines/3-final.txt', '--labels', 'Screen, Final', '--format', 'json']).stdout);
    expect(r.rounds.map((x: { label: string }) => x.label)).toEqual(['Screen', 'Final']);
    const bad = run(['analyze', 'examples/formats/lines/1-phone.txt', '--labels', 'a,b']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2 labels for 1 file(s)');
  });

  it('--fail-on sets the exit code from the flags; --quiet prints nothing', () => {
    expect(run(['examples/process.json', '--fail-on', 'warning']).code).toBe(1);
    expect(run(['examples/process.json', '--fail-on', 'none']).code).toBe(0);
    expect(run(['examples/process.json']).code).toBe(0);
    const quiet = run(['examples/process.json', '--fail-on', 'warning', '--quiet']);
    expect(quiet).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(run(['examples/process.json', '--fail-on', 'sometimes']).stderr).toContain('--fail-on must be one of warning, info, none');
    const stable = run(['analyze', 'examples/formats/lines/1-phone.txt', 'examples/formats/lines/2-onsite.txt', '--fail-on', 'info', '-q']);
    expect(stable.code).toBe(0);
  });

  it('reads standard input with -', () => {
    const r = run(['analyze', '-', '--format', 'json'], { '-': readFileSync('examples/process.json', 'utf8') });
    expect(JSON.parse(r.stdout).rounds).toHaveLength(3);
  });

  it('a malformed transcript exits 2 with one line naming the file and line', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: hi\n\n00:00:05.000 -> 00:00:09.000\nSam: hello\n';
    const r = run(['analyze', 'bad.vtt'], { 'bad.vtt': vtt });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tone-drift: bad\.vtt:6: expected a cue timing .* \[TRANSCRIPT_PARSE\]\n$/);
  });

  it('a schema problem in one of several files names that file', () => {
    const r = run(['analyze', 'a.txt', 'b.txt', '--candidate', 'Sam'], { 'a.txt': 'Dana: hi?\nSam: hello there.\n', 'b.txt': 'Dana: anyone?\nLee: me.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tone-drift: b\.txt: turns: the candidate "Sam" says nothing in b \[CANDIDATE_SILENT\]\n$/);
  });

  it('every command has help with examples', () => {
    const h = run(['analyze', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('usage: tone-drift analyze <file...> [options]');
    expect(h.stdout).toContain('--fail-on warning|info|none');
    expect(h.stdout).toContain('examples:');
    expect(run(['--help']).stdout).toContain('commands:');
    // Each option's help starts in one column, at least two spaces after the longest option.
    for (const command of ['analyze', 'batch']) {
      const optionLines = run([command, '--help']).stdout.split('\n').filter((l) => /^ {2}(?:-\w, | {4})--/.test(l));
      expect(optionLines.length).toBeGreaterThan(3);
      // Where the help starts: after the option and a run of two or more spaces.
      const columns = new Set(optionLines.map((l) => /^ *\S.*?\S {2,}(?=\S)/.exec(l)?.[0].length));
      expect(columns.size, command).toBe(1);
    }
  });
});

describe('cli: SARIF', () => {
  it('locates flags and findings in the transcript files by line and column', () => {
    const files = ['1-phone', '3-final'].map((f) => `examples/formats/lines/${f}.txt`);
    const r = run(['analyze', ...files, '--format', 'sarif', '--candidate', 'Sam Rivera']);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const rules = new Set(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id));
    expect(rules.has('drift.presumption.up')).toBe(true);
    for (const result of sarif.runs[0].results) expect(rules.has(result.ruleId)).toBe(true);
    const flag = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'drift.presumption.up');
    expect(flag.level).toBe('warning');
    const where = flag.locations.map((l: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number } } }) => l.physicalLocation);
    const lines = readFileSync(files[1]!, 'utf8').split('\n');
    for (const loc of where) {
      expect(loc.artifactLocation.uri).toBe(files[1]);
      const line = lines[loc.region.startLine - 1]!;
      expect(line.slice(loc.region.startColumn - 1, loc.region.endColumn - 1).length).toBeGreaterThan(0);
    }
    expect(where.some((loc: { region: { startLine: number; startColumn: number } }) => lines[loc.region.startLine - 1]!.slice(loc.region.startColumn - 1).startsWith('When I start'))).toBe(true);
  });
});
