import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * Cue counter-examples (sentences where a cue must not fire) are development data: tests read
 * them from the sources, the library never does. The published build leaves them out of the cue
 * tables, which keeps about 6 KB of text out of every bundle; each stays beside its cue in
 * src/lexicon/.
 */
const stripCounterExamples: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'strip-counter-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]lexicon[\\/](?:assertiveness|presumption|focus|examples)\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/^[ \t]*counterExamples: \[.*\],?\r?\n/gm, '');
      if (contents.includes('counterExamples')) throw new Error(`${args.path}: a counterExamples entry is not on one line`);
      return { contents, loader: 'ts' };
    });
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', batchWorker: 'src/node/batchWorker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node18',
    platform: 'neutral',
    shims: true,
    treeshake: true,
    esbuildPlugins: [stripCounterExamples],
    external: ['node:fs', 'node:path', 'node:process', 'node:worker_threads', 'node:os', 'node:readline', 'node:module', 'node:url', 'node:stream'],
  },
  {
    entry: { cli: 'src/cli-bin.ts' },
    format: ['esm'],
    clean: false,
    target: 'node18',
    platform: 'node',
    esbuildPlugins: [stripCounterExamples],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
