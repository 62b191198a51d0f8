import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, normalize } from '../../src/index.js';
import { compactOffset, compactView, readingOf, spanInText, textOffset } from '../../src/text/compact.js';
import { CONTRACTIONS, missingApostrophes } from '../../src/text/contractions.js';

/** The text as cue patterns read it. */
const view = (text: string): string => readingOf(normalize(text), text).norm;

describe('contractions typed without their apostrophe', () => {
  it('has unique ids, and every rule repairs its example', () => {
    expect(new Set(CONTRACTIONS.map((r) => r.id)).size).toBe(CONTRACTIONS.length);
    for (const rule of CONTRACTIONS) {
      const bare = rule.spelled.replace("'", '');
      expect(rule.example, rule.id).toMatch(new RegExp(`\\b${bare}\\b`));
      expect(view(rule.example), rule.id).toContain(rule.spelled);
      expect(view(rule.example).replace(rule.spelled, bare), rule.id).toBe(normalize(rule.example));
    }
  });

  it('leaves each counter-example alone', () => {
    const guarded = CONTRACTIONS.filter((r) => r.counterExample !== undefined);
    expect(guarded.map((r) => r.id).sort()).toEqual(['contraction.id', 'contraction.ill', 'contraction.lets']);
    for (const rule of guarded) {
      expect(missingApostrophes(normalize(rule.counterExample!), rule.counterExample!), rule.id).toEqual([]);
      expect(view(rule.counterExample!), rule.id).toBe(normalize(rule.counterExample!));
    }
  });

  it('repairs whole words only, and never an ordinary word', () => {
    for (const text of ['him', 'dimly', 'tell \'im', 'bill and jill', 'ill-advised', 'were well, its shell', 'dont-', 'idle', 'i did']) {
      expect(missingApostrophes(normalize(text), text), text).toEqual([]);
    }
    expect(view('Im sure. IM sure, DONT worry')).toBe("i'm sure. i'm sure, don't worry");
    expect(view('so ill be there')).toBe("so i'll be there");
    expect(view('I fell ill last year')).toBe('i fell ill last year');
    expect(view("I'm ill today, hes ill too")).toBe("i'm ill today, he's ill too");
    expect(view('id be glad to. my id badge')).toBe("i'd be glad to. my id badge");
    expect(view('lets move on. she lets me')).toBe("let's move on. she lets me");
  });

  it('reads the word beside a contextual one past any white space, the Unicode spaces too', () => {
    // The space between "id" and "be" as a no-break space (pasted text) or a tab: the same reading.
    for (const space of [' ', '\u00a0', '\t', '\u2009']) {
      expect(view(`id${space}be glad to. my id${space}badge`), JSON.stringify(space)).toBe("i'd be glad to. my id badge");
      expect(view(`so${space}ill${space}start monday`), JSON.stringify(space)).toBe("so i'll start monday");
    }
  });

  it('maps every offset of the repaired text back to the turn as given', () => {
    const text = 'ok  so im sure,   ill ping them and dont worry';
    const c = compactView(normalize(text), text)!;
    expect(c.norm).toBe("ok so i'm sure, i'll ping them and don't worry");
    expect(c.text).toBe("ok so i'm sure, i'll ping them and don't worry");
    // Every compact character is the turn's own at its offset, except white space and the restored apostrophes, which map to the letter after them.
    let last = -1;
    for (let i = 0; i < c.text.length; i++) {
      const at = textOffset(c.map, i);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      if (c.text[i] === "'") expect(textOffset(c.map, i + 1)).toBe(at);
      else if (!/\s/.test(c.text[i]!)) expect(text[at]).toBe(c.text[i]);
    }
    const im = c.norm.indexOf("i'm");
    expect(spanInText(c.map, im, im + 3)).toEqual({ start: text.indexOf('im'), end: text.indexOf('im') + 2 });
    expect(compactOffset(c.map, text.indexOf('ping'))).toBe(c.norm.indexOf('ping'));
  });

  it('finds the cue in "im", "dont" and "ill" that it finds with the apostrophe, quoting the text as given', () => {
    const pairs = [
      ["When I'm running your team I'll fix onboarding first.", 'When im running your team ill fix onboarding first.'],
      ["I don't know, maybe I'm wrong.", 'I dont know, maybe im wrong.'],
      ["Let's get this done today.", 'lets get this done today.'],
      ["I've already given my notice.", 'ive already given my notice.'],
    ];
    for (const [apostrophes, bare] of pairs) {
      const a = analyze({ rounds: [{ answers: [apostrophes!] }] }).rounds[0]!.findings;
      const b = analyze({ rounds: [{ answers: [bare!] }] }).rounds[0]!.findings;
      expect(b.map((f) => f.cue), bare).toEqual(a.map((f) => f.cue));
      expect(a.length, apostrophes).toBeGreaterThan(0);
      for (const f of b) expect(bare!.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('keeps offsets exact on any mix of contractions, white space and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('im', 'ill', 'id', 'lets', 'dont', 'I', 'was', 'be', 'love', 'ok', 'it', 'ID', 'Im', '  ', ' ', '\n', ',', '.', 'when', 'start', 'your', 'team', 'my'), { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const c = compactView(normalize(text), text);
        if (c === undefined) return;
        expect(c.norm.replace(/'/g, '').replace(/\s+/g, ' ')).toBe(normalize(text).replace(/'/g, '').replace(/\s+/g, ' '));
        if (!/[a-z]/i.test(text)) return;
        for (const f of analyze({ rounds: [{ answers: [text] }] }).rounds[0]!.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { seed: 20261126, numRuns: 200 },
    );
  });
});
