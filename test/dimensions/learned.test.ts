import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSentences } from '../../eval/corpus.js';
import { analyze, DIMENSION_DEFS, formatText, type Finding } from '../../src/index.js';
import { compileLexicon } from '../../src/dimensions/compile.js';
import { collectEvidence, recordedModelWords } from '../../src/dimensions/evidence.js';
import { compileLearned, featuresOf, LEARNED_CUE, runLearned, sentenceTokens, sentenceWords, TOP_WORDS, type LearnedCall } from '../../src/dimensions/learned.js';
import { defaultLexicon } from '../../src/dimensions/registry.js';
import { normalize } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';

const findingsOf = (text: string): Finding[] => analyze({ rounds: [{ answers: [text] }] }).rounds[0]!.findings;
const learnedOf = (text: string): Finding[] => findingsOf(text).filter((f) => f.cue.endsWith(LEARNED_CUE));

/** What the model alone says about a one-sentence text, per dimension (cues not consulted). */
function modelCalls(text: string): Map<string, LearnedCall> {
  const norm = normalize(text);
  const [span] = splitSentences(norm, text);
  return new Map(runLearned(defaultLexicon().learned!, norm, span!).map((call) => [DIMENSION_DEFS[call.dim]!.name, call] as const));
}

// A sentence the presumption model calls presumptive and no presumption cue decides.
const INSIDER = 'The guys on my crew already know I\'m coming over.';

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
    // No presumption cue fires here; the model does.
    const found = learnedOf(INSIDER).filter((f) => f.dimension === 'presumption');
    expect(findingsOf(INSIDER).filter((f) => f.dimension === 'presumption' && !f.cue.endsWith(LEARNED_CUE))).toEqual([]);
    expect(found).toHaveLength(1);
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

  it('is silenced by the scopes that silence the dimension\'s cues', () => {
    expect(modelCalls(`My cousin said ${INSIDER.toLowerCase()}`).get('presumption')?.polarity).toBe(1);
    expect(learnedOf(`My cousin said ${INSIDER.toLowerCase()}`).filter((f) => f.dimension === 'presumption')).toEqual([]);
  });

  it('keeps a turn\'s findings in text order', () => {
    const findings = findingsOf(`${INSIDER} I guess I could maybe try it. ${INSIDER}`);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings.filter((f) => f.cue === 'presumption.learned')).toHaveLength(2);
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
    const plain = ['I drive the early route most weeks.', 'The depot opens at five.', 'I like the night air.', 'Traffic is lighter then.'];
    const rounds = [
      { label: 'Screen', answers: [...plain, 'I keep the van clean.', 'I check the tyres each morning.'] },
      { label: 'Final', answers: [...plain, INSIDER, INSIDER.replace('crew', 'shift'), INSIDER.replace('The guys on my crew', 'My whole family')] },
    ];
    const report = analyze({ rounds });
    const text = formatText(report);
    const flag = report.flags.find((f) => f.dimension === 'presumption');
    expect(flag).toBeDefined();
    const learned = flag!.evidence.filter((e) => e.cue === 'presumption.learned');
    expect(learned.length).toBeGreaterThan(0);
    expect(learned[0]!.words!.length).toBeGreaterThan(0);
    expect(text).toContain(`[${learned[0]!.words![0]!.text}]`);
    expect(text).not.toContain(`[${learned[0]!.text}]`);
  });
});

describe('learned layer: the token loop\'s record', () => {
  const lexicon = defaultLexicon();
  const model = lexicon.learned!;
  const reference = (text: string) => {
    const norm = normalize(text);
    return splitSentences(norm, text).map((span) => {
      const t = sentenceTokens(model, norm, span);
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
