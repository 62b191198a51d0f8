import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/dimensions/compile.js';
import { collectEvidence } from '../../src/dimensions/evidence.js';
import { DIMENSION_DEFS } from '../../src/dimensions/registry.js';
import { FILLERS, normalize, normalizeDetailed } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { countWords, tokenize, WORD } from '../../src/text/tokenize.js';
import { random } from '../helpers.js';

/**
 * The text layer reads by character code where it used to run RegExps, and the cue matcher
 * skips RegExps that cannot match. These tests hold each fast path to the plain definition
 * (kept here as the reference) on corpus-like text and on random strings over the characters
 * where the definitions have edges.
 */

function strings(seed: number, count: number, alphabet: readonly string[], maxPieces: number): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const pieces = Math.floor(rnd() * maxPieces);
    for (let k = 0; k < pieces; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(s);
  }
  return out;
}

const SENTENCES = [
  "Um, so I- I think we, you know, shipped it. I I led the team's migration on-call at 3 a.m. Then Dr. Smith said “ship it.”",
  'When I start, my team will move to Rust. If I join, I would set up one-on-ones! Did it work? Yes… mostly.',
  "I'm not assuming anything, but I need an answer by Friday. We cut costs 30% ($150k) in 2021, e.g. by hands-on work.",
  'what would success look like for your customers in the first 90 days and how do you measure it so i can help',
  'I mean, it worked. Like, we had, like, ten days. Erm, hmm, uh huh. MM. The the the end. U.S. teams, etc. And more.',
];

describe('tokenize by character code', () => {
  // Code units at the edges of WORD's classes, and its joiners, signs and neighbours.
  const edges = ['a', 'z', '0', '9', 'A', '_', "'", '.', ',', '-', '%', '$', '€', '£', '¥', ' ', '\n', '@', '\u00bf', '\u00c0', '\u02af', '\u02b0', '\u036f', '\u0370', '\u1fff', '\u2000', '\u2bff', '\u2c00', '\ud7ff', '\ud800', '\udc00', '\uf8ff', '\uf900', '\ufdff', '\ufe00', '\ufe6f', '\ufe70', '\ufefe', '\ufeff', '🙂'];
  const reference = (norm: string, from: number, to: number) => {
    const re = new RegExp(WORD.source, 'g');
    re.lastIndex = from;
    const out = [];
    for (let m = re.exec(norm); m !== null && m.index < to; m = re.exec(norm)) {
      const end = Math.min(m.index + m[0].length, to);
      out.push({ start: m.index, end, norm: norm.slice(m.index, end) });
    }
    return out;
  };

  it('reads the same tokens as the WORD RegExp, whole and in part', () => {
    const rnd = random(7);
    for (const text of [...SENTENCES.map(normalize), ...strings(1, 20000, edges, 12)]) {
      expect(tokenize(text)).toEqual(reference(text, 0, text.length));
      expect(countWords(text)).toBe(reference(text, 0, text.length).length);
      const from = Math.floor(rnd() * (text.length + 1));
      const to = from + Math.floor(rnd() * (text.length - from + 1));
      expect(tokenize(text, from, to)).toEqual(reference(text, from, to));
    }
  });
});

