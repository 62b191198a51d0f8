import type { Turn } from '../schema/input.js';

/** What a transcript file becomes: turns with speakers, or, when the file names no speakers, answers. */
export type Transcript = { turns: Turn[] } | { answers: string[] };

/** The formats `detectFormat` tells apart and `parseTranscript` reads. */
export const TRANSCRIPT_FORMATS = ['vtt', 'srt', 'otter', 'lines', 'stt-json', 'process-json'] as const;

export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];
