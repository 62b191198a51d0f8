/**
 * One batch record in, one output line out. Shared by the worker threads and the in-process
 * path (`jobs: 1`), so both give the same bytes. Never throws: every failure becomes an error line.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import { isToneDriftError, type ToneDriftError } from '../errors.js';
import type { AnalyzeOptions, Process } from '../schema/input.js';
import { parseTranscript } from '../transcript/index.js';
import { jsonSyntaxError } from '../transcript/json.js';
import { decodeLine } from './ndjson.js';
import { parseJsonText } from './readProcess.js';

/**
 * What the reader hands out: one NDJSON line (its text, or its UTF-8 bytes as the batch reads
 * it, decoded where it is analyzed), or one process folder.
 */
export type BatchJob =
  | { kind: 'line'; line: number; text: string | Uint8Array }
  | { kind: 'folder'; path: string; name: string };

/**
 * The `error` of an output line. `code` is a `ToneDriftError` code, or one of the batch's own:
 * READ_ERROR (a file or folder could not be read) and INTERNAL (a bug, or a worker that died).
 */
export interface BatchError {
  code: string;
  message: string;
  /** Where in the record: a path such as `rounds[0].turns[1].text`, or a round file's name. */
  path?: string;
  /** NDJSON: the 1-based input line of the record. Folder: the line in the file named by `path`. */
  line?: number;
}

/** One output line, newline included; `ok` is false for an error line. */
export interface JobResult {
  ok: boolean;
  text: string;
}

/** The file a process folder may hold instead of round files: the whole process as JSON. */
export const PROCESS_FILE = 'process.json';

/** Batch-only error wording. */
const say = {
  invalidJson: (line: number, column: number, expected: string, got: string) =>
    `line ${line}: invalid JSON at column ${column}: expected ${expected}, got ${got}`,
  cannotRead: (what: string, code: string) => `cannot read ${what}: ${code}`,
  internal: (message: string) => `internal error: ${message}`,
} as const;

class RecordFailure extends Error {
  constructor(readonly error: BatchError) {
    super(error.message);
  }
}

/** Analyzes one record; the returned line is `{"index","id"?,"report"}` or `{"index","id"?,"error"}`. */
export function runJob(index: number, job: BatchJob, options: AnalyzeOptions | undefined): JobResult {
  let id: string | number | undefined = job.kind === 'folder' ? job.name : undefined;
  try {
    let input: unknown;
    if (job.kind === 'line') {
      input = parseLine(typeof job.text === 'string' ? job.text : decodeLine(job.text), job.line);
      id = recordId(input);
    } else input = readProcessFolder(job.path);
    const report = analyze(input as Process, options);
    return { ok: true, text: `${JSON.stringify(id === undefined ? { index, report } : { index, id, report })}\n` };
  } catch (e) {
    return errorResult(index, id, toBatchError(e, job));
  }
}

/**
 * The output of a run of consecutive records: their lines, in order, as one string or as UTF-8
 * bytes (what a worker sends back, transferred rather than copied), and which are reports.
 */
export interface ChunkResult {
  ok: boolean[];
  data: string | Uint8Array;
}

/** Runs consecutive records, the first being record `first`; their lines are joined in order. */
export function runJobs(first: number, jobs: readonly BatchJob[], options: AnalyzeOptions | undefined): ChunkResult & { data: string } {
  const ok: boolean[] = [];
  let data = '';
  for (let i = 0; i < jobs.length; i++) {
    const result = runJob(first + i, jobs[i]!, options);
    ok.push(result.ok);
    data += result.text;
  }
  return { ok, data };
}

/**
 * What `failedJob` needs of a record, without its text: kept for the records in flight on a
 * worker, so that a line's text, once posted, can be collected young instead of surviving
 * (and being promoted) until the worker answers.
 */
export function jobStub(job: BatchJob): BatchJob {
  return job.kind === 'line' ? { kind: 'line', line: job.line, text: '' } : job;
}

/** Error lines for consecutive records whose work failed outside `runJob` (a worker that died). */
export function failedJobs(first: number, jobs: readonly BatchJob[], reason: unknown): ChunkResult {
  return { ok: jobs.map(() => false), data: jobs.map((job, i) => failedJob(first + i, job, reason).text).join('') };
}

