import { describe, expect, it } from 'vitest';
import { progressBar, renderProgress, type BatchProgress } from '../../src/node/progress.js';

function fakeStream(isTTY: boolean, columns = 100) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (t: string) => writes.push(t) } };
}

const at = (done: number, extra: Partial<BatchProgress> = {}): BatchProgress => ({ done, errors: 0, rate: 250, ...extra });

describe('progressBar', () => {
  it('is silent when the stream is not a TTY', () => {
    const { writes, stream } = fakeStream(false);
    const bar = progressBar(stream);
    bar.update(at(1));
    bar.finish();
    expect(writes).toEqual([]);
  });

  it('redraws in place at most every 100 ms, and finishes with the last state and a newline', () => {
    const { writes, stream } = fakeStream(true);
    let now = 1000;
    const bar = progressBar(stream, { now: () => now });
    bar.update(at(1)); // drawn
    now += 50;
    bar.update(at(2)); // too soon
    now += 60;
    bar.update(at(3)); // drawn
    bar.update(at(4)); // too soon
    bar.finish(); // draws 4, then ends the line
    expect(writes).toHaveLength(4);
    expect(writes.slice(0, 3).every((w) => w.startsWith('\r') && w.endsWith('\x1b[K'))).toBe(true);
    expect(writes.map((w) => /(\d+) records/.exec(w)?.[1])).toEqual(['1', '3', '4', undefined]);
    expect(writes[3]).toBe('\n');
  });

  it('writes nothing on finish when there was no progress', () => {
    const { writes, stream } = fakeStream(true);
    progressBar(stream).finish();
    expect(writes).toEqual([]);
  });

  it('fits the terminal width', () => {
    const { writes, stream } = fakeStream(true, 40);
    const bar = progressBar(stream);
    bar.update(at(123_456, { total: 1_000_000, fraction: 0.123, etaSeconds: 3725, errors: 12 }));
    expect(writes[0]!.replace('\r', '').replace('\x1b[K', '').length).toBeLessThanOrEqual(39);
  });
});

describe('renderProgress', () => {
  it('shows bar, percentage, count, rate, ETA and errors when the size is known', () => {
    expect(renderProgress(at(1234, { total: 3085, fraction: 0.4, etaSeconds: 65.4, errors: 2 }), { width: 120, label: 'tone-drift' })).toBe(
      'tone-drift  [############------------------]   40%  1,234/3,085 records  250/s  ETA 1:05  2 errors',
    );
  });

  it('shows count and rate alone when the size is unknown', () => {
    expect(renderProgress({ done: 5, errors: 1, rate: 3.25 })).toBe('5 records  3.3/s  1 error');
  });

  it('writes hours for long ETAs', () => {
    expect(renderProgress(at(1, { fraction: 0.001, etaSeconds: 3 * 3600 + 61 }))).toMatch(/ETA 3:01:01/);
  });
});
