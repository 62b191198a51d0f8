import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { analyze } from './analyze.js';
import type { AnalyzeOptions } from './schema/input.js';
import { isToneDriftError, ToneDriftError } from './errors.js';
import { formatJson } from './format/json.js';
import { formatMarkdown } from './format/markdown.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { runBatch } from './node/batch.js';
import { resumePoint } from './node/resume.js';
import { processFromFiles, type InputFile, type RoundSource } from './node/loadRounds.js';
import { progressBar, type ProgressStream } from './node/progress.js';
import type { Report } from './schema/report.js';
import pkg from '../package.json' with { type: 'json' };

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file; "-" reads standard input. */
  readFile: (path: string) => string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal that may show colors (NO_COLOR still turns them off). */
  color?: boolean;
  /** The real streams, for `batch`, which streams its input and output. */
  streams?: { stdin: Readable; stdout: Writable; stderr: ProgressStream };
}

/** Exit codes: 0 success, 1 a flag at or above --fail-on, 2 bad input or usage. */
export const EXIT = { ok: 0, flagged: 1, error: 2 } as const;

const FORMATS = {
  text: (report: Report, io: CliIO) => formatText(report, { color: io.color === true && !io.env.NO_COLOR }),
  markdown: (report: Report) => formatMarkdown(report),
  json: (report: Report) => formatJson(report),
  sarif: (report: Report, _io: CliIO, sources: readonly RoundSource[]) =>
    formatSarif(report, { toolVersion: pkg.version, files: report.rounds.flatMap((r, i) => (sources[i] ? [{ roundId: r.id, ...sources[i] }] : [])) }),
} as const;
type Format = keyof typeof FORMATS;

