import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSentences } from '../../eval/corpus.js';
import { analyze, DIMENSION_DEFS, type Evidence, type Finding } from '../../src/index.js';
import { evidenceSentences } from '../../src/format/common.js';
import { compileLexicon } from '../../src/dimensions/compile.js';
import { collectEvidence, recordedModelWords } from '../../src/dimensions/evidence.js';
import { compileLearned, featuresOf, LEARNED_CUE, runLearned, sentenceTokens, sentenceWords, TOP_WORDS, vetoedBy, type LearnedCall } from '../../src/dimensions/learned.js';
import { defaultLexicon } from '../../src/dimensions/registry.js';
import { normalize } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { readingOf } from '../../src/text/compact.js';

const findingsOf = (text: string): Finding[] => analyze({ rounds: [{ answers: [text] }] }).rounds[0]!.findings;
/**
 * The lexicon without presumption cues, so that what the presumption model does is seen whatever
 * the cue table comes to cover.
 */
const noPresumptionCues = compileLexicon(DIMENSION_DEFS.map((d) => (d.name === 'presumption' ? { ...d, cues: [] } : d)));
const findingsWithoutCues = (text: string): Finding[] => collectEvidence([{ turn: 0, text }], noPresumptionCues).findings;
const learnedOf = (text: string): Finding[] => findingsWithoutCues(text).filter((f) => f.cue.endsWith(LEARNED_CUE));

/** What the model alone says about a one-sentence text, per dimension (cues not consulted). */
function modelCalls(text: string): Map<string, LearnedCall> {
  const norm = normalize(text);
  const [span] = splitSentences(norm, text);
  return new Map(runLearned(defaultLexicon().learned!, norm, span!).map((call) => [DIMENSION_DEFS[call.dim]!.name, call] as const));
}

// A sentence the presumption model calls presumptive (the tests that need the model to decide it run without presumption cues).
const INSIDER = 'The guys on my crew already know I\'m coming over.';

// corpus/sentences-c.jsonl c-0181 (dev; focus 0): pay cues fire, but it answers the interviewer's question.
const ANSWERED_PAY = "Since you asked, I'm currently at 118 base with a 10% bonus.";

// corpus/sentences-i.jsonl i-0082 (dev; focus 0): an ask tied to the value of the hire, in words no
// cue ties to value. (ANSWERED_PAY's pay cues yield to `focus.pay-they-raised` before the veto is
// asked; b-0429, "My team is going to love the new commission structure I'm planning", was this
// test's sentence until the sixteenth round's focus model stopped being sure about it.)
const PLANNED_PAY = 'You\'d be saving a contractor budget of about $250k with this hire, so a base of 170 seems reasonable.';

describe('the learned veto', () => {
  const focusAt = DIMENSION_DEFS.findIndex((d) => d.name === 'focus');
  const focusOf = (findings: readonly Finding[]) => findings.filter((f) => f.dimension === 'focus');

  it('drops a sentence\'s cue findings where the model is sure the cues are wrong, and only on a dimension that asks for it', () => {
    const cuesOnly = focusOf(analyze({ rounds: [{ answers: [PLANNED_PAY] }] }, { learned: false }).rounds[0]!.findings);
    expect(cuesOnly.map((f) => f.polarity)).toContain(-1);
    expect(focusOf(findingsOf(PLANNED_PAY))).toEqual([]);
    // The same lexicon without the focus veto keeps the cues' findings.
    const noVeto = compileLexicon(DIMENSION_DEFS.map((d) => (d.name === 'focus' ? { ...d, learnedVeto: undefined } : d)));
    expect(focusOf(collectEvidence([{ turn: 0, text: PLANNED_PAY }], noVeto).findings).map((f) => f.cue)).toEqual(cuesOnly.map((f) => f.cue));
    // The rest of the round's findings are untouched.
    expect(findingsOf(PLANNED_PAY).filter((f) => f.dimension !== 'focus')).toEqual(collectEvidence([{ turn: 0, text: PLANNED_PAY }], noVeto).findings.filter((f) => f.dimension !== 'focus'));
  });

  it('keeps a self-focused ask the model agrees with', () => {
    const text = 'What is the salary range, and how many vacation days do I get?';
    expect(focusOf(findingsOf(text)).some((f) => f.polarity === -1)).toBe(true);
  });

  it('vetoedBy: a bit per dimension asked about whose margin for the class is below minus its veto', () => {
    const model = defaultLexicon().learned!;
    const norm = normalize(ANSWERED_PAY);
    const [span] = splitSentences(norm, ANSWERED_PAY);
    const t = sentenceTokens(model, norm, span!);
    const ask = 1 << focusAt;
    expect(vetoedBy(model, t, 0, t.count, ask, () => -1, () => 4)).toBe(ask);
    expect(vetoedBy(model, t, 0, t.count, ask, () => -1, () => 1000)).toBe(0);
    expect(vetoedBy(model, t, 0, t.count, 0, () => -1, () => 4)).toBe(0);
    expect(vetoedBy(model, t, 0, 0, ask, () => -1, () => 4)).toBe(0);
  });
});

