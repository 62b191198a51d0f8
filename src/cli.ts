import { analyze } from './analyze.js';
import { isToneDriftError } from './errors.js';
import { formatJson } from './format/json.js';
import { formatMarkdown } from './format/markdown.js';
import { formatText } from './format/text.js';
import { readJsonFile } from './node/readProcess.js';
import type { Report } from './schema/report.js';
import pkg from '../package.json' with { type: 'json' };

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal that may show colors (NO_COLOR still turns them off). */
  color?: boolean;
}

/** Exit codes: 0 success, 1 a flag at or above --fail-on, 2 bad input or usage. */
export const EXIT = { ok: 0, flagged: 1, error: 2 } as const;

const FORMATS = {
  text: (report: Report, io: CliIO) => formatText(report, { color: io.color === true && !io.env.NO_COLOR }),
  markdown: (report: Report) => formatMarkdown(report),
  json: (report: Report) => formatJson(report),
} as const;
type Format = keyof typeof FORMATS;

/** The command line, declared as data: options, their help, and the usage line. */
export const CLI = {
  name: 'tone-drift',
  usage: 'tone-drift [analyze] <process.json> [--format text|markdown|json] [--candidate NAME]',
  options: {
    format: { takesValue: true, help: 'output format: text (default), markdown or json' },
    candidate: { takesValue: true, help: "the candidate's speaker name (default: detected)" },
    help: { takesValue: false, help: 'show this help' },
    version: { takesValue: false, help: 'show the version' },
  },
  examples: ['tone-drift examples/process.json', 'tone-drift analyze interview.json --format json > report.json'],
} as const;
type OptionName = keyof typeof CLI.options;

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { positionals: string[]; options: Partial<Record<OptionName, string | true>> } {
  const positionals: string[] = [];
  const options: Partial<Record<OptionName, string | true>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') options.help = true;
    else if (arg === '-v') options.version = true;
    else if (arg.startsWith('--')) {
      const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(rawName in CLI.options)) throw new UsageError(`unknown option --${rawName}`);
      const name = rawName as OptionName;
      if (CLI.options[name].takesValue) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options[name] = value;
      } else options[name] = true;
    } else positionals.push(arg);
  }
  return { positionals, options };
}

export function helpText(): string {
  const lines = [`${CLI.name} ${pkg.version}: how a candidate's tone drifts between interview rounds`, '', `usage: ${CLI.usage}`, '', 'options:'];
  for (const [name, o] of Object.entries(CLI.options)) lines.push(`  --${(name + (o.takesValue ? ' VALUE' : '')).padEnd(18)}${o.help}`);
  lines.push('', 'examples:', ...CLI.examples.map((e) => `  ${e}`), '', 'exit codes: 0 ok, 2 bad input or usage');
  return `${lines.join('\n')}\n`;
}

/** Runs the command line; returns the exit code. All printing happens here. */
export function runCli(argv: readonly string[], io: CliIO): number {
  let source = 'input';
  try {
    const { positionals, options } = parseArgs(argv);
    if (options.help) {
      io.stdout(helpText());
      return EXIT.ok;
    }
    if (options.version) {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    if (positionals[0] === 'analyze') positionals.shift();
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the process file' : `expected one process file, got ${positionals.length}`);
    const format = (options.format ?? 'text') as string;
    if (!(format in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, got "${format}"`);
    const file = positionals[0]!;
    source = file === '-' ? 'stdin' : file;
    let input: unknown;
    try {
      input = readJsonFile(file, io.readFile);
    } catch (e) {
      if (isToneDriftError(e)) throw e;
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const candidate = typeof options.candidate === 'string' ? options.candidate : undefined;
    const report = analyze(input as never, candidate === undefined ? {} : { candidate });
    io.stdout(FORMATS[format as Format](report, io));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`tone-drift: ${e.message}\nusage: ${CLI.usage}\n`);
      return EXIT.error;
    }
    if (isToneDriftError(e)) {
      const where = e.path && e.path !== source ? `${source}: ${e.path}` : source;
      io.stderr(`tone-drift: ${where}: ${e.issues[0]?.message ?? e.message} [${e.code}]\n`);
      return EXIT.error;
    }
    throw e;
  }
}
