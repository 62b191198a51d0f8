import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { joinFragments } from '../../src/transcript/joinFragments.js';
import { mergeTurns } from '../../src/transcript/mergeTurns.js';
import { locate, parseTranscript, type SourceMap, type SourceSegment, type TranscriptWithSource } from '../../src/transcript/index.js';
import { fixture } from './helpers.js';

const FIXTURES = ['zoom.vtt', 'teams.vtt', 'meet.vtt', 'interview.srt', 'otter.txt', 'lines.txt', 'assemblyai.json', 'deepgram.json', 'rev.json', 'whisper.json'];
/** Fixtures whose turn texts are copies of stretches of the file (no escapes, entities or per-word JSON). */
const VERBATIM = FIXTURES.filter((f) => f !== 'rev.json' && f !== 'teams.vtt');

const PRESUMPTIVE = "When I start, I'll set up one-on-ones with my team.";

/** The file's lines as the parsers count them: a byte-order mark dropped, \r\n, \r and \n each ending a line. */
const linesOf = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
const textsOf = (t: TranscriptWithSource): string[] => ('turns' in t ? t.turns.map((x) => x.text) : t.answers);
/** The file's text from a position on. */
const at = (lines: readonly string[], p: { line: number; column: number } | undefined): string =>
  p ? lines[p.line - 1]!.slice(p.column - 1) : expect.fail('expected a position');

const parsed = (file: string) => parseTranscript(fixture(file), { fileName: file, sourceMap: true });

/** The segment that holds `offset` and where the next one starts. */
function segmentOf(segments: readonly SourceSegment[], offset: number, length: number): { s: SourceSegment; end: number } {
  let i = 0;
  while (i + 1 < segments.length && segments[i + 1]!.at <= offset) i++;
  return { s: segments[i]!, end: segments[i + 1]?.at ?? length };
}

