import { describe, expect, it } from 'vitest';
import { DIMENSION_DEFS, SCOPES } from '../src/index.js';
import { askedCues } from '../src/dimensions/asked.js';
import { checkEnds, compileLexicon, firstKeys, toSource } from '../src/dimensions/compile.js';
import { cuesOf } from './helpers.js';

const cues = DIMENSION_DEFS.flatMap((def) => def.cues.map((cue) => ({ def, cue })));

describe('toSource', () => {
  it('reads a space as a run of white space, and inside a character class as one white-space character', () => {
    expect(toSource("told [a-z' -]{1,30}? no")).toBe("told\\s+[a-z'\\s-]{1,30}?\\s+no");
    expect(new RegExp(toSource('told [a-z -]{1,9} no')).test('told them+ no')).toBe(false);
    expect(toSource('a\\[ b\\] c')).toBe('a\\[\\s+b\\]\\s+c');
  });

  it('reads an optional space (" ?") as any run of white space or none', () => {
    expect(toSource('pay ?cheques?')).toBe('pay\\s*cheques?');
    const re = new RegExp(`^(?:${toSource('\\d{1,3} ?(?:%|percent) hike')})$`);
    for (const text of ['10% hike', '10 % hike', '10  percent hike']) expect(re.test(text)).toBe(true);
    expect(toSource('a\\? b')).toBe('a\\?\\s+b');
  });
});

describe('cue tables', () => {
  it('ids are unique and prefixed with their dimension', () => {
    const ids = cues.map(({ cue }) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { def, cue } of cues) expect(cue.id.startsWith(`${def.name}.`)).toBe(true);
  });

  it('every cue has a positive weight, a source and a capture-free pattern', () => {
    for (const { cue } of cues) {
      expect(cue.weight, cue.id).toBeGreaterThan(0);
      expect(cue.source.length, cue.id).toBeGreaterThan(0);
      expect(new RegExp(`${cue.pattern}|`).exec('')!.length, `${cue.id} must not capture`).toBe(1);
    }
  });

  it('no group that ends in a space is followed by a space (its words could then only match with two spaces between them)', () => {
    for (const { cue } of cues) expect(cue.pattern.match(/ \)[)?*+{}0-9,]*(?= )/g), cue.id).toBeNull();
  });

  it('no pattern holds a control character (a word boundary written with one backslash in a string is a backspace, which never matches)', () => {
    for (const { cue } of cues) expect(/[\u0000-\u001f\u007f]/.test(cue.pattern), cue.id).toBe(false);
  });

  it('no pattern holds a doubled backslash (a word boundary written with four backslashes in a string matches a backslash and a "b")', () => {
    for (const { cue } of cues) {
      expect(/\\\\/.test(cue.pattern), cue.id).toBe(false);
      if (cue.askedBy !== undefined) expect(/\\\\/.test(cue.askedBy), cue.id).toBe(false);
    }
  });

  it('yieldsTo names other cues of the same dimension only', () => {
    for (const { def, cue } of cues) {
      for (const id of cue.yieldsTo ?? []) {
        expect(id, cue.id).not.toBe(cue.id);
        expect(def.cues.some((other) => other.id === id), `${cue.id} yields to ${id}`).toBe(true);
      }
    }
  });

  it.each(cues.filter(({ cue }) => cue.askedBy !== undefined).map(({ cue }) => [cue.id, cue]))('%s holds for an answer to its asked example, and only to a question', (_id, cue) => {
    expect(cue.askedExample, `${cue.id} needs an askedExample`).toMatch(/\?$/);
    const { asked } = compileLexicon(DIMENSION_DEFS);
    expect(askedCues(cue.askedExample!, asked!).has(cue.id)).toBe(true);
    // The same words, said and not asked, raise nothing.
    expect(askedCues(cue.askedExample!.replace(/\?$/, '.'), asked!).has(cue.id)).toBe(false);
    expect(new RegExp(`${cue.askedBy}|`).exec('')!.length, `${cue.id} askedBy must not capture`).toBe(1);
  });

  it('names only known scopes in blockedBy and requires', () => {
    const known = new Set<string>(SCOPES);
    for (const { cue } of cues) for (const scope of [...(cue.blockedBy ?? []), ...(cue.requires ?? [])]) expect(known.has(scope), `${cue.id}: ${scope}`).toBe(true);
  });

  it.each(cues.map(({ cue }) => [cue.id, cue]))('%s fires on its example', (_id, cue) => {
    expect(cuesOf(cue.example)).toContain(cue.id);
  });

  it.each(cues.filter(({ cue }) => cue.counterExamples).map(({ cue }) => [cue.id, cue]))('%s stays silent on its counter-examples', (_id, cue) => {
    for (const text of cue.counterExamples!) expect(cuesOf(text), text).not.toContain(cue.id);
  });

  it('indexes patterns by their first word and rejects patterns it cannot index', () => {
    expect(firstKeys("(?:when|once) i start")).toEqual(['when', 'once']);
    expect(firstKeys("i(?:'m| am) sure")).toEqual(['i']);
    expect(firstKeys('(?<!what )kind of')).toEqual(['kind']);
    expect(firstKeys('\\d+ ?%')).toEqual(['#num']);
    expect(() => firstKeys('(?:just )?send me')).toThrow(/first group must be required/);
    expect(() => firstKeys('.*offer')).toThrow(/literal word/);
    // A token is looked up by its whole first word: a first word that runs on is never reached.
    expect(() => firstKeys('subsidi[sz]e for me')).toThrow(/runs on/);
    expect(() => firstKeys('pay ?cheques?')).toThrow(/runs on/);
    expect(firstKeys('bought[a-z ]{0,30}near')).toEqual(['bought']);
    expect(firstKeys("job(?:'s| is) mine")).toEqual(['job']);
    expect(() => checkEnds('my team |our team')).toThrow(/ends in a space/);
    expect(() => checkEnds('i (?:am |was )?sure|my team')).not.toThrow();
    expect(() => checkEnds("i'd move our (?!own)[a-z]|my team")).toThrow(/one-character word/);
    expect(() => checkEnds('leave by (?:[0-9]|noon)|leave by [0-9]')).toThrow(/one-character word/);
    expect(() => checkEnds("i'd move our (?!own)[a-z-]+|leave by [0-9]+")).not.toThrow();
    expect(() => checkEnds('a competing offer at [$£€]?\\d|my team')).toThrow(/one-character word/);
    expect(() => checkEnds('a competing offer at [$£€]?\\d+k?\\b|a \\\\d')).not.toThrow();
    expect(() => compileLexicon(DIMENSION_DEFS)).not.toThrow();
  });
});
