import { describe, expect, it } from 'vitest';
import { parseSttJson } from '../../src/transcript/index.js';
import { errorOf, fixture, INTERVIEW } from './helpers.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseSttJson', () => {
  it('AssemblyAI: "Speaker A", times from milliseconds', () => {
    const text = json({ utterances: [{ speaker: 'A', text: ' Hi. ', start: 1000, end: 2500 }, { speaker: 'B', text: 'Hello.', start: 3000, end: 4200 }] });
    expect(parseSttJson(text)).toEqual({
      turns: [
        { speaker: 'Speaker A', text: 'Hi.', start: 1, end: 2.5 },
        { speaker: 'Speaker B', text: 'Hello.', start: 3, end: 4.2 },
      ],
    });
  });

  it('leaves out times the service did not give', () => {
    expect(parseSttJson(json({ utterances: [{ speaker: 'A', text: 'Hi.' }, { speaker: 'B', text: 'Yo.', start: null, end: null }] }))).toEqual({
      turns: [
        { speaker: 'Speaker A', text: 'Hi.' },
        { speaker: 'Speaker B', text: 'Yo.' },
      ],
    });
  });

  it('AssemblyAI without speaker labels: the whole text as answers', () => {
    expect(parseSttJson(json({ text: 'I led it. It shipped.', utterances: null }))).toEqual({ answers: ['I led it. It shipped.'] });
  });

  it('Deepgram utterances, and paragraphs giving the same turns', () => {
    const deepgram = JSON.parse(fixture('deepgram.json')) as { results: Record<string, unknown> };
    const utterances = INTERVIEW.map((t) => ({ speaker: t.speaker === 'Dana Lee' ? 0 : 1, transcript: t.text, start: t.start, end: t.end, channel: 0, confidence: 0.9 }));
    const fromUtterances = parseSttJson(json({ results: { utterances } }));
    expect(fromUtterances).toEqual(parseSttJson(fixture('deepgram.json')));
    // With both present, the utterances are read.
    expect(parseSttJson(json({ results: { ...deepgram.results, utterances: utterances.slice(0, 1) } }))).toEqual({
      turns: [{ speaker: 'Speaker 0', text: INTERVIEW[0].text, start: 1, end: 6.5 }],
    });
  });

  it('Deepgram without diarization: the transcript as answers', () => {
    const text = json({ results: { channels: [{ alternatives: [{ transcript: 'When I start, I will listen.' }] }] } });
    expect(parseSttJson(text)).toEqual({ answers: ['When I start, I will listen.'] });
  });

  it('Rev: speaker_name when present, else "Speaker n"; words and punctuation joined; unknown elements dropped', () => {
    const text = json({
      monologues: [
        {
          speaker: 0,
          elements: [
            { type: 'text', value: 'Hi', ts: 0.5, end_ts: 0.9 },
            { type: 'punct', value: '.' },
            { type: 'punct', value: ' ' },
            { type: 'unknown', value: '<inaudible>' },
            { type: 'punct', value: ' ' },
            { type: 'text', value: 'Welcome', ts: 1.2, end_ts: 1.8 },
          ],
        },
        { speaker: 1, speaker_name: 'Sam Rivera', elements: [{ type: 'text', value: 'Thanks', ts: 2, end_ts: 2.4 }, { type: 'punct', value: '!' }] },
      ],
    });
    expect(parseSttJson(text)).toEqual({
      turns: [
        { speaker: 'Speaker 0', text: 'Hi. Welcome', start: 0.5, end: 1.8 },
        { speaker: 'Sam Rivera', text: 'Thanks!', start: 2, end: 2.4 },
      ],
    });
  });

  it('Whisper segments as answers, a bare array of segments too; WhisperX speakers as turns', () => {
    const segments = [{ start: 0, end: 2, text: ' If I were lucky enough' }, { start: 2, end: 3, text: ' to join, I would listen.' }, { start: 3, end: 4, text: ' Thanks.' }];
    const answers = { answers: ['If I were lucky enough to join, I would listen.', 'Thanks.'] };
    expect(parseSttJson(json({ segments }))).toEqual(answers);
    expect(parseSttJson(json(segments))).toEqual(answers);
    const diarized = segments.map((s, i) => ({ ...s, speaker: i < 2 ? 'SPEAKER_00' : 'SPEAKER_01' }));
    expect(parseSttJson(json({ segments: diarized }))).toEqual({
      turns: [
        { speaker: 'SPEAKER_00', text: 'If I were lucky enough to join, I would listen.', start: 0, end: 3 },
        { speaker: 'SPEAKER_01', text: 'Thanks.', start: 3, end: 4 },
      ],
    });
  });

  describe('errors', () => {
    it('TRANSCRIPT_PARSE names the line of a JSON syntax error', () => {
      const e = errorOf(() => parseSttJson('{\n  "utterances": [\n    { "speaker": "A", "text": "Hi" }\n    { "speaker": "B", "text": "Yo" }\n  ]\n}'));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'line 4' });
      expect(e.issues[0]!.line).toBe(4);
      expect(e.message).toBe('tone-drift: line 4: expected "," or "]" in JSON, got "{"');
    });

    it('TRANSCRIPT_PARSE names the value of a wrong shape', () => {
      const e = errorOf(() => parseSttJson(json({ utterances: [{ speaker: 'A', text: 'Hi' }, { speaker: 'B', text: 42 }] })));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'utterances[1].text' });
      expect(e.message).toBe('tone-drift: utterances[1].text: expected a string, got number');
      expect(errorOf(() => parseSttJson(json({ monologues: [{ speaker: 0 }] }))).path).toBe('monologues[0].elements');
      expect(errorOf(() => parseSttJson(json({ results: { channels: [{ alternatives: [{ paragraphs: { paragraphs: [{ speaker: 0, sentences: 'x' }] } }] }] } }))).path).toBe(
        'results.channels[0].alternatives[0].paragraphs.paragraphs[0].sentences',
      );
    });

    it('TRANSCRIPT_PARSE when some pieces have a speaker and others do not', () => {
      const e = errorOf(() => parseSttJson(json({ utterances: [{ speaker: 'A', text: 'Hi' }, { speaker: null, text: 'Yo' }] })));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: 'utterances[1].speaker' });
    });

    it('TRANSCRIPT_FORMAT for JSON from an unknown service', () => {
      const e = errorOf(() => parseSttJson(json({ transcript: 'hi', words: [] })));
      expect(e).toMatchObject({ code: 'TRANSCRIPT_FORMAT', path: '' });
      expect(e.message).toContain('got an object with "transcript", "words"');
      expect(errorOf(() => parseSttJson('42')).message).toBe('tone-drift: expected a speech-to-text JSON object, got number');
    });

    it('TRANSCRIPT_EMPTY for output with nothing said', () => {
      expect(errorOf(() => parseSttJson(json({ utterances: [] }))).code).toBe('TRANSCRIPT_EMPTY');
      expect(errorOf(() => parseSttJson(json({ segments: [{ start: 0, end: 1, text: '  ' }] }))).code).toBe('TRANSCRIPT_EMPTY');
      expect(errorOf(() => parseSttJson(json({ results: { channels: [] } }))).code).toBe('TRANSCRIPT_EMPTY');
    });
  });
});
