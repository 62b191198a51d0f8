import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRoundJson, parseTranscript, TRANSCRIPT_FORMATS, type TranscriptFormat } from '../../src/transcript/index.js';
import { errorOf, fixture } from './helpers.js';

describe('parseTranscript', () => {
  it('reads the text as the given format, skipping detection', () => {
    expect(parseTranscript('Dana Lee  0:03\nHi.', { format: 'otter' })).toEqual({ turns: [{ speaker: 'Dana Lee', text: 'Hi.', start: 3 }] });
    expect(errorOf(() => parseTranscript('Dana Lee  0:03\nHi.', { format: 'lines' }))).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 1' });
  });

  it('the format option wins over the file name', () => {
    const e = errorOf(() => parseTranscript(fixture('zoom.vtt'), { fileName: 'zoom.vtt', format: 'srt' }));
    expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 1' });
  });

  it('TRANSCRIPT_FORMAT for an unknown format', () => {
    const e = errorOf(() => parseTranscript('x', { format: 'docx' as TranscriptFormat }));
    expect(e).toMatchObject({ code: 'TRANSCRIPT_FORMAT', path: '' });
    expect(e.message).toBe(`tone-drift: expected a transcript format of ${TRANSCRIPT_FORMATS.map((f) => `"${f}"`).join(', ')}, got "docx"`);
    expect(errorOf(() => parseTranscript('x', { format: 'toString' as TranscriptFormat })).code).toBe('TRANSCRIPT_FORMAT');
  });

  it('a .vtt file without its header fails at line 1', () => {
    expect(errorOf(() => parseTranscript('Dana: hi', { fileName: 'a.vtt' }))).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 1' });
  });

  it('a .json file with a syntax error fails at its line', () => {
    expect(errorOf(() => parseTranscript('{\n"utterances": [\n}', { fileName: 'a.json' }))).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 3' });
  });
});

describe('tone-drift JSON (process-json)', () => {
  const turns = [
    { speaker: 'Dana', text: 'Hi.' },
    { speaker: 'Sam', text: 'I led it.', start: 2 },
  ];

  it('reads a round with turns or answers, and bare arrays of either', () => {
    expect(parseTranscript(JSON.stringify({ label: 'Phone', turns }))).toEqual({ turns });
    expect(parseTranscript(JSON.stringify({ answers: ['I led it.'] }))).toEqual({ answers: ['I led it.'] });
    expect(parseTranscript(JSON.stringify(turns))).toEqual({ turns });
    expect(parseRoundJson('["I led it.", "It shipped."]')).toEqual({ answers: ['I led it.', 'It shipped.'] });
  });

  it('TRANSCRIPT_FORMAT for a whole process, which goes to analyze() as it is', () => {
    const e = errorOf(() => parseTranscript(JSON.stringify({ rounds: [{ answers: ['a'] }, { answers: ['b'] }] }), { fileName: 'process.json' }));
    expect(e).toMatchObject({ code: 'TRANSCRIPT_FORMAT', path: '' });
    expect(e.message).toBe("tone-drift: expected one round's transcript, got a whole interview process with 2 rounds; pass it to analyze() as it is");
  });

  it('TRANSCRIPT_FORMAT for a round with both or neither of turns and answers, or a non-object', () => {
    expect(errorOf(() => parseRoundJson('{"turns": [], "answers": []}')).message).toContain('got both');
    expect(errorOf(() => parseRoundJson('{"label": "x"}')).message).toContain('got neither');
    expect(errorOf(() => parseRoundJson('"hello"')).message).toBe('tone-drift: expected a round with "turns" or "answers", got string');
  });

  it('TRANSCRIPT_PARSE names the bad value', () => {
    const e = errorOf(() => parseRoundJson(JSON.stringify({ turns: [{ speaker: 'Dana', text: 'Hi' }, { speaker: 'Sam', text: 7 }] })));
    expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'turns[1].text' });
    expect(e.message).toBe('tone-drift: turns[1].text: expected a string, got number');
    expect(errorOf(() => parseRoundJson('[{"speaker": "Sam"}]')).path).toBe('[0].text');
    expect(errorOf(() => parseRoundJson('{"answers": ["a", 1]}')).path).toBe('answers[1]');
  });

  it('TRANSCRIPT_EMPTY for empty turns or answers', () => {
    expect(errorOf(() => parseRoundJson('{"turns": []}')).code).toBe('TRANSCRIPT_EMPTY');
    expect(errorOf(() => parseRoundJson('[]')).code).toBe('TRANSCRIPT_EMPTY');
  });
});

describe('browser safety', () => {
  it('src/transcript imports nothing from Node', () => {
    const dir = fileURLToPath(new URL('../../src/transcript/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(dir + file, 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) expect(spec.startsWith('.') || spec === 'zod/mini', `${file} imports ${spec}`).toBe(true);
      expect(source, file).not.toMatch(/\b(?:require|process\.|Buffer\b|__dirname)/);
    }
  });
});
