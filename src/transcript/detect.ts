import { messages } from '../messages.js';
import { parseCueTiming } from './clock.js';
import { formatError } from './fail.js';
import { isBlank, splitLines, stripBom } from './lines.js';
import { parseNameLines } from './nameLines.js';
import { otterHeader, parseOtter } from './otter.js';
import { parseRoundJson } from './roundJson.js';
import { parseSrt } from './srt.js';
import { parseSttJson } from './sttJson.js';
import { TRANSCRIPT_FORMATS, type Transcript, type TranscriptFormat } from './types.js';
import { parseWebVtt } from './webvtt.js';

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
}

const PARSERS: Record<TranscriptFormat, (text: string) => Transcript> = {
  vtt: parseWebVtt,
  srt: parseSrt,
  otter: parseOtter,
  lines: parseNameLines,
  'stt-json': parseSttJson,
  'process-json': parseRoundJson,
};

/** Reads one round's transcript in any supported format into `{ turns }` or `{ answers }`. */
export function parseTranscript(text: string, options: ParseTranscriptOptions = {}): Transcript {
  const format = options.format ?? detectFormat(text, options.fileName);
  const parse = Object.hasOwn(PARSERS, format) ? PARSERS[format] : undefined;
  if (!parse) throw formatError(messages.transcriptFormat(String(format), TRANSCRIPT_FORMATS));
  return parse(text);
}
