import os from 'node:os';

/** The machine a benchmark ran on, as both benchmarks record it in their results. */
export function machineInfo(): { cpu: string; cores: number; availableParallelism: number; totalMemMB: number; platform: string; node: string } {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemMB: Math.round(os.totalmem() / 1024 ** 2),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}
