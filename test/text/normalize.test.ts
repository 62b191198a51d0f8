import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { FILLERS } from '../../src/text/normalize.js';

describe('normalize', () => {
  it('keeps the length, so offsets carry over', () => {
    for (const s of ['Hello “World” it’s', 'İstanbul İ', 'Um, I- I think, you know, fine', '🙂 ok', 'STRASSE ß']) {
      expect(normalize(s)).toHaveLength(s.length);
    }
  });

  it('lower-cases and straightens quotes', () => {
    expect(normalize('It’s “Done”')).toBe('it\'s "done"');
  });

  it('gives one-byte stand-ins for dashes, the ellipsis and Unicode spaces, and leaves other wide characters', () => {
    expect(normalize('Fine\u2014really\u2013ok\u2026 yes\u3000no')).toBe('fine\u0097really\u0096ok\u0085 yes no');
    expect(normalize('It\u2019s \u20ac5 \u{1f642}')).toBe("it's \u20ac5 \u{1f642}");
  });

  it.each(FILLERS.map((f) => [f.id, f.example]))('%s blanks the filler in its example', (_id, example) => {
    const out = normalize(example);
    expect(out).not.toBe(example.toLowerCase());
    expect(out.trim().length).toBeLessThan(example.trim().length + 1);
  });

  it('blanks fillers and false starts so cue patterns read through them', () => {
    expect(normalize('When I, um, start').replace(/\s+/g, ' ')).toBe('when i, start');
    expect(normalize('I- I think so').replace(/\s+/g, ' ').trim()).toBe('i think so');
    expect(normalize('I I think so').replace(/\s+/g, ' ').trim()).toBe('i think so');
  });

  it('reads fillers of several words through any white space between them', () => {
    expect(normalize('It was,  you\tknow, hard.').replace(/\s+/g, ' ')).toBe('it was hard.');
    expect(normalize('Fine.  I  mean, it worked.').replace(/\s+/g, ' ')).toBe('fine. it worked.');
    // A sentence end typed without its space still ends the sentence before "I mean,".
    expect(normalize('Right?I mean, it worked.').replace(/\s+/g, ' ')).toBe('right? it worked.');
    expect(normalize('Then I mean, what I said.').replace(/\s+/g, ' ')).toBe('then i mean, what i said.');
  });

  it('leaves words that only look like fillers', () => {
    expect(normalize('I like the umbrella team')).toBe('i like the umbrella team');
    expect(normalize('You know the product well')).toBe('you know the product well');
  });
});
