import { describe, expect, it } from 'vitest';
import { parseOtter } from '../../src/transcript/index.js';
import { errorOf } from './helpers.js';

describe('parseOtter', () => {
  it('reads speaker headers with m:ss and h:mm:ss times, and multi-line paragraphs', () => {
    const text = 'Speaker 1  0:03\nTell me about you.\n\nSam Rivera  1:02:03\nI led a team.\nIt shipped.\n';
    expect(parseOtter(text)).toEqual({
      turns: [
        { speaker: 'Speaker 1', text: 'Tell me about you.', start: 3 },
        { speaker: 'Sam Rivera', text: 'I led a team. It shipped.', start: 3723 },
      ],
    });
  });

  it('does not take a sentence that ends in a time for a header', () => {
    const text = 'Dana Lee  0:03\nWhen did you meet?\n\nSam Rivera  0:07\nWe met at\n3:30\nand talked.';
    const result = parseOtter(text);
    expect(result).toEqual({
      turns: [
        { speaker: 'Dana Lee', text: 'When did you meet?', start: 3 },
        { speaker: 'Sam Rivera', text: 'We met at 3:30 and talked.', start: 7 },
      ],
    });
  });

  it('merges consecutive paragraphs of one speaker and skips the Otter footer', () => {
    const text = 'Sam  0:01\nOne.\n\nSam  0:05\nTwo.\n\nTranscribed by https://otter.ai\n';
    expect(parseOtter(text)).toEqual({ turns: [{ speaker: 'Sam', text: 'One. Two.', start: 1 }] });
  });

  it('TRANSCRIPT_PARSE when text comes before the first speaker header', () => {
    const e = errorOf(() => parseOtter('\nInterview with Sam\nDana Lee  0:03\nHi.'));
    expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 2' });
    expect(e.message).toBe('tone-drift: line 2: expected a line that names its speaker, like "Dana Lee  0:03", got "Interview with Sam"');
  });

  it('TRANSCRIPT_EMPTY for an empty export', () => {
    expect(errorOf(() => parseOtter('\n\nTranscribed by https://otter.ai\n')).code).toBe('TRANSCRIPT_EMPTY');
  });
});
