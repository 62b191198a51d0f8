import type { Peer } from './peer.js';

/** tone-drift's full report: `analyze()` per process (validation, text layer, cues, scores, drift, flags). */
export const toneDrift: Peer = {
  name: 'toneDrift',
  label: 'tone-drift analyze()',
  invocation: 'analyze(process) per process; words from each round report',
  tokenUnit: 'words',
  packages: [], // the results record tone-drift's version apart
  ours: true,
  async load() {
    const { analyze } = await import('../../src/index.js');
    return {
      run: (work) => {
      let words = 0;
      let found = 0;
      for (const p of work.processes) {
        for (const round of analyze(p).rounds) {
          words += round.stats.words;
          found += round.findings.length;
        }
      }
      return { tokens: words, found };
      },
    };
  },
};
