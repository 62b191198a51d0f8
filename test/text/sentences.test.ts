import { describe, expect, it } from 'vitest';
import { normalize, splitSentences } from '../../src/index.js';

const split = (text: string) => splitSentences(normalize(text), text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at . ! ? and line breaks, trimming white space', () => {
    expect(split('I led it. We shipped!  Did it work?\nYes')).toEqual(['I led it.', 'We shipped!', 'Did it work?', 'Yes']);
  });

  it('splits after an ellipsis character as after three dots', () => {
    expect(split('I led it\u2026 We shipped it\u2019s fine.')).toEqual(['I led it\u2026', 'We shipped it\u2019s fine.']);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(split('I worked with Dr. Smith at Acme Inc. in the U.S. on v2.5 of the app. Then J. R. joined.')).toEqual([
      'I worked with Dr. Smith at Acme Inc. in the U.S. on v2.5 of the app.',
      'Then J. R. joined.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('She said “ship it.” So we did.')).toEqual(['She said “ship it.”', 'So we did.']);
  });

  it('ends a sentence after etc. or p.m. only before a capital', () => {
    expect(split('We had tests, docs, etc. and it worked.')).toHaveLength(1);
    expect(split('We met at 5 p.m. Then we shipped.')).toHaveLength(2);
  });

  it('cuts long unpunctuated speech-to-text runs at discourse markers', () => {
    const run =
      'so i was at acme for three years and i led the platform team there we had about forty services running on old vms ' +
      'so i pushed for kubernetes and we migrated everything in six months but the hard part was getting the other teams on board ' +
      'because nobody wanted to change their deploy scripts and then we built a small tool that did it for them';
    const pieces = split(run);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(run);
    for (const p of pieces) expect(p.split(/\s+/).length).toBeGreaterThanOrEqual(8);
  });

  it('returns nothing for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split('  \n ')).toEqual([]);
  });
});
