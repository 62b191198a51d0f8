import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from '../../src/index.js';
import { countWords } from '../../src/text/tokenize.js';

const words = (text: string) => tokenize(normalize(text)).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('keeps contractions, numbers, currency, percentages and acronyms whole', () => {
    expect(words("I don't know, it's $150k or 30% — the U.S. team, 3.5 FTEs, 1,000 users")).toEqual([
      'I', "don't", 'know', "it's", '$150k', 'or', '30%', 'the', 'U.S', 'team', '3.5', 'FTEs', '1,000', 'users',
    ]);
  });

  it('reads curly apostrophes as part of the word', () => {
    expect(words('I’m sure we’ll')).toEqual(['I’m', 'sure', 'we’ll']);
  });

  it('gives offsets that slice the original text', () => {
    const text = 'Um, “Résumé” — naïve café 🙂 ok';
    for (const t of tokenize(normalize(text))) expect(normalize(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('counts words the same way it tokenizes', () => {
    const norm = normalize('One two, three. Four? 🙂 five-six');
    expect(countWords(norm)).toBe(tokenize(norm).length);
  });

  it('finds no words in punctuation, emoji or control characters', () => {
    expect(tokenize(normalize('!!! ?? 🙂🙂 \u0000\u0007 \u200b'))).toEqual([]);
  });
});