const FAIL_ON = ['warning', 'info', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface OptionSpec {
  value?: string;
  help: string;
  short?: string;
}

/** The command line, declared as data: commands, their options, help and examples. */
export const CLI = {
  name: 'tone-drift',
  commands: {
    analyze: {
      usage: 'tone-drift analyze <file...> [options]',
      summary: 'analyze one interview process: one JSON process file, or one transcript file per round, in order',
      options: {
        format: { value: 'text|markdown|json|sarif', help: 'output format (default: text); sarif locates flags and findings in the transcript files' },
        candidate: { value: 'NAME', help: "the candidate's speaker name (default: detected)" },
        labels: { value: '"A,B,C"', help: 'round labels, in file order (default: the file names)' },
        'cues-only': { help: 'score on the cue tables alone, without the learned layer (faster; lower recall)' },
        'fail-on': { value: 'warning|info|none', help: 'exit 1 when a flag at this level or above exists (default: none)' },
        quiet: { help: 'print nothing on stdout; errors still go to stderr', short: 'q' },
        help: { help: 'show this help', short: 'h' },
      } as Record<string, OptionSpec>,
      examples: [
        'tone-drift analyze examples/process.json',
        'tone-drift analyze screen.vtt onsite.vtt final.vtt --labels "Phone screen,Onsite,Final" --candidate "Sam Rivera"',
        'tone-drift analyze round1.txt round2.srt --format json > report.json',
        'tone-drift analyze screen.vtt final.vtt --format sarif > tone-drift.sarif',
        'tone-drift analyze - < process.json --fail-on warning --quiet',
      ],
    },
    batch: {
      usage: 'tone-drift batch <dir | file.ndjson | -> [options]',
      summary: 'analyze many processes: one JSON process per NDJSON line, or one folder of round files per process; one JSON line out per record, in order',
      options: {
        out: { value: 'FILE', help: 'write the output lines to FILE (default: stdout)' },
        resume: { help: 'continue an interrupted batch: keep the complete lines already in --out FILE and append the rest' },
        jobs: { value: 'N', help: 'threads that analyze (default: one fewer than the cores, at least 1)' },
        candidate: { value: 'NAME', help: "the candidate's speaker name in every record (default: detected)" },
        'cues-only': { help: 'score on the cue tables alone, without the learned layer (faster; lower recall)' },
        quiet: { help: 'no progress bar and no summary on stderr', short: 'q' },
        help: { help: 'show this help', short: 'h' },
      } as Record<string, OptionSpec>,
      examples: [
        'tone-drift batch transcripts.ndjson --out reports.ndjson',
        'tone-drift batch interviews/ --jobs 2 > reports.ndjson',
        'cat corpus.ndjson | tone-drift batch - --quiet > reports.ndjson',
        'tone-drift batch corpus.ndjson --out reports.ndjson --resume   # after a crash or Ctrl-C',
      ],
    },
  },
  formats: 'transcript formats: "Name: text" lines (.txt), WebVTT from Zoom, Teams and Meet (.vtt), SRT (.srt), Otter.ai text export, speech-to-text JSON (AssemblyAI, Deepgram, Rev, Whisper), tone-drift process or round JSON',
  exitCodes: 'exit codes: 0 ok; 1 a flag at or above --fail-on; 2 bad input or usage (one line on stderr names the file and line)',
} as const;
type Command = keyof typeof CLI.commands;

class UsageError extends Error {}

/** The analyze() options the command line sets: --candidate and --cues-only. */
function analyzeOptionsOf(options: Record<string, string | true>): AnalyzeOptions {
  const out: AnalyzeOptions = {};
  if (typeof options.candidate === 'string') out.candidate = options.candidate;
  if (options['cues-only']) out.learned = false;
  return out;
}

function parseArgs(command: Command, argv: readonly string[]): { positionals: string[]; options: Record<string, string | true> } {
  const specs = CLI.commands[command].options;
  const shorts = new Map<string, string>(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[`-${s.short}`, name] as const] : [])));
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const [raw, inline] = arg.startsWith('--') ? (arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]) : [shorts.get(arg) ?? arg, undefined];
    const spec = specs[raw];
    if (!spec) throw new UsageError(`unknown option ${arg.startsWith('--') ? `--${raw}` : arg}`);
    if (spec.value) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${raw} needs a value (${spec.value})`);
      options[raw] = value;
    } else options[raw] = true;
  }
  return { positionals, options };
}

export function helpText(command?: Command): string {
  const head = `${CLI.name} ${pkg.version}: how a job candidate's tone drifts between interview rounds`;
  if (command === undefined) {
    const lines = [head, '', 'usage: tone-drift <command> [options]', '', 'commands:'];
    for (const [name, c] of Object.entries(CLI.commands)) lines.push(`  ${name.padEnd(10)}${c.summary}`);
    lines.push('', 'tone-drift <command> --help shows the command\'s options; tone-drift --version prints the version.', '', CLI.exitCodes, 'NO_COLOR turns colors off; colors are used only on a terminal.');
    return `${lines.join('\n')}\n`;
  }
  const c = CLI.commands[command];
  const lines = [head, '', `usage: ${c.usage}`, '', c.summary, '', 'options:'];
  const names = Object.entries(c.options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`, o.help] as const);
  const width = Math.max(...names.map(([n]) => n.length)) + 2;
  for (const [name, help] of names) lines.push(`  ${name.padEnd(width)}${help}`);
  lines.push('', CLI.formats, '', 'examples:', ...c.examples.map((e) => `  ${e}`), '', CLI.exitCodes);
  return `${lines.join('\n')}\n`;
}

function analyzeCommand(argv: readonly string[], io: CliIO): number {
  const { positionals, options } = parseArgs('analyze', argv);
  if (options.help) {
    io.stdout(helpText('analyze'));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('missing the file(s) to analyze');
  const format = (options.format ?? 'text') as string;
  if (!(format in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, got "${format}"`);
  const failOn = (options['fail-on'] ?? 'none') as string;
  if (!FAIL_ON.includes(failOn as FailOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
  const labels = typeof options.labels === 'string' ? options.labels.split(',').map((l) => l.trim()) : [];
  const files: InputFile[] = positionals.map((path) => {
    try {
      return { name: path === '-' ? 'stdin' : path, text: io.readFile(path) };
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  });
  const { process, sources } = processFromFiles(files, labels);
  let report: Report;
  try {
    report = analyze(process, analyzeOptionsOf(options));
  } catch (e) {
    if (!isToneDriftError(e)) throw e;
    throw new ToneDriftError(e.issues.map((issue) => ({ ...issue, path: inputPath(files, issue.path) })));
  }
  if (!options.quiet) io.stdout(FORMATS[format as Format](report, io, sources));
  const failing = failOn === 'none' ? [] : report.flags.filter((f) => failOn === 'info' || f.severity === 'warning');
  return failing.length > 0 ? EXIT.flagged : EXIT.ok;
}

/**
 * Where a problem in the analyzed process is, in the user's files: `rounds[1].turns[3].text`
 * of a process built from files becomes `onsite.vtt: turns[3].text`; in one JSON process file,
 * `process.json: rounds[1]…`.
 */
function inputPath(files: readonly InputFile[], path: string): string {
  const m = /^rounds\[(\d+)\]\.?(.*)$/.exec(path);
  if (files.length > 1 && m && files[Number(m[1])]) return `${files[Number(m[1])]!.name}${m[2] ? `: ${m[2]}` : ''}`;
  return path ? `${files[0]!.name}: ${path}` : files[0]!.name;
}

async function batchCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs('batch', argv);
  if (options.help) {
    io.stdout(helpText('batch'));
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the input: a folder, an NDJSON file, or - for stdin' : `expected one input, got ${positionals.length}`);
  if (!io.streams) throw new UsageError('batch needs real streams');
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs must be a whole number of at least 1, got "${String(options.jobs)}"`);
  const input = positionals[0] === '-' ? io.streams.stdin : positionals[0]!;
  if (options.resume && typeof options.out !== 'string') throw new UsageError('--resume needs --out FILE');
  const skip = options.resume ? await resumePoint(options.out as string) : 0;
  const output = typeof options.out === 'string' ? createWriteStream(options.out, { flags: skip > 0 ? 'a' : 'w' }) : io.streams.stdout;
  const bar = options.quiet ? undefined : progressBar(io.streams.stderr);
  try {
    const summary = await runBatch({
      input,
      output,
      skip,
      ...(jobs === undefined ? {} : { jobs }),
      analyzeOptions: analyzeOptionsOf(options),
      ...(bar ? { onProgress: bar.update } : {}),
    });
    bar?.finish();
    const resumed = summary.skipped > 0 ? `, ${summary.skipped} already written` : '';
    if (!options.quiet) io.stderr(`tone-drift: ${summary.records} records in, ${summary.reports} reports out, ${summary.errors} errors${resumed} (${(summary.ms / 1000).toFixed(1)} s, ${summary.jobs} worker${summary.jobs === 1 ? '' : 's'})\n`);
    return EXIT.ok;
  } catch (e) {
    if (isToneDriftError(e)) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`cannot read ${positionals[0]}: ${err.code ?? err.message}`);
  } finally {
    if (output !== io.streams.stdout) await new Promise((resolve) => (output as Writable).end(resolve));
  }
}

/** Runs the command line; returns the exit code (a promise for `batch`). All printing happens here. */
export function runCli(argv: readonly string[], io: CliIO): number | Promise<number> {
  const fail = (e: unknown): number => {
    if (e instanceof UsageError) {
      io.stderr(`tone-drift: ${e.message}\nRun tone-drift --help for usage.\n`);
      return EXIT.error;
    }
    if (isToneDriftError(e)) {
      io.stderr(`${errorLine(e)}\n`);
      return EXIT.error;
    }
    throw e;
  };
  if (argv[0] === 'batch') return batchCommand(argv.slice(1), io).catch(fail);
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(helpText());
      return EXIT.error;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(helpText());
      return EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    // A bare file argument means `analyze`.
    if (first === 'analyze') return analyzeCommand(rest, io);
    if (first.startsWith('-') && first !== '-') throw new UsageError(`unknown option ${first}`);
    return analyzeCommand(argv, io);
  } catch (e) {
    return fail(e);
  }
}

/** "tone-drift: file:line: message [CODE]" — one line, naming where the problem is. */
export function errorLine(e: ToneDriftError): string {
  const first = e.issues[0] ?? { path: e.path, message: e.message };
  return `tone-drift: ${first.path ? `${first.path}: ` : ''}${first.message}${e.issues.length > 1 ? ` (and ${e.issues.length - 1} more)` : ''} [${e.code}]`;
}
