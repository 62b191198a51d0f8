import type { Peer } from './peer.js';

/** write-good: all its default checks (weasel words, passive voice, adverbs, wordiness, clichés…) per text. */
export const writeGood: Peer = {
  name: 'writeGood',
  label: 'write-good (default checks)',
  invocation: 'writeGood(text) per text',
  tokenUnit: null,
  packages: ['write-good'],
  ours: false,
  async load() {
    const { default: check } = await import('write-good');
    return {
      run: (work) => {
        let found = 0;
        for (const text of work.texts) found += check(text).length;
        // write-good runs RegExps over the text and has no tokenizer to count with.
        return { tokens: null, found };
      },
    };
  },
};
