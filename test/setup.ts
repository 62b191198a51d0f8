import { afterEach, beforeEach, expect, vi } from 'vitest';

// The library never writes to the console; a test that makes it do so fails.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const spies: ReturnType<typeof vi.spyOn>[] = [];

beforeEach(() => {
  for (const m of methods) spies.push(vi.spyOn(console, m));
});

afterEach(() => {
  for (const spy of spies.splice(0)) {
    expect(spy, 'unexpected console output').not.toHaveBeenCalled();
    spy.mockRestore();
  }
});
