import { describe, expect, it } from 'vitest';
import { analyze, ToneDriftError, type Process } from '../src/index.js';

function errorOf(input: unknown, options?: unknown): ToneDriftError {
  try {
    analyze(input as Process, options as never);
  } catch (e) {
    if (e instanceof ToneDriftError) return e;
    throw e;
  }
  throw new Error('expected analyze to throw');
}

const sam = (text: unknown) => ({ speaker: 'Sam', text });

describe('input errors', () => {
  it('NO_ROUNDS for an empty or missing rounds array', () => {
    expect(errorOf({ rounds: [] })).toMatchObject({ code: 'NO_ROUNDS', path: 'rounds' });
    expect(errorOf({})).toMatchObject({ code: 'NO_ROUNDS' });
  });

  it('ROUND_TURNS_XOR_ANSWERS for a round with neither or both', () => {
    const neither = errorOf({ rounds: [{ answers: ['hi'] }, { label: 'Onsite' }] });
    expect(neither).toMatchObject({ code: 'ROUND_TURNS_XOR_ANSWERS', path: 'rounds[1]' });
    expect(neither.message).toContain('got neither');
    const both = errorOf({ rounds: [{ answers: ['a'], turns: [sam('b')] }] });
    expect(both.message).toContain('got both');
  });

  it('INVALID_TEXT names the path and the type it got', () => {
    const e = errorOf({ rounds: [{ answers: ['ok'] }, { answers: ['ok'] }, { turns: [sam('a'), sam('b'), sam('c'), sam('d'), sam('e'), sam(42)] }] });
    expect(e.code).toBe('INVALID_TEXT');
    expect(e.path).toBe('rounds[2].turns[5].text');
    expect(e.message).toBe('tone-drift: rounds[2].turns[5].text: expected a string, got number');
  });

  it('INVALID_TEXT for a missing text and for a non-string answer', () => {
    expect(errorOf({ rounds: [{ turns: [{ speaker: 'Sam' }] }] })).toMatchObject({ code: 'INVALID_TEXT', path: 'rounds[0].turns[0].text' });
    expect(errorOf({ rounds: [{ answers: [null] }] })).toMatchObject({ code: 'INVALID_TEXT', path: 'rounds[0].answers[0]' });
  });

  it('lists every problem and counts the rest in the message', () => {
    const e = errorOf({ rounds: [{ answers: [1, 2] }] });
    expect(e.issues).toHaveLength(2);
    expect(e.message).toContain('(and 1 more)');
  });

  it('CANDIDATE_NOT_FOUND when the named candidate never speaks', () => {
    const e = errorOf({ candidate: 'Alex', rounds: [{ turns: [sam('hello'), { speaker: 'Dana', text: 'hi' }] }] });
    expect(e.code).toBe('CANDIDATE_NOT_FOUND');
    expect(e.message).toContain('"Alex"');
    expect(e.message).toContain('"Sam"');
  });

  it('CANDIDATE_SILENT for a round where the candidate says nothing', () => {
    const e = errorOf({
      candidate: 'Sam',
      rounds: [{ turns: [sam('I led it.')] }, { label: 'Onsite', turns: [{ speaker: 'Dana', text: 'Anyone there?' }] }],
    });
    expect(e).toMatchObject({ code: 'CANDIDATE_SILENT', path: 'rounds[1].turns' });
    expect(e.message).toContain('Onsite');
    expect(errorOf({ rounds: [{ answers: [] }] })).toMatchObject({ code: 'CANDIDATE_SILENT', path: 'rounds[0].answers' });
    expect(errorOf({ rounds: [{ turns: [] }] })).toMatchObject({ code: 'CANDIDATE_SILENT' });
  });

  it('INVALID_OPTIONS for unknown or mistyped options', () => {
    expect(errorOf({ rounds: [{ answers: ['x'] }] }, { candidat: 'Sam' })).toMatchObject({ code: 'INVALID_OPTIONS' });
    expect(errorOf({ rounds: [{ answers: ['x'] }] }, { candidate: 3 })).toMatchObject({ code: 'INVALID_OPTIONS', path: 'candidate' });
  });

  it('INVALID_INPUT for other schema violations, such as a non-object', () => {
    expect(errorOf(null).code).toBe('INVALID_INPUT');
    expect(errorOf({ rounds: [{ turns: [{ speaker: 1, text: 'x' }] }] })).toMatchObject({ code: 'INVALID_INPUT', path: 'rounds[0].turns[0].speaker' });
    expect(errorOf({ rounds: [{ id: 'a', answers: ['x'] }, { id: 'a', answers: ['y'] }] })).toMatchObject({ code: 'INVALID_INPUT', path: 'rounds[1].id' });
  });

  it('valid but odd text never throws', () => {
    const odd = ['', '   ', '🙂🚀', 'Я руководил командой.', '我领导了迁移。', 'a\u0000b\u0007c', 'x'.repeat(200_000), '\u200b\u200f', '!!!???...', 'İSTANBUL İ'];
    const report = analyze({ rounds: [{ answers: odd }] });
    expect(report.rounds[0]!.stats.candidateTurns).toBe(odd.length);
  });
});

describe('input size limits', () => {
  it('INPUT_TOO_LARGE names the text, its size, the limit and the option', () => {
    const e = errorOf({ rounds: [{ answers: ['ok'] }, { turns: [{ speaker: 'Sam', text: 'x'.repeat(11) }] }] }, { limits: { maxTurnChars: 10 } });
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', path: 'rounds[1].turns[0].text' });
    expect(e.message).toBe('tone-drift: rounds[1].turns[0].text: the text is 11 characters, over the limit of 10 (options.limits.maxTurnChars)');
  });

  it('checks rounds and the whole process too', () => {
    expect(errorOf({ rounds: [{ answers: ['aaaa', 'bbbb'] }] }, { limits: { maxRoundChars: 7 } })).toMatchObject({ code: 'INPUT_TOO_LARGE', path: 'rounds[0]' });
    expect(errorOf({ rounds: [{ answers: ['aaaa'] }, { answers: ['bbbb'] }] }, { limits: { maxProcessChars: 7 } })).toMatchObject({ code: 'INPUT_TOO_LARGE', path: 'rounds' });
  });

  it('the defaults let a 1 MB turn through', () => {
    const text = 'alpha beta gamma delta epsilon '.repeat(32_258); // 999,998 characters
    expect(text.length).toBeLessThanOrEqual(1_000_000);
    expect(analyze({ rounds: [{ answers: [text] }] }).rounds[0]!.stats.words).toBe(5 * 32_258);
  });
});