describe('learned layer', () => {
  it('every dimension has a model whose data is well formed', () => {
    for (const def of DIMENSION_DEFS) {
      const m = def.learned!;
      expect(m.classes, def.name).toEqual(def.min < 0 ? [-1, 1] : [1]);
      expect(m.bias.length).toBe(m.classes.length);
      expect(m.margins.length).toBe(m.features.length * m.classes.length);
      expect(new Set(m.features).size).toBe(m.features.length);
      for (const f of m.features) expect(f, def.name).toMatch(/^(?:w:\S+|p:\S+ \S+)$/);
      for (const x of [...m.margins, ...m.bias]) expect(Number.isInteger(x)).toBe(true);
    }
  });

  it.each(DIMENSION_DEFS.flatMap((def) => def.learned!.classes.map((cls, c) => [def.name, cls, def.learned!.examples[c]!] as const)))(
    '%s model puts its example in class %i',
    (name, cls, example) => {
      expect(modelCalls(example).get(name)?.polarity).toBe(cls);
    },
  );

  it('speaks only where the cues leave a sentence below the threshold', () => {
    // A presumption cue decides this sentence: no learned presumption finding beside it.
    const decided = findingsOf('When I start, I will set up weekly one-on-ones with my team.');
    expect(decided.some((f) => f.cue === 'presumption.when-i-start')).toBe(true);
    expect(decided.filter((f) => f.dimension === 'presumption' && f.cue.endsWith(LEARNED_CUE))).toEqual([]);
    // With no presumption cue to decide it, the model does.
    expect(modelCalls(INSIDER).get('presumption')?.polarity).toBe(1);
    expect(learnedOf(INSIDER).filter((f) => f.dimension === 'presumption')).toHaveLength(1);
  });

  it('a learned finding spans its sentence\'s words, counts at the threshold and names the words that weighed most', () => {
    const text = `Thanks for asking.  ${INSIDER}`;
    const [f] = learnedOf(text).filter((x) => x.dimension === 'presumption');
    expect(f).toBeDefined();
    expect(f!.cue).toBe('presumption.learned');
    expect(f!.polarity).toBe(1);
    expect(f!.weight).toBe(DIMENSION_DEFS.find((d) => d.name === 'presumption')!.sentenceThreshold);
    expect(f!.text).toBe(text.slice(f!.start, f!.end));
    expect(f!.text).toBe(INSIDER.slice(0, -1)); // first word to last word, without the full stop
    expect(f!.words!.length).toBeGreaterThan(0);
    expect(f!.words!.length).toBeLessThanOrEqual(TOP_WORDS);
    for (const w of f!.words!) {
      expect(w.text).toBe(text.slice(w.start, w.end));
      expect(w.start).toBeGreaterThanOrEqual(f!.start);
      expect(w.end).toBeLessThanOrEqual(f!.end);
    }
    expect(f!.words!.map((w) => w.text.toLowerCase())).toContain('already');
  });

  it('does not call a sentence against the way its cues lean, only with it', () => {
    const withCue = (polarity: 1 | -1) => compileLexicon(DIMENSION_DEFS.map((d) => (d.name === 'presumption' ? { ...d, cues: [{ id: 'presumption.test-crew', polarity, weight: 0.2, pattern: 'crew', example: 'my crew', source: 'test' }] } : d)));
    const learnedWith = (polarity: 1 | -1) => collectEvidence([{ turn: 0, text: INSIDER }], withCue(polarity)).findings.filter((f) => f.cue === 'presumption.learned');
    expect(modelCalls(INSIDER).get('presumption')?.polarity).toBe(1);
    expect(learnedWith(1)).toHaveLength(1);
    expect(learnedWith(-1)).toEqual([]);
  });

  it('is silenced by the scopes that silence the dimension\'s cues', () => {
    expect(modelCalls(`My cousin said ${INSIDER.toLowerCase()}`).get('presumption')?.polarity).toBe(1);
    expect(learnedOf(`My cousin said ${INSIDER.toLowerCase()}`).filter((f) => f.dimension === 'presumption')).toEqual([]);
  });

  it('keeps a turn\'s findings in text order', () => {
    const findings = findingsWithoutCues(`${INSIDER} I guess I could maybe try it. ${INSIDER}`);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings.filter((f) => f.cue === 'presumption.learned')).toHaveLength(2);
  });

  it('names words that carry meaning before articles, conjunctions and prepositions, whatever their weight', () => {
    const toy = compileLearned([{ ...DIMENSION_DEFS[1]!, learned: { classes: [1], scale: 100, bias: [-100], features: ['w:and', 'w:already', 'p:of the', 'w:of', 'w:the'], margins: [500, 150, 400, 0, 0], examples: [] } }])!;
    const text = 'Of the crew, and already.';
    const norm = normalize(text);
    const [call] = runLearned(toy, norm, splitSentences(norm, text)[0]!);
    expect(call!.polarity).toBe(1);
    expect(call!.words.map((w) => text.slice(w.start, w.end))).toEqual(['already', 'and', 'Of the']);
  });

  it('reads features as training does: words and word pairs, once each', () => {
    expect(featuresOf(['i', 'will', 'i', 'will'])).toEqual(['w:i', 'w:will', 'p:i will', 'p:will i']);
    const norm = normalize('Um, I- I will start Monday.');
    expect(sentenceWords(norm, { start: 0, end: norm.length })).toEqual(['i', 'will', 'start', 'monday']);
  });

  it('is optional: dimensions without a model compile and analyze on cues alone', () => {
    const defs = DIMENSION_DEFS.map((d) => ({ ...d, learned: undefined }));
    expect(compileLearned(defs)).toBeUndefined();
    const lexicon = compileLexicon(defs);
    const { findings } = collectEvidence([{ turn: 0, text: INSIDER }], lexicon);
    expect(findings.filter((f) => f.cue.endsWith(LEARNED_CUE))).toEqual([]);
  });

  it('formatters mark the words that weighed most, not the whole sentence', () => {
    const sentence = 'Well. The guys on my crew already know.';
    const evidence: Evidence = { round: 'r2', cue: 'presumption.learned', turn: 0, start: 6, end: 38, text: sentence.slice(6, 38), sentence, sentenceStart: 0, new: true, words: [{ start: 26, end: 33, text: 'already' }, { start: 18, end: 20, text: 'my' }] };
    const cue: Evidence = { ...evidence, cue: 'presumption.x', start: 0, end: 4, text: 'Well', words: undefined };
    delete cue.words;
    const [marked] = evidenceSentences([evidence, cue], (s) => `[${s}]`);
    expect(marked!.text).toBe('[Well]. The guys on [my] crew [already] know.');
  });
});