/** The error line for a record whose work failed outside `runJob` (a worker that died). */
export function failedJob(index: number, job: BatchJob, reason: unknown): JobResult {
  return errorResult(index, job.kind === 'folder' ? job.name : undefined, toBatchError(reason, job));
}

function errorResult(index: number, id: string | number | undefined, error: BatchError): JobResult {
  return { ok: false, text: `${JSON.stringify(id === undefined ? { index, error } : { index, id, error })}\n` };
}

/** A record's `id` field, when it is a string or a finite number. */
export function recordId(value: unknown): string | number | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined;
}

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const { offset, expected } = jsonSyntaxError(text);
    const got = offset >= text.length ? 'the end of the line' : JSON.stringify(text.slice(offset, offset + 12));
    throw new RecordFailure({ code: 'INVALID_JSON', message: say.invalidJson(line, offset + 1, expected, got), line });
  }
}

function toBatchError(e: unknown, job: BatchJob): BatchError {
  const inputLine = job.kind === 'line' ? { line: job.line } : {};
  if (e instanceof RecordFailure) return { ...e.error, ...(e.error.line === undefined ? inputLine : {}) };
  if (isToneDriftError(e)) {
    const error: BatchError = { code: e.code, message: withoutPrefix(e) };
    if (e.path) error.path = e.path;
    const line = job.kind === 'line' ? job.line : e.issues[0]?.line;
    if (line !== undefined) error.line = line;
    return error;
  }
  const err = e as NodeJS.ErrnoException | undefined;
  if (typeof err?.code === 'string' && typeof err.syscall === 'string') {
    return { code: 'READ_ERROR', message: say.cannotRead(err.path ?? (job.kind === 'folder' ? job.path : 'input'), err.code), ...inputLine };
  }
  return { code: 'INTERNAL', message: say.internal(err instanceof Error ? err.message : String(e)), ...inputLine };
}

/** `ToneDriftError.message` without the package prefix (the output is all tone-drift's). */
function withoutPrefix(e: ToneDriftError): string {
  return e.message.replace(/^tone-drift: /, '');
}

/**
 * Reads a process folder: `process.json` when present (the whole process), otherwise every
 * non-hidden file is one round, in natural file-name order (`round-2` before `round-10`), read
 * with `parseTranscript`; each round's label is its file name without the extension.
 */
export function readProcessFolder(dir: string): unknown {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && isFile(dir, entry))
    .map((entry) => entry.name)
    .sort(compareNames);
  if (files.includes(PROCESS_FILE)) return parseJsonText(readFileSync(join(dir, PROCESS_FILE), 'utf8'), PROCESS_FILE);
  const rounds = files.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    try {
      return { label: name.replace(/\.[^.]*$/, ''), ...parseTranscript(text, { fileName: name }) };
    } catch (e) {
      if (!isToneDriftError(e)) throw e;
      const error: BatchError = { code: e.code, message: `${name}: ${withoutPrefix(e)}`, path: name };
      const line = e.issues[0]?.line;
      if (line !== undefined) error.line = line;
      throw new RecordFailure(error);
    }
  });
  return { rounds };
}

function isFile(dir: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  return entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isFile() === true;
}

/** Sub-folders of a batch directory that are processes: not hidden, in natural name order. */
export function processFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isDirectory() === true)))
    .map((entry) => entry.name)
    .sort(compareNames);
}

const CHUNK = /\d+|\D+/g;

/** Natural order: runs of digits compare as numbers ("r2" < "r10"); ties fall back to code units. Deterministic, locale-free. */
export function compareNames(a: string, b: string): number {
  const x = a.match(CHUNK) ?? [];
  const y = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pd = p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57;
    const qd = q.charCodeAt(0) >= 48 && q.charCodeAt(0) <= 57;
    if (pd && qd) {
      const pn = p.replace(/^0+(?=\d)/, '');
      const qn = q.replace(/^0+(?=\d)/, '');
      if (pn.length !== qn.length) return pn.length - qn.length;
      if (pn !== qn) return pn < qn ? -1 : 1;
      continue;
    }
    return p < q ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
