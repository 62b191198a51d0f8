import { describe, expect, it } from 'vitest';
import { parseWebVtt } from '../../src/transcript/index.js';
import { errorOf } from './helpers.js';

const vtt = (...cues: string[]) => `WEBVTT\n\n${cues.join('\n\n')}\n`;

describe('parseWebVtt', () => {
  it('reads Teams voice spans, with or without the closing tag and with classes', () => {
    const text = vtt('00:00:01.000 --> 00:00:02.000\n<v Dana Lee>Hi.</v>', '00:00:03.000 --> 00:00:04.000\n<v.loud Sam Rivera>Hello', '00:00:05.000 --> 00:00:06.000\n<v Dana Lee>Bye.');
    expect(parseWebVtt(text)).toEqual({
      turns: [
        { speaker: 'Dana Lee', text: 'Hi.', start: 1, end: 2 },
        { speaker: 'Sam Rivera', text: 'Hello', start: 3, end: 4 },
        { speaker: 'Dana Lee', text: 'Bye.', start: 5, end: 6 },
      ],
    });
  });

  it('splits a cue that holds two voices', () => {
    const text = vtt('00:00:01.000 --> 00:00:03.000\n<v Dana>Ready?</v>\n<v Sam>Yes.</v>');
    expect(parseWebVtt(text)).toEqual({
      turns: [
        { speaker: 'Dana', text: 'Ready?', start: 1, end: 3 },
        { speaker: 'Sam', text: 'Yes.', start: 1, end: 3 },
      ],
    });
  });

  it('removes other tags and decodes character references', () => {
    const text = vtt('00:00:01.000 --> 00:00:02.000\n<v Sam><i>R&amp;D</i> &lt;3 &quot;ok&quot; &#39;x&#x27; <c.yellow>it&apos;s</c> <00:00:01.500>done &bogus; a&b</v>');
    expect(parseWebVtt(text)).toEqual({ turns: [{ speaker: 'Sam', text: `R&D <3 "ok" 'x' it's done &bogus; a&b`, start: 1, end: 2 }] });
  });

  it('keeps an empty voice unnamed and leaves out-of-range references alone', () => {
    expect(parseWebVtt(vtt('00:00:01.000 --> 00:00:02.000\n<v>Hello &#0; &#x110000;</v>'))).toEqual({ answers: ['Hello &#0; &#x110000;'] });
  });

  it('skips the header, NOTE, STYLE and REGION blocks, cue ids and cue settings', () => {
    const text = [
      'WEBVTT - interview',
      'Kind: captions',
      '',
      'NOTE a comment',
      'that spans lines',
      '',
      'REGION',
      'id:fred width:40%',
      '',
      'cue-1',
      '00:00:01.000 --> 00:00:02.000 align:start line:0%',
      'Sam: Hi.',
    ].join('\n');
    expect(parseWebVtt(text)).toEqual({ turns: [{ speaker: 'Sam', text: 'Hi.', start: 1, end: 2 }] });
  });

  it('reads hours past 99 and times without hours', () => {
    const text = vtt('59:59.999 --> 60:00.000\nDana: Late.', '100:00:01.250 --> 100:00:02.000\nSam: Later.');
    expect(parseWebVtt(text)).toEqual({
      turns: [
        { speaker: 'Dana', text: 'Late.', start: 3599.999, end: 3600 },
        { speaker: 'Sam', text: 'Later.', start: 360001.25, end: 360002 },
      ],
    });
  });

  it('reads Zoom display names that do not look like names when they recur', () => {
    const text = vtt('1\n00:00:01.000 --> 00:00:02.000\ndana.lee@acme.com: Hi.', '2\n00:00:03.000 --> 00:00:04.000\nsam: Hello.', '3\n00:00:05.000 --> 00:00:06.000\ndana.lee@acme.com: Bye.', '4\n00:00:07.000 --> 00:00:08.000\nsam: Bye now.');
    const result = parseWebVtt(text) as { turns: Array<{ speaker: string }> };
    expect(result.turns.map((t) => t.speaker)).toEqual(['dana.lee@acme.com', 'sam', 'dana.lee@acme.com', 'sam']);
  });

  it('becomes answers when no cue names a speaker, joining a sentence split over cues', () => {
    const text = vtt('00:00:01.000 --> 00:00:02.000\nIf I were lucky enough', '00:00:02.000 --> 00:00:03.000\nto join, I would listen.', '00:00:04.000 --> 00:00:05.000\nThanks.');
    expect(parseWebVtt(text)).toEqual({ answers: ['If I were lucky enough to join, I would listen.', 'Thanks.'] });
  });

  it('reads CRLF files with a byte-order mark', () => {
    const text = '\ufeffWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nSam: Hi\r\nthere.\r\n';
    expect(parseWebVtt(text)).toEqual({ turns: [{ speaker: 'Sam', text: 'Hi there.', start: 1, end: 2 }] });
  });

  describe('errors', () => {
    it('TRANSCRIPT_PARSE at line 1 without the WEBVTT header', () => {
      const e = errorOf(() => parseWebVtt('00:00:01.000 --> 00:00:02.000\nSam: Hi.'));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 1' });
      expect(e.message).toBe('tone-drift: line 1: expected "WEBVTT" on the first line of a WebVTT file, got "00:00:01.000 --> 00:00:02.000"');
      expect(errorOf(() => parseWebVtt('WEBVTTX\n')).path).toBe('line 1');
      expect(errorOf(() => parseWebVtt('')).message).toContain('got a blank line');
    });

    it('TRANSCRIPT_PARSE names the line of a malformed cue timing', () => {
      const text = vtt('00:00:01.000 --> 00:00:02.000\nDana: Hi.', '00:00:05.000 -> 00:00:09.000\nSam: Yo.', '00:00:09.000 --> 00:00:12.000\nSam: More.');
      const e = errorOf(() => parseWebVtt(text));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 6' });
      expect(e.issues[0]).toMatchObject({ line: 6 });
      expect(e.message).toBe('tone-drift: line 6: expected a cue timing like 00:00:01.000 --> 00:00:04.000, got "00:00:05.000 -> 00:00:09.000"');
    });

    it('blames the timing line, not the cue id, when the timing after an id is bad', () => {
      const text = vtt('cue-1\n00:00:01.000 --> 00:00:02.000\nDana: Hi.', 'cue-2\n00:00:05 --> 00:00:61.000\nSam: Yo.');
      expect(errorOf(() => parseWebVtt(text)).path).toBe('line 8');
    });

    it('blames a lone text line where a cue should start', () => {
      const text = vtt('00:00:01.000 --> 00:00:02.000\nDana: Hi.', 'and a stray line');
      const e = errorOf(() => parseWebVtt(text));
      expect(e.path).toBe('line 6');
      expect(e.message).toContain('got "and a stray line"');
    });

    it('TRANSCRIPT_PARSE for a cue that ends before it starts', () => {
      const e = errorOf(() => parseWebVtt(vtt('00:00:05.000 --> 00:00:04.000\nSam: Hi.')));
      expect(e.path).toBe('line 3');
      expect(e.message).toContain('expected a cue to end after it starts, got 00:00:05.000 --> 00:00:04.000');
    });

    it('TRANSCRIPT_PARSE for a missing blank line between cues', () => {
      const e = errorOf(() => parseWebVtt(vtt('00:00:01.000 --> 00:00:02.000\nSam: Hi.\n00:00:02.000 --> 00:00:03.000\nSam: Again.')));
      expect(e.path).toBe('line 5');
      expect(e.message).toContain('expected a blank line before the next cue timing');
    });

    it('TRANSCRIPT_PARSE when a cue before the first named one has no speaker', () => {
      const e = errorOf(() => parseWebVtt(vtt('00:00:01.000 --> 00:00:02.000\nHello?', '00:00:03.000 --> 00:00:04.000\nSam: Hi.')));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 3' });
      expect(e.message).toContain('expected the first cue to name its speaker');
    });

    it('TRANSCRIPT_EMPTY for a file without cues or with empty cues', () => {
      expect(errorOf(() => parseWebVtt('WEBVTT\n\nNOTE nothing here\n')).code).toBe('TRANSCRIPT_EMPTY');
      expect(errorOf(() => parseWebVtt(vtt('00:00:01.000 --> 00:00:02.000'))).code).toBe('TRANSCRIPT_EMPTY');
      expect(errorOf(() => parseWebVtt('WEBVTT')).message).toBe('tone-drift: expected at least one turn in this WebVTT transcript, got none');
    });
  });
});
