/**
 * Preloaded into the batch CLI by `benchmarks/scale.ts` (`node --import ./scaleHook.mjs dist/cli.js …`).
 * When the process exits it writes its own resource usage, as JSON, to the file named by
 * TONE_DRIFT_SCALE_USAGE. `maxRSS` is the whole process's peak resident set, so it covers the
 * worker threads too. Workers inherit `--import` but do nothing here (only the main thread writes).
 * Plain JavaScript so that it needs no TypeScript loader in the child.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.TONE_DRIFT_SCALE_USAGE;
if (isMainThread && file) {
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        code,
        maxRssKB: u.maxRSS,
        userCpuMs: u.userCPUTime / 1000,
        systemCpuMs: u.systemCPUTime / 1000,
        uptimeMs: process.uptime() * 1000,
      }),
    );
  });
}
