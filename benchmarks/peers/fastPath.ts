import type { Peer } from './peer.js';

/** tone-drift's fast path alone: text layer and cue matching per round, without validation, drift or style. */
export const fastPath: Peer = {
  name: 'fastPath',
  label: 'tone-drift fast path (text + cues)',
  invocation: 'collectEvidence(answers, lexicon) per round',
  tokenUnit: 'words',
  packages: [],
  ours: true,
  async load() {
    const { collectEvidence } = await import('../../src/dimensions/evidence.js');
    const { defaultLexicon } = await import('../../src/dimensions/registry.js');
    const lexicon = defaultLexicon();
    return {
      run: (work) => {
      let words = 0;
      let found = 0;
      for (const p of work.processes) {
        for (const round of p.rounds) {
          const evidence = collectEvidence((round.answers ?? []).map((text, turn) => ({ turn, text })), lexicon);
          words += evidence.words;
          found += evidence.findings.length;
        }
      }
      return { tokens: words, found };
      },
    };
  },
};