describe('learned layer: the token loop\'s record', () => {
  const lexicon = defaultLexicon();
  const model = lexicon.learned!;
  // Each sentence read on its own, from the text as collectEvidence reads it (its compact view where it has one).
  const reference = (text: string) => {
    const view = readingOf(normalize(text), text);
    return splitSentences(view.norm, view.text).map((span) => {
      const t = sentenceTokens(model, view.norm, span);
      return { ids: [...t.ids], starts: [...t.starts], ends: [...t.ends], follows: [...t.follows] };
    });
  };

  it('holds the model words that reading each sentence finds, on every corpus line', () => {
    const texts = loadSentences().map((s) => s.text);
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(recordedModelWords(text, lexicon), text).toEqual(reference(text));
  });

  it('holds them on odd text too', () => {
    const odd = ['', '   ', 'ÉTÉ café naïve résumé', "I'm  I'M i'm", '$50k 100% 3.5 follow-up e.g. 1,000', 'um, I- I think… "quoted" — dash', 'x'.repeat(5000), 'Ünïcödé ☃ 😀 日本語 عربى'];
    for (const text of odd) expect(recordedModelWords(text, lexicon), text).toEqual(reference(text));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('i', ' ', 'm', "'", 'we', 'will', 'your', '.', '?', 'team', 'Um', ',', 'é', '1', '%') , maxLength: 60 }), (text) => {
      expect(recordedModelWords(text, lexicon)).toEqual(reference(text));
    }));
  });
});

describe('learned layer: turning it off', () => {
  const texts = loadSentences().filter((x) => x.speaker === 'candidate').map((x) => x.text);
  const findings = (options?: { learned?: boolean }) => texts.map((t) => analyze({ rounds: [{ answers: [t] }] }, options).rounds[0]!.findings);

  it('learned: false scores on the cues alone; the layer only adds findings, or drops a sentence\'s findings on a dimension with a veto', () => {
    const all = findings();
    const cuesOnly = findings({ learned: false });
    expect(all.flat().filter((f) => f.cue.endsWith(LEARNED_CUE)).length).toBeGreaterThan(10);
    expect(cuesOnly.flat().filter((f) => f.cue.endsWith(LEARNED_CUE))).toEqual([]);
    const vetoing = new Set<string>(DIMENSION_DEFS.filter((d) => d.learnedVeto !== undefined).map((d) => d.name));
    let dropped = 0;
    cuesOnly.forEach((list, i) => {
      const kept = all[i]!.filter((f) => !f.cue.endsWith(LEARNED_CUE));
      // What the layer dropped: all of one sentence's findings on a vetoing dimension, nothing else.
      const key = (f: Finding) => `${f.dimension} ${f.sentence.start}`;
      const gone = new Set(list.filter((f) => !kept.some((k) => k.cue === f.cue && k.start === f.start)).map(key));
      for (const k of gone) expect(vetoing.has(k.split(' ')[0]!), k).toBe(true);
      expect(kept).toEqual(list.filter((f) => !gone.has(key(f))));
      dropped += gone.size;
    });
    // The veto is rare: it overrules the cues only where the model is sure.
    expect(dropped).toBeGreaterThan(0);
    expect(dropped).toBeLessThan(texts.length / 50);
    expect(findings({ learned: true })).toEqual(all);
  });

  it('rejects a learned option that is not a boolean', () => {
    expect(() => analyze({ rounds: [{ answers: ['Hello.'] }] }, { learned: 'no' } as never)).toThrow(/learned/);
  });
});
