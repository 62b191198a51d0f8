import { defineConfig } from 'tsup';

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
    external: ['node:fs', 'node:path', 'node:process', 'node:worker_threads', 'node:os', 'node:readline', 'node:module', 'node:url', 'node:stream'],
  },
  {
    entry: { cli: 'src/cli-bin.ts' },
    format: ['esm'],
    clean: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
