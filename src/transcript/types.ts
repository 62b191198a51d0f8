import type { Turn } from '../schema/input.js';
import type { SourceMap } from './source.js';

/** What a transcript file becomes: turns with speakers, or, when the file names no speakers, answers. */
export type Transcript = { turns: Turn[] } | { answers: string[] };

/** A transcript with, for each turn (or answer), where its text was in the file (see `source.ts`). */
export type TranscriptWithSource = Transcript & { source: SourceMap };

/** The formats `detectFormat` tells apart and `parseTranscript` reads. */
export const TRANSCRIPT_FORMATS = ['vtt', 'srt', 'otter', 'lines', 'stt-json', 'process-json'] as const;

export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];
