import type { Peer } from './peer.js';

/**
 * compromise: parse and tag each text, split it into sentences, and run one match. `#Modal`
 * (can, could, might, would, should, will…) is the tag closest to what tone-drift looks for
 * (hedged or over-certain assertions), and one tag match is the cheapest kind of query.
 */
export const compromise: Peer = {
  name: 'compromise',
  label: 'compromise (tag, sentences, #Modal)',
  invocation: "nlp(text), then doc.sentences() and doc.match('#Modal') per text",
  tokenUnit: 'terms (words; punctuation stays on the term)',
  packages: ['compromise'],
  ours: false,
  // About 12 s per MB warm on the reference machine: 6 runs of 5 MB would take 6 minutes alone.
  subsetMB: 1,
  async load() {
    const { default: nlp } = await import('compromise');
    return {
      run: (work) => {
        let terms = 0;
        let found = 0;
        for (const text of work.texts) {
          const doc = nlp(text);
          found += doc.sentences().length + doc.match('#Modal').length;
          for (const sentence of doc.document) terms += sentence.length;
        }
        return { tokens: terms, found };
      },
    };
  },
};
