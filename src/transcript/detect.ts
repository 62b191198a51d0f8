import { messages } from '../messages.js';
import { parseCueTiming } from './clock.js';
import { formatError } from './fail.js';
import { isBlank, splitLines, stripBom } from './lines.js';
import { traceNameLines } from './nameLines.js';
import { otterHeader, traceOtter } from './otter.js';
import { traceRoundJson } from './roundJson.js';
import { traceSrt } from './srt.js';
import { traceSttJson } from './sttJson.js';
import { sourceOf, untrace, type TracedTranscript } from './tracedTranscript.js';
import { TRANSCRIPT_FORMATS, type Transcript, type TranscriptFormat, type TranscriptWithSource } from './types.js';
import { traceWebVtt } from './webvtt.js';

/**
 * Tells a transcript's format from its file name and content. A `.vtt` or `.srt` extension
 * decides; for `.json` the content tells speech-to-text JSON from tone-drift's own round or
 * process JSON; otherwise (`.txt`, no name) the content decides: a `WEBVTT` header, JSON, SRT
 * cue timings, an Otter speaker header, and "Name: text" lines when nothing else fits.
 */
export function detectFormat(text: string, fileName?: string): TranscriptFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'vtt' || ext === 'webvtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  const body = stripBom(text).trimStart();
  if (ext === 'json' || body.startsWith('{')) return jsonKind(tryJson(body));
  // "[00:00:01] Dana Lee: …" starts with a bracket too, so only JSON that parses counts.
  if (body.startsWith('[')) {
    const value = tryJson(body);
    if (value !== undefined) return jsonKind(value);
  }
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(body)) return 'vtt';
  const lines = splitLines(body);
  const first = lines.findIndex((l) => !isBlank(l));
  const timing = lines.slice(first, first + 2).find((l) => parseCueTiming(l) !== undefined);
  if (timing !== undefined) return /-->\s*[\d:]+,/.test(timing) ? 'srt' : 'vtt';
  if (first >= 0 && otterHeader(lines, first)) return 'otter';
  return 'lines';
}

function tryJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Our own round or process JSON, or a speech-to-text service's. Unparsable JSON goes to the latter, which names the bad line. */
function jsonKind(value: unknown): 'process-json' | 'stt-json' {
  if (Array.isArray(value)) {
    const head: unknown = value[0];
    return typeof head === 'string' || (head !== null && typeof head === 'object' && 'speaker' in head) ? 'process-json' : 'stt-json';
  }
  if (value !== null && typeof value === 'object' && ('rounds' in value || 'turns' in value || 'answers' in value)) return 'process-json';
  return 'stt-json';
}

export interface ParseTranscriptOptions {
  /** The file's name; its extension helps tell the format. */
  fileName?: string;
  /** Skip detection and read the text as this format. */
  format?: TranscriptFormat;
  /**
   * Also return `source`: for each turn (or answer), where its text was in the file, by line and
   * column (see `source.ts` and `locate`).
   */
  sourceMap?: boolean;
}

/** Each format's parser; `trace` asks it to record where each piece of text was in the file. */
const PARSERS: Record<TranscriptFormat, (text: string, trace: boolean) => TracedTranscript> = {
  vtt: traceWebVtt,
  srt: traceSrt,
  otter: traceOtter,
  lines: traceNameLines,
  'stt-json': traceSttJson,
  'process-json': traceRoundJson,
};

/**
 * Reads one round's transcript in any supported format into `{ turns }` or `{ answers }`. With
 * `sourceMap: true` the result also has `source`, one list of segments per turn (or answer):
 * `locate(result.source, turn, offset)` gives a finding's line and column in the file.
 */
export function parseTranscript(text: string, options: ParseTranscriptOptions & { sourceMap: true }): TranscriptWithSource;
export function parseTranscript(text: string, options?: ParseTranscriptOptions): Transcript;
export function parseTranscript(text: string, options: ParseTranscriptOptions = {}): Transcript | TranscriptWithSource {
  const format = options.format ?? detectFormat(text, options.fileName);
  const parse = Object.hasOwn(PARSERS, format) ? PARSERS[format] : undefined;
  if (!parse) throw formatError(messages.transcriptFormat(String(format), TRANSCRIPT_FORMATS));
  const traced = parse(text, options.sourceMap === true);
  const transcript = untrace(traced);
  return options.sourceMap === true ? { ...transcript, source: sourceOf(traced) } : transcript;
}