describe('source maps: the bundled fixtures', () => {
  for (const file of VERBATIM) {
    it(`${file}: "When I start" maps to the line and column where the file says it`, () => {
      const t = parsed(file);
      const texts = textsOf(t);
      const turn = texts.findIndex((x) => x.includes(PRESUMPTIVE));
      expect(turn).toBeGreaterThanOrEqual(0);
      const p = locate(t.source, turn, texts[turn]!.indexOf('When I start'));
      expect(at(linesOf(fixture(file)), p).startsWith(PRESUMPTIVE)).toBe(true);
    });
  }

  it('teams.vtt: "When I start" maps verbatim; the decoded &#39; maps to its "&"', () => {
    const t = parsed('teams.vtt');
    const lines = linesOf(fixture('teams.vtt'));
    const text = textsOf(t)[3]!;
    expect(at(lines, locate(t.source, 3, text.indexOf('When I start')))).toMatch(/^When I start, I&#39;ll set up/);
    expect(at(lines, locate(t.source, 3, text.indexOf("'ll")))).toMatch(/^&#39;ll set up/);
    expect(at(lines, locate(t.source, 3, text.indexOf('ll set up')))).toMatch(/^ll set up/);
  });

  it('rev.json: each word maps to its element value', () => {
    const t = parsed('rev.json');
    const lines = linesOf(fixture('rev.json'));
    const text = textsOf(t)[3]!;
    const offset = text.indexOf('When I start');
    expect(at(lines, locate(t.source, 3, offset))).toMatch(/^When", "ts": 22/);
    expect(at(lines, locate(t.source, 3, offset + 'When I '.length))).toMatch(/^start"/);
    expect(at(lines, locate(t.source, 3, text.indexOf('one-on-ones')))).toMatch(/^one-on-ones"/);
  });

  for (const file of FIXTURES) {
    it(`${file}: every character maps into the file, verbatim where the segment says so`, () => {
      const t = parsed(file);
      const lines = linesOf(fixture(file));
      textsOf(t).forEach((text, turn) => {
        const segments = t.source[turn]!;
        expect(segments[0]?.at).toBe(0);
        segments.forEach((s, i) => {
          if (i > 0) expect(s.at).toBeGreaterThan(segments[i - 1]!.at);
          expect(s.line).toBeGreaterThanOrEqual(1);
          expect(s.column).toBeGreaterThanOrEqual(1);
        });
        for (let offset = 0; offset < text.length; offset++) {
          const { s, end } = segmentOf(segments, offset, text.length);
          const p = locate(t.source, turn, offset)!;
          const got = lines[p.line - 1]![p.column - 1];
          // The space between two joined pieces maps to just past the earlier piece.
          const separator = offset === end - 1 && text[offset] === ' ' && (got === undefined || got !== ' ');
          if (s.verbatim && !separator) expect(got, `${file} turn ${turn} offset ${offset}`).toBe(text[offset]);
          else if (s.verbatim) expect(p, `${file} turn ${turn} offset ${offset}`).toEqual({ line: locate(t.source, turn, offset - 1)!.line, column: locate(t.source, turn, offset - 1)!.column + 1 });
          else expect(got, `${file} turn ${turn} offset ${offset}`).toMatch(/[&\\\s]/);
        }
      });
    });
  }

  it('gives a merged turn one segment per piece (cue, line or fragment)', () => {
    expect(parsed('zoom.vtt').source[1]).toEqual([
      { at: 0, line: 9, column: 13, verbatim: true },
      { at: 'Sure. At Acme I led a team of five engineers in R&D, '.length, line: 13, column: 13, verbatim: true },
    ]);
    expect(parsed('lines.txt').source[3]!.map((s) => [s.line, s.column])).toEqual([
      [8, 24],
      [9, 24],
    ]);
    expect(parsed('otter.txt').source[3]!.map((s) => [s.line, s.column])).toEqual([
      [11, 1],
      [12, 1],
    ]);
    expect(parsed('whisper.json').source[1]!.map((s) => [s.line, s.column])).toEqual([
      [16, 17],
      [25, 17],
    ]);
    expect(parsed('deepgram.json').source[1]!.map((s) => [s.line, s.column])).toEqual([
      [45, 32],
      [58, 32],
    ]);
  });

  it('maps text around a removed tag exactly (SRT <i>five</i>)', () => {
    const t = parsed('interview.srt');
    const lines = linesOf(fixture('interview.srt'));
    const text = textsOf(t)[1]!;
    expect(at(lines, locate(t.source, 1, text.indexOf('five')))).toMatch(/^five<\/i> engineers/);
    expect(at(lines, locate(t.source, 1, text.indexOf(' engineers')))).toMatch(/^ engineers in R&D,/);
  });

  it('maps text after a decoded reference exactly (WebVTT R&amp;D)', () => {
    const t = parsed('meet.vtt');
    const lines = linesOf(fixture('meet.vtt'));
    const text = textsOf(t)[1]!;
    expect(at(lines, locate(t.source, 1, text.indexOf('&D')))).toMatch(/^&amp;D/);
    expect(at(lines, locate(t.source, 1, text.indexOf('D, and')))).toMatch(/^D, and we cut/);
  });

  it('locates every finding of analyze() at its text in the file', () => {
    for (const file of VERBATIM) {
      const t = parsed(file);
      const lines = linesOf(fixture(file));
      const round = 'turns' in t ? { turns: t.turns } : { answers: t.answers };
      const report = analyze({ candidate: 'turns' in t ? t.turns[1]!.speaker : undefined, rounds: [round] });
      const findings = report.rounds[0]!.findings;
      expect(findings.length, file).toBeGreaterThan(0);
      for (const f of findings) {
        const texts = textsOf(t);
        const { s, end } = segmentOf(t.source[f.turn]!, f.start, texts[f.turn]!.length);
        if (f.end > end) continue; // the finding crosses two pieces of the file
        expect(s.verbatim).toBe(true);
        expect(at(lines, locate(t.source, f.turn, f.start)).slice(0, f.text.length), `${file} ${f.cue}`).toBe(f.text);
      }
    }
  });
});

describe('source maps: positions per format', () => {
  it('"Name: text" lines: after the name and any time stamp, on continuation lines too, with CRLF and a BOM', () => {
    const text = '\uFEFFDana Lee: Hi there.\r\n[00:00:03] Sam Rivera:   When I start,\r\n  [00:00:05] I will lead.\r\n';
    const t = parseTranscript(text, { format: 'lines', sourceMap: true });
    expect(t.source).toEqual([
      [{ at: 0, line: 1, column: 11, verbatim: true }],
      [
        { at: 0, line: 2, column: 26, verbatim: true },
        { at: 'When I start, '.length, line: 3, column: 14, verbatim: true },
      ],
    ]);
    expect(locate(t.source, 1, 'When I start, I will'.length)).toEqual({ line: 3, column: 20 });
  });

  it('Otter: the paragraph lines under each header, trimmed', () => {
    const t = parseTranscript('Dana Lee  0:01\n  Hello.\n\nSam Rivera  0:04\nOne.\nTwo.\n', { format: 'otter', sourceMap: true });
    expect(t.source).toEqual([
      [{ at: 0, line: 2, column: 3, verbatim: true }],
      [
        { at: 0, line: 5, column: 1, verbatim: true },
        { at: 5, line: 6, column: 1, verbatim: true },
      ],
    ]);
  });

  it('WebVTT: voice spans, two voices in one cue, and cues that become answers', () => {
    const voiced = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Dana>Ready?</v>\n<v Sam><b>Yes</b>, I am.</v>\n';
    const t = parseTranscript(voiced, { sourceMap: true });
    expect(t.source).toEqual([
      [{ at: 0, line: 4, column: 9, verbatim: true }],
      [
        { at: 0, line: 5, column: 11, verbatim: true },
        { at: 3, line: 5, column: 18, verbatim: true },
      ],
    ]);
    const answers = parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nI led the team\n\n00:02.000 --> 00:03.000\nat Acme.\n', { sourceMap: true });
    expect(answers).toMatchObject({ answers: ['I led the team at Acme.'] });
    expect(answers.source).toEqual([
      [
        { at: 0, line: 4, column: 1, verbatim: true },
        { at: 15, line: 7, column: 1, verbatim: true },
      ],
    ]);
  });

  it('WebVTT: a cue spread over lines gets one segment per line', () => {
    const t = parsed('teams.vtt');
    expect(t.source[1]!.map((s) => s.line)).toEqual([9, 9, 9, 10]);
  });

  it('SRT: a "Name: " prefix, a cue spread over lines, and {\\an8} tags', () => {
    const t = parseTranscript('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Sam: I can\nstart Monday.\n', { format: 'srt', sourceMap: true });
    expect(t).toMatchObject({ turns: [{ speaker: 'Sam', text: 'I can start Monday.' }] });
    expect(t.source).toEqual([
      [
        { at: 0, line: 3, column: 12, verbatim: true },
        { at: 6, line: 4, column: 1, verbatim: true },
      ],
    ]);
  });

  it('speech-to-text JSON: escapes map to their backslash, the text after them exactly', () => {
    const text = '{"utterances": [\n  {"speaker": "A", "text": "  Caf\\u00e9 \\"plans\\":\\nwhen I start"}\n]}';
    const t = parseTranscript(text, { sourceMap: true });
    const turn = 'turns' in t ? t.turns[0]!.text : expect.fail('expected turns');
    expect(turn).toBe('Café "plans": when I start');
    const lines = linesOf(text);
    expect(at(lines, locate(t.source, 0, 0))).toMatch(/^Caf\\u00e9/);
    expect(at(lines, locate(t.source, 0, 3))).toMatch(/^\\u00e9/);
    expect(at(lines, locate(t.source, 0, turn.indexOf('plans')))).toMatch(/^plans\\"/);
    expect(at(lines, locate(t.source, 0, turn.indexOf(' when')))).toMatch(/^\\n/);
    expect(at(lines, locate(t.source, 0, turn.indexOf('when I start')))).toMatch(/^when I start"/);
  });

  it('speech-to-text JSON: AssemblyAI without speakers, Deepgram utterances and transcripts, a bare Whisper array', () => {
    const assembly = parseTranscript('{"utterances": null,\n "text": "I led it. It worked."}', { sourceMap: true });
    expect(assembly.source).toEqual([[{ at: 0, line: 2, column: 11, verbatim: true }]]);
    const utterances = parseTranscript(
      '{"results": {"utterances": [\n{"speaker": 0, "transcript": "Hi."},\n{"speaker": 1, "transcript": "Hello."}]}}',
      { sourceMap: true },
    );
    expect(utterances.source).toEqual([[{ at: 0, line: 2, column: 31, verbatim: true }], [{ at: 0, line: 3, column: 31, verbatim: true }]]);
    const transcript = parseTranscript('{"results": {"channels": [{"alternatives": [{"transcript": "I led it."}]}]}}', { sourceMap: true });
    expect(transcript.source).toEqual([[{ at: 0, line: 1, column: 61, verbatim: true }]]);
    const bare = parseTranscript('[{"start": 0, "end": 1, "text": " I led it."}]', { format: 'stt-json', sourceMap: true });
    expect(bare.source).toEqual([[{ at: 0, line: 1, column: 35, verbatim: true }]]);
  });

  it('speech-to-text JSON: a BOM, CRLF line ends and an escaped key', () => {
    const text = '\uFEFF{"utter\\u0061nces": [\r\n{"speaker": "A", "text": "Hi."},\r\n{"speaker": "B", "text": "When I start."}]}';
    const t = parseTranscript(text, { sourceMap: true });
    expect(t).toMatchObject({ turns: [{ speaker: 'Speaker A' }, { speaker: 'Speaker B', text: 'When I start.' }] });
    expect(t.source).toEqual([[{ at: 0, line: 2, column: 27, verbatim: true }], [{ at: 0, line: 3, column: 27, verbatim: true }]]);
    expect(at(linesOf(text), locate(t.source, 1, 0))).toBe('When I start."}]}');
  });

  it("tone-drift's own round JSON: turns, answers and bare arrays", () => {
    const turns = parseTranscript('{"label": "x", "turns": [\n  {"speaker": "Sam", "text": "When I start."}\n]}', { sourceMap: true });
    expect(turns.source).toEqual([[{ at: 0, line: 2, column: 31, verbatim: true }]]);
    const answers = parseTranscript('{"answers": ["One.",\n "Two."]}', { sourceMap: true });
    expect(answers.source).toEqual([[{ at: 0, line: 1, column: 15, verbatim: true }], [{ at: 0, line: 2, column: 3, verbatim: true }]]);
    const bare = parseTranscript('["One."]', { format: 'process-json', sourceMap: true });
    expect(bare.source).toEqual([[{ at: 0, line: 1, column: 3, verbatim: true }]]);
  });

  it('leaves the transcript as it was, and adds `source` only when asked', () => {
    for (const file of FIXTURES) {
      const plain = parseTranscript(fixture(file), { fileName: file });
      const { source, ...rest } = parsed(file);
      expect(rest, file).toEqual(plain);
      expect('source' in plain, file).toBe(false);
      expect(source.length, file).toBe(textsOf({ ...rest, source }).length);
    }
  });

  it('keeps the string helpers as they were', () => {
    expect(mergeTurns([{ speaker: 'A', text: 'x', start: 1 }, { speaker: 'A', text: 'y', end: 2 }, { speaker: 'B', text: '' }])).toEqual([
      { speaker: 'A', text: 'x y', start: 1, end: 2 },
    ]);
    expect(joinFragments([' I led ', '', 'it.', 'Then more.'])).toEqual(['I led it.', 'Then more.']);
  });
});

describe('locate', () => {
  const source: SourceMap = [
    [
      { at: 0, line: 3, column: 5, verbatim: true },
      { at: 4, line: 3, column: 14, verbatim: false },
      { at: 5, line: 4, column: 1, verbatim: true },
    ],
    [],
  ];

  it('adds the offset inside a verbatim segment and maps a non-verbatim one to its start', () => {
    expect(locate(source, 0, 0)).toEqual({ line: 3, column: 5 });
    expect(locate(source, 0, 3)).toEqual({ line: 3, column: 8 });
    expect(locate(source, 0, 4)).toEqual({ line: 3, column: 14 });
    expect(locate(source, 0, 7)).toEqual({ line: 4, column: 3 });
  });

  it('is undefined for a turn it does not know, a negative or fractional offset, or a turn without segments', () => {
    expect(locate(source, 2, 0)).toBeUndefined();
    expect(locate(source, -1, 0)).toBeUndefined();
    expect(locate(source, 0, -1)).toBeUndefined();
    expect(locate(source, 0, 1.5)).toBeUndefined();
    expect(locate(source, 1, 0)).toBeUndefined();
    expect(locate([[{ at: 2, line: 1, column: 1, verbatim: true }]], 0, 1)).toBeUndefined();
  });
});