describe('normalize by character code', () => {
  const QUOTES = /[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033]/g;
  const ALL = new RegExp(FILLERS.map((f) => f.pattern.source).join('|'), 'g');
  /**
   * The definition: lower case; straight quotes; the en dash, em dash and ellipsis as U+0096,
   * U+0097 and U+0085; Unicode spaces (\s above U+00FF) as a space; then one global replace of all fillers.
   */
  const reference = (text: string) => {
    let lower = text.toLowerCase();
    if (lower.length !== text.length) lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    const quoted = lower
      .replace(QUOTES, (c) => ('\u201c\u201d\u201e\u201f\u2033'.includes(c) ? '"' : "'"))
      .replace(/\u2013/g, '\u0096')
      .replace(/\u2014/g, '\u0097')
      .replace(/\u2026/g, '\u0085')
      .replace(/(?![\x00-\xff])\s/g, ' ');
    const fillers: number[] = [];
    const norm = quoted.replace(ALL, (m: string, ...rest: unknown[]) => {
      fillers.push(rest.find((r) => typeof r === 'number') as number);
      return ' '.repeat(m.length);
    });
    return { norm, fillers };
  };
  const pieces = ['u', 'm', 'h', 'e', 'r', 'i', 'I', 'U', ' ', '  ', ',', '-', "'", '’', '‘', '“', 'you know', 'like', 'i mean', '.', '!', '?', 'a', 'an', 'the', '\n', '\u00a0', '_', '1', 'é', 'İ', 'mm', 'uhm', 'erm', 'x', '\u2014', '\u2013', '\u2026', '\u2028', '\u3000', '\u20ac', '\u{1f642}'];

  it('blanks exactly what the filler RegExp blanks, at the same offsets', () => {
    for (const text of [...SENTENCES, ...strings(2, 30000, pieces, 14)]) expect(normalizeDetailed(text)).toEqual(reference(text));
  });
});

