import type { Peer } from './peer.js';

/** wink-nlp with its lite English web model, pipe sbd + pos + negation: one readDoc per text. */
export const wink: Peer = {
  name: 'wink',
  label: 'wink-nlp (sbd, pos, negation)',
  invocation: "winkNLP(model, ['sbd', 'pos', 'negation']).readDoc(text).tokens().length() per text",
  tokenUnit: 'tokens incl. punctuation',
  packages: ['wink-nlp', 'wink-eng-lite-web-model'],
  ours: false,
  async load() {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
    return {
      run: (work) => {
        let tokens = 0;
        for (const text of work.texts) tokens += nlp.readDoc(text).tokens().length();
        // The pipe has no cue matching to count; the token count is the checksum.
        return { tokens, found: tokens };
      },
      /** wink's tokens include punctuation; this counts only those it types as words. */
      describe: (work) => {
        let words = 0;
        for (const text of work.texts) {
          for (const type of nlp.readDoc(text).tokens().out(nlp.its.type)) if (type === 'word') words++;
        }
        return { winkWords: words };
      },
    };
  },
};
