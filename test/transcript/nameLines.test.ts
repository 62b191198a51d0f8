import { describe, expect, it } from 'vitest';
import { parseNameLines } from '../../src/transcript/index.js';
import { errorOf } from './helpers.js';

describe('parseNameLines', () => {
  it('reads "Name: text" lines into turns', () => {
    expect(parseNameLines('Dana Lee: Tell me about you.\nSam Rivera: I led a team at Acme.')).toEqual({
      turns: [
        { speaker: 'Dana Lee', text: 'Tell me about you.' },
        { speaker: 'Sam Rivera', text: 'I led a team at Acme.' },
      ],
    });
  });

  it('keeps upper-case names as written', () => {
    expect(parseNameLines('DANA LEE: Hi.\nSAM: Hello.')).toEqual({
      turns: [
        { speaker: 'DANA LEE', text: 'Hi.' },
        { speaker: 'SAM', text: 'Hello.' },
      ],
    });
  });

  it('takes start times from "[hh:mm:ss] Name:", "Name (mm:ss):" and "Name [h:mm:ss]:"', () => {
    const { turns } = parseNameLines('[00:01:02] Dana: One.\nSam (01:05): Two.\nDana [1:00:03.5]: Three.\n00:02 Sam: Four.') as { turns: unknown[] };
    expect(turns).toEqual([
      { speaker: 'Dana', text: 'One.', start: 62 },
      { speaker: 'Sam', text: 'Two.', start: 65 },
      { speaker: 'Dana', text: 'Three.', start: 3603.5 },
      { speaker: 'Sam', text: 'Four.', start: 2 },
    ]);
  });

  it('joins continuation lines to the turn before, with one space, and ignores blank lines', () => {
    const text = 'Dana Lee:   Tell me\n   about you.  \n\n\nSam Rivera:\n  I led a team\r\nat Acme.\n';
    expect(parseNameLines(text)).toEqual({
      turns: [
        { speaker: 'Dana Lee', text: 'Tell me about you.' },
        { speaker: 'Sam Rivera', text: 'I led a team at Acme.' },
      ],
    });
  });

  it('merges consecutive lines of one speaker into one turn', () => {
    expect(parseNameLines('Sam: When I start, I will listen.\nSam: Then I will plan.\nDana: OK.')).toEqual({
      turns: [
        { speaker: 'Sam', text: 'When I start, I will listen. Then I will plan.' },
        { speaker: 'Dana', text: 'OK.' },
      ],
    });
  });

  it('reads a sentence with a colon as text, not as a new speaker', () => {
    const text = 'Sam: I had a plan.\nSo my plan: ship it.\nAt 10:30 we met: all of us.\nthe answer: yes.';
    expect(parseNameLines(text)).toEqual({ turns: [{ speaker: 'Sam', text: 'I had a plan. So my plan: ship it. At 10:30 we met: all of us. the answer: yes.' }] });
  });

  it('accepts names with digits, particles, hyphens, apostrophes and titles', () => {
    const names = ['Speaker 2', 'Ludwig van Beethoven', "Siobhán O'Brien-Ní", 'Dr. Dana Lee', 'Interviewer', 'Q'];
    const { turns } = parseNameLines(names.map((n, i) => `${n}: line ${i}.`).join('\n')) as { turns: Array<{ speaker: string }> };
    expect(turns.map((t) => t.speaker)).toEqual(names);
  });

  it('accepts any display name that starts two or more lines', () => {
    const text = 'dana: Hi.\nSam (he/him): Hello.\ndana: Ready?\nSam (he/him): Yes.\nmy plan: ship it.';
    expect(parseNameLines(text)).toEqual({
      turns: [
        { speaker: 'dana', text: 'Hi.' },
        { speaker: 'Sam (he/him)', text: 'Hello.' },
        { speaker: 'dana', text: 'Ready?' },
        { speaker: 'Sam (he/him)', text: 'Yes. my plan: ship it.' },
      ],
    });
  });

  it('keeps a colon inside the text after the name', () => {
    expect(parseNameLines('Sam: My plan: listen first.')).toEqual({ turns: [{ speaker: 'Sam', text: 'My plan: listen first.' }] });
  });

  it('TRANSCRIPT_PARSE names the first line when it names no speaker', () => {
    const e = errorOf(() => parseNameLines('\n\nInterview notes, March 3\nDana: Hi.'));
    expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 3' });
    expect(e.issues[0]!.line).toBe(3);
    expect(e.message).toBe('tone-drift: line 3: expected a line that names its speaker, like "Dana Lee: text", got "Interview notes, March 3"');
  });

  it('TRANSCRIPT_EMPTY for blank input or speakers who say nothing', () => {
    expect(errorOf(() => parseNameLines('')).code).toBe('TRANSCRIPT_EMPTY');
    expect(errorOf(() => parseNameLines(' \n\n')).code).toBe('TRANSCRIPT_EMPTY');
    expect(errorOf(() => parseNameLines('Dana:\nSam:   ')).code).toBe('TRANSCRIPT_EMPTY');
  });
});
