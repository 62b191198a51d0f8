import { ToneDriftError } from '../errors.js';
import type { Process, Round } from '../schema/input.js';
import { parseTranscript } from '../transcript/detect.js';
import { locate } from '../transcript/source.js';
import { parseJsonText } from './readProcess.js';

export interface InputFile {
  /** The name shown in messages ("-" is shown as "stdin"). */
  name: string;
  text: string;
}

const baseName = (name: string): string => name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** Gives every error from one file that file's name (and line) in its path. */
function inFile<T>(file: InputFile, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ToneDriftError) {
      const issues = e.issues.map((i) => ({ ...i, path: i.path.startsWith(file.name) ? i.path : i.path ? `${file.name}:${i.path.replace(/^line /, '')}` : file.name }));
      throw new ToneDriftError(issues);
    }
    throw e;
  }
}

/** Where each round came from: its file, and how to find a turn's text offset in that file. */
export interface RoundSource {
  uri: string;
  locate?: (turn: number, offset: number) => { line: number; column: number } | undefined;
}

/**
 * Builds a process from the command line's files: one JSON process file, or one round per file
 * in the order given (any transcript format `parseTranscript` reads), labeled by `labels` or
 * by the file names. `sources` has one entry per round.
 */
export function processFromFiles(files: readonly InputFile[], labels: readonly string[] = []): { process: Process; sources: RoundSource[] } {
  if (labels.length > files.length) {
    throw new ToneDriftError([{ code: 'USAGE', path: '--labels', message: `${labels.length} labels for ${files.length} file(s)` }]);
  }
  if (files.length === 1 && /^\s*\{/.test(files[0]!.text)) {
    const file = files[0]!;
    const value = inFile(file, () => parseJsonText(file.text, file.name));
    if (value !== null && typeof value === 'object' && 'rounds' in value) {
      const parsed = value as Process;
      const process = labels.length && Array.isArray(parsed.rounds) ? { ...parsed, rounds: parsed.rounds.map((r, i) => (labels[i] ? { ...r, label: labels[i] } : r)) } : parsed;
      const count = Array.isArray(parsed.rounds) ? parsed.rounds.length : 0;
      return { process, sources: Array.from({ length: count }, () => ({ uri: file.name })) };
    }
  }
  const sources: RoundSource[] = [];
  const rounds = files.map((file, i): Round => {
    const { source, ...transcript } = inFile(file, () => parseTranscript(file.text, { fileName: file.name, sourceMap: true }));
    sources.push({ uri: file.name, locate: (turn, offset) => locate(source, turn, offset) });
    return { label: labels[i] ?? (file.name === 'stdin' ? `round ${i + 1}` : baseName(file.name)), ...transcript };
  });
  return { process: { rounds }, sources };
}
