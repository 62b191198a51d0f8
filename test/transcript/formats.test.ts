import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { detectFormat, parseTranscript, type Transcript, type TranscriptFormat } from '../../src/transcript/index.js';
import { fixture, INTERVIEW } from './helpers.js';

const texts = INTERVIEW.map((t) => t.text);
const alternate = (a: string, b: string) => INTERVIEW.map((t) => (t.speaker === 'Dana Lee' ? a : b));

/** Every fixture: its format, the speakers it names, and which times it carries. */
const FIXTURES: Array<{ file: string; format: TranscriptFormat; speakers: string[] | null; times: 'start-end' | 'start' }> = [
  { file: 'zoom.vtt', format: 'vtt', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start-end' },
  { file: 'teams.vtt', format: 'vtt', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start-end' },
  { file: 'meet.vtt', format: 'vtt', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start-end' },
  { file: 'interview.srt', format: 'srt', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start-end' },
  { file: 'otter.txt', format: 'otter', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start' },
  { file: 'lines.txt', format: 'lines', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start' },
  { file: 'assemblyai.json', format: 'stt-json', speakers: alternate('Speaker A', 'Speaker B'), times: 'start-end' },
  { file: 'deepgram.json', format: 'stt-json', speakers: alternate('Speaker 0', 'Speaker 1'), times: 'start-end' },
  { file: 'rev.json', format: 'stt-json', speakers: alternate('Dana Lee', 'Sam Rivera'), times: 'start-end' },
  { file: 'whisper.json', format: 'stt-json', speakers: null, times: 'start-end' },
];

const turnsOf = (t: Transcript) => ('turns' in t ? t.turns : expect.fail('expected turns'));

describe('one interview in every format', () => {
  it('has a fixture for every file in the fixtures folder', () => {
    const dir = fileURLToPath(new URL('../fixtures/transcripts/', import.meta.url));
    const files = readdirSync(dir).filter((f) => !f.endsWith('.md'));
    expect(files.sort()).toEqual(FIXTURES.map((f) => f.file).sort());
  });

  for (const { file, speakers, times } of FIXTURES) {
    it(`${file} yields the same ${speakers ? 'speakers, texts' : 'texts'}${times === 'start-end' && speakers ? ' and times' : ''}`, () => {
      const transcript = parseTranscript(fixture(file), { fileName: file });
      if (speakers === null) {
        expect(transcript).toEqual({ answers: texts });
        return;
      }
      const turns = turnsOf(transcript);
      expect(turns.map((t) => t.text)).toEqual(texts);
      expect(turns.map((t) => t.speaker)).toEqual(speakers);
      expect(turns.map((t) => t.start)).toEqual(INTERVIEW.map((t) => t.start));
      expect(turns.map((t) => t.end)).toEqual(times === 'start-end' ? INTERVIEW.map((t) => t.end) : INTERVIEW.map(() => undefined));
    });
  }

  it('keeps the presumptive line intact, character for character', () => {
    for (const { file } of FIXTURES) {
      const t = parseTranscript(fixture(file), { fileName: file });
      const all = 'turns' in t ? t.turns.map((x) => x.text) : t.answers;
      expect(all.some((x) => x.startsWith("When I start, I'll set up one-on-ones with my team.")), file).toBe(true);
    }
  });

  it('feeds analyze(): the candidate is found and "When I start, I\'ll" fires a presumption cue', () => {
    const round = turnsOf(parseTranscript(fixture('zoom.vtt'), { fileName: 'zoom.vtt' }));
    const report = analyze({ candidate: 'Sam Rivera', rounds: [{ turns: round }] });
    expect(report.rounds[0]!.stats.candidateTurns).toBe(3);
    const presumption = report.rounds[0]!.findings.filter((f) => f.dimension === 'presumption');
    expect(presumption.some((f) => f.turn === 3 && round[3]!.text.slice(f.start, f.end) === f.text)).toBe(true);
  });
});

describe('format detection', () => {
  for (const { file, format } of FIXTURES) {
    it(`${file}: ${format} from its name and from its content alone`, () => {
      const text = fixture(file);
      expect(detectFormat(text, file)).toBe(format);
      expect(detectFormat(text)).toBe(format);
      expect(detectFormat(text, 'export.txt')).toBe(format);
      expect(parseTranscript(text)).toEqual(parseTranscript(text, { fileName: file }));
    });
  }

  it('lets the extension decide for .vtt and .srt, whatever the content', () => {
    expect(detectFormat('Dana Lee: hi', 'call.vtt')).toBe('vtt');
    expect(detectFormat('Dana Lee: hi', 'CALL.SRT')).toBe('srt');
    expect(detectFormat('Dana Lee: hi', 'call.webvtt')).toBe('vtt');
  });

  it('tells tone-drift JSON from speech-to-text JSON', () => {
    expect(detectFormat('{"rounds": []}')).toBe('process-json');
    expect(detectFormat('{"turns": [{"speaker": "Sam", "text": "hi"}]}')).toBe('process-json');
    expect(detectFormat('["I led it."]')).toBe('process-json');
    expect(detectFormat('[{"speaker": "Sam", "text": "hi"}]')).toBe('process-json');
    expect(detectFormat('[{"start": 0, "end": 1, "text": "hi"}]')).toBe('stt-json');
    expect(detectFormat('{"utterances": []}', 'x.json')).toBe('stt-json');
    expect(detectFormat('{ not json', 'x.json')).toBe('stt-json');
  });

  it('reads "[00:00:01] Name: text" as lines, not as a JSON array', () => {
    expect(detectFormat('[00:00:01] Dana Lee: Hello.\n[00:00:04] Sam Rivera: Hi.')).toBe('lines');
  });

  it('tells SRT from WebVTT without a header by the millisecond separator', () => {
    expect(detectFormat('00:00:01,000 --> 00:00:02,000\nhi')).toBe('srt');
    expect(detectFormat('00:00:01.000 --> 00:00:02.000\nhi')).toBe('vtt');
    expect(detectFormat('\ufeff1\n00:00:01,000 --> 00:00:02,000\nhi')).toBe('srt');
  });

  it('falls back to "Name: text" lines for empty or plain text', () => {
    expect(detectFormat('')).toBe('lines');
    expect(detectFormat('Sam: I led it.', 'notes.md')).toBe('lines');
  });
});
