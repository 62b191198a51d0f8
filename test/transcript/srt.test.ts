import { describe, expect, it } from 'vitest';
import { parseSrt } from '../../src/transcript/index.js';
import { errorOf } from './helpers.js';

describe('parseSrt', () => {
  it('reads numbered cues with "Name: text" and merges one speaker\'s consecutive cues', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,500\nDana: Hi.\n\n2\n00:00:03,000 --> 00:00:04,000\nSam: When I start,\n\n3\n00:00:04,000 --> 00:00:05,000\nI will listen.\n';
    expect(parseSrt(text)).toEqual({
      turns: [
        { speaker: 'Dana', text: 'Hi.', start: 1, end: 2.5 },
        { speaker: 'Sam', text: 'When I start, I will listen.', start: 3, end: 5 },
      ],
    });
  });

  it('accepts cues without a number, without spaces around the arrow, and with a dot', () => {
    const text = '00:00:01,000-->00:00:02,000\nDana: Hi.\n\n00:00:03.000 --> 00:00:04.000 X1:40 X2:600\nSam: Hello.';
    expect(parseSrt(text)).toEqual({
      turns: [
        { speaker: 'Dana', text: 'Hi.', start: 1, end: 2 },
        { speaker: 'Sam', text: 'Hello.', start: 3, end: 4 },
      ],
    });
  });

  it('removes formatting tags but keeps other angle brackets', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<font color="#fff">Sam:</font> <i>It</i> was <b>hard</b> <inaudible>.';
    expect(parseSrt(text)).toEqual({ turns: [{ speaker: 'Sam', text: 'It was hard <inaudible>.', start: 1, end: 2 }] });
  });

  it('becomes answers when no cue names a speaker', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nI led the migration\n\n2\n00:00:02,000 --> 00:00:03,000\nat Acme.\n\n3\n00:00:03,000 --> 00:00:04,000\nIt took a year.';
    expect(parseSrt(text)).toEqual({ answers: ['I led the migration at Acme.', 'It took a year.'] });
  });

  describe('errors', () => {
    it('TRANSCRIPT_PARSE names the line of a malformed cue timing', () => {
      const text = '1\n00:00:01,000 --> 00:00:04,500\nDana Lee: Thanks\n\n2\n00:00:05,000 -> 00:00:09,000\nSam Rivera: When I start\n';
      const e = errorOf(() => parseSrt(text));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 6' });
      expect(e.issues[0]!.line).toBe(6);
      expect(e.message).toBe('tone-drift: line 6: expected a cue timing like 00:00:01,000 --> 00:00:04,000, got "00:00:05,000 -> 00:00:09,000"');
    });

    it('names the line after a lone cue number, and a text block where a cue should start', () => {
      expect(errorOf(() => parseSrt('1\n00:00:01,000 --> 00:00:02,000\nSam: Hi.\n\n2')).message).toBe(
        'tone-drift: line 6: expected a cue timing like 00:00:01,000 --> 00:00:04,000, got the end of the file',
      );
      const e = errorOf(() => parseSrt('1\n00:00:01,000 --> 00:00:02,000\nSam: Hi.\n\nand a paragraph\nafter a blank line'));
      expect(e.path).toBe('line 5');
      expect(e.message).toContain('got "and a paragraph"');
    });

    it('rejects out-of-range clock values', () => {
      expect(errorOf(() => parseSrt('1\n00:00:01,000 --> 00:00:60,000\nSam: Hi.')).path).toBe('line 2');
      expect(errorOf(() => parseSrt('1\n00:61:01,000 --> 01:00:00,000\nSam: Hi.')).path).toBe('line 2');
    });

    it('TRANSCRIPT_PARSE for a cue that ends before it starts and for a missing blank line', () => {
      expect(errorOf(() => parseSrt('1\n00:00:03,000 --> 00:00:02,000\nSam: Hi.')).message).toContain('expected a cue to end after it starts');
      expect(errorOf(() => parseSrt('1\n00:00:01,000 --> 00:00:02,000\nSam: Hi.\n00:00:02,000 --> 00:00:03,000\nSam: More.')).path).toBe('line 4');
    });

    it('TRANSCRIPT_PARSE when an unnamed cue comes before the first named one', () => {
      const e = errorOf(() => parseSrt('1\n00:00:01,000 --> 00:00:02,000\nHello?\n\n2\n00:00:03,000 --> 00:00:04,000\nSam: Hi.'));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 2' });
    });

    it('TRANSCRIPT_EMPTY for an empty file or cues without text', () => {
      expect(errorOf(() => parseSrt('')).code).toBe('TRANSCRIPT_EMPTY');
      expect(errorOf(() => parseSrt('1\n00:00:01,000 --> 00:00:02,000\n<i></i>')).message).toBe('tone-drift: expected at least one turn in this SRT transcript, got none');
    });
  });
});
