export { detectFormat, parseTranscript, type ParseTranscriptOptions } from './detect.js';
export { parseNameLines } from './nameLines.js';
export { parseOtter } from './otter.js';
export { parseSrt } from './srt.js';
export { parseSttJson } from './sttJson.js';
export { parseRoundJson } from './roundJson.js';
export { parseWebVtt } from './webvtt.js';
export { locate, type SourceMap, type SourcePosition, type SourceSegment } from './source.js';
export { TRANSCRIPT_FORMATS, type Transcript, type TranscriptFormat, type TranscriptWithSource } from './types.js';