describe('splitSentences by character code', () => {
  const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'no', 'approx', 'dept', 'u.s', 'u.k', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
  const SOMETIMES = new Set(['etc', 'a.m', 'p.m', 'am', 'pm']);
  /** The boundary rule as RegExps (long runs are not cut in these short texts). */
  const reference = (norm: string, text: string) => {
    const out: Array<{ start: number; end: number }> = [];
    const push = (start: number, end: number) => {
      while (start < end && /\s/.test(norm[start]!)) start++;
      while (end > start && /\s/.test(norm[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    };
    const re = /[.!?\u0085]+["')\]]*(?=\s|$)|\n/g; // the ellipsis is U+0085 in the normalized text
    let start = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      const end = m.index + m[0].length;
      if (m[0] === '.') {
        const word = /([a-z][a-z.]*)$/.exec(norm.slice(Math.max(start, m.index - 12), m.index))?.[1];
        if (word !== undefined) {
          if (ABBREVIATIONS.has(word) || word.length === 1) continue;
          if (SOMETIMES.has(word)) {
            const next = /\S/.exec(text.slice(end, end + 4));
            if (!next || !/[A-Z]/.test(next[0])) continue;
          }
        }
      }
      push(start, end);
      start = end;
    }
    push(start, norm.length);
    return out;
  };
  const pieces = ['a', 'e', 'g', 'i', 'p', 'm', 'etc', 'dr', 'u.s', 'e.g', 'a.m', 'pm', ' ', ' ', '.', '.', '!', '?', '…', '"', "'", ')', ']', '\n', '\u00a0', 'A', 'T', ',', 'x', '1', '\u2028', '\t'];

  it('cuts where the boundary RegExp cuts', () => {
    for (const text of [...SENTENCES, ...strings(3, 30000, pieces, 16)]) {
      const norm = normalize(text);
      expect(splitSentences(norm, text)).toEqual(reference(norm, text));
    }
  });
});

describe('cue matching with prefix filters', () => {
  const lexicon = compileLexicon(DIMENSION_DEFS);
  const plain = compileLexicon(DIMENSION_DEFS);
  const examples = DIMENSION_DEFS.flatMap((def) => def.cues.flatMap((cue) => [cue.example, ...(cue.counterExamples ?? [])]));
  const words = [...examples, ...SENTENCES].join(' ').split(/\s+/);
  const separators = [' ', ' ', ' ', ' ', '  ', ', ', '. ', '\n', ' - ', '; ', '? ', '! ', '\u00a0', ' “', '” ', ' um ', ', you know, ', ' I- I ', '…'];

  it('finds exactly what running every group at every token finds', () => {
    const rnd = random(11);
    const turnsOf = (i: number) => {
      const turns = [];
      for (let k = 0; k < 1 + (i % 3); k++) {
        let text = rnd() < 0.5 ? examples[Math.floor(rnd() * examples.length)]! : '';
        let w = Math.floor(rnd() * words.length);
        const length = Math.floor(rnd() * 30);
        for (let j = 0; j < length; j++) {
          if (rnd() < 0.3) w = Math.floor(rnd() * words.length);
          text += `${words[w++ % words.length]}${separators[Math.floor(rnd() * separators.length)]}`;
        }
        turns.push({ turn: k, text: rnd() < 0.2 ? text.toUpperCase() : text });
      }
      return turns;
    };
    // Examples first, repeated, then many turns, so that the filters (built for words seen
    // hundreds of times) are in play.
    const cases = [...examples.map((text) => [{ turn: 0, text }]), ...examples.map((text) => [{ turn: 0, text }]), ...Array.from({ length: 1500 }, (_, i) => turnsOf(i))];
    for (const turns of cases) expect(collectEvidence(turns, lexicon)).toEqual(collectEvidence(turns, plain, true));
  });

  it('keeps the alternatives that can match at a word with another key', () => {
    // Patterns whose first word runs on into a longer word that is another cue's key:
    // "the(?:n|re) x" at "then", "foo[a-z]* bar" at "food". The prefix filters must keep them.
    const cue = (id: string, pattern: string) => ({ id: `assertiveness.${id}`, polarity: 1 as const, weight: 0.5, pattern, example: pattern, source: 'test' });
    const defs = [
      {
        ...DIMENSION_DEFS[0]!,
        cues: [
          cue('runs-on', 'the(?:n|re) x|then y'),
          cue('optional', "it(?:s)? z|its w|it's v"),
          cue('class', 'foo[a-z]* bar|food baz'),
          cue('behind', '(?<!not )good idea|goods idea'),
          cue('numbers', '\\d+ percent|about \\d+ percent'),
          cue('group', '(?:the|a)(?:n|ny) q|an r|any s'),
        ],
      },
    ];
    const texts = ['then x', 'there x', 'then y', 'its z', 'it z', "it's v", 'its w', 'foods bar', 'food bar', 'food baz', 'foo bar', 'good idea', 'not good idea', 'goods idea', '30 percent', 'about 30 percent', 'an q', 'any q', 'an r', 'any s', 'then x, there x, then y.'];
    const filtered = compileLexicon(defs);
    const plain = compileLexicon(defs);
    // Enough rounds that the words pass the point where their prefix filters are built.
    for (let round = 0; round < 300; round++) {
      for (const text of texts) expect(collectEvidence([{ turn: 0, text }], filtered)).toEqual(collectEvidence([{ turn: 0, text }], plain, true));
    }
    expect(collectEvidence([{ turn: 0, text: 'then x' }], filtered).findings.map((f) => f.text)).toEqual(['then x']);
    expect(collectEvidence([{ turn: 0, text: 'food bar' }], filtered).findings.map((f) => f.text)).toEqual(['food bar']);
  });

  it('tries the next cue of the same first word when a scope silences the first that matched', () => {
    // Both cues start with "saved"; the first is silenced in the past, the second is not.
    const cue = (id: string, pattern: string, blockedBy: Array<'past' | 'negation'>) => ({ id: `examples.${id}`, polarity: 1 as const, weight: 1, pattern, example: pattern, source: 'test', blockedBy });
    const examplesDef = DIMENSION_DEFS.find((d) => d.name === 'examples')!;
    const defs = [{ ...examplesDef, cues: [cue('not-past', 'saved (?:us|them) \\$?\\d+k?', ['past']), cue('past-ok', 'saved (?:us|them)', ['negation'])] }];
    const filtered = compileLexicon(defs);
    const plain = compileLexicon(defs);
    const found = (text: string, lexicon = filtered, plainMatching = false) => collectEvidence([{ turn: 0, text }], lexicon, plainMatching).findings.map((f) => `${f.cue} ${f.text}`);
    // Past tense silences the first cue; the second still counts, with its own end.
    expect(found('Last year I saved them $40k on freight.')).toEqual(['examples.past-ok saved them']);
    expect(found('Last year I saved them $40k on freight.', plain, true)).toEqual(['examples.past-ok saved them']);
    // Not silenced: the first cue wins, as before.
    expect(found('This plan saved them $40k.')).toEqual(['examples.not-past saved them $40k']);
    // Both silenced: nothing.
    expect(found('Last year it never saved them $40k.')).toEqual([]);
  });
});
