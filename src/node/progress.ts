/**
 * A one-line progress bar for long batches: count, rate and ETA, redrawn in place with `\r`.
 * It draws only on a TTY (so piped stderr and CI logs stay clean) and at most ~10 times a second.
 *
 *   const bar = progressBar(process.stderr);
 *   const summary = await runBatch({ input, output: process.stdout, onProgress: bar.update });
 *   bar.finish();
 */

/** What `runBatch` reports as records are written. */
export interface BatchProgress {
  /** Records written so far (reports and errors). */
  done: number;
  /** Error lines among them. */
  errors: number;
  /** Records per second since the batch started. */
  rate: number;
  /** How much of the input has been consumed, 0 to 1, when the input's size is known (a file or a directory). */
  fraction?: number;
  /** Estimated seconds left, when `fraction` is known. */
  etaSeconds?: number;
  /** The number of records, when known up front (a directory). */
  total?: number;
}

/** The part of a stream the bar needs; `process.stderr` fits. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressBarOptions {
  /** Shown before the bar. Default "tone-drift". */
  label?: string;
  /** Fewest milliseconds between redraws. Default 100 (~10 per second). */
  intervalMs?: number;
  /** The clock, in milliseconds (for tests). */
  now?: () => number;
}

export interface ProgressBar {
  /** Takes the latest progress; redraws when the interval has passed. Safe to pass as `onProgress`. */
  update: (progress: BatchProgress) => void;
  /** Draws the last state and ends the line. */
  finish: () => void;
}

/** A progress bar on `stream`; silent unless `stream.isTTY` is true. */
export function progressBar(stream: ProgressStream, options: ProgressBarOptions = {}): ProgressBar {
  const enabled = stream.isTTY === true;
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  const label = options.label ?? 'tone-drift';
  let latest: BatchProgress | undefined;
  let drawnAt = -Infinity;
  let drawn = false;
  const draw = () => {
    if (latest === undefined) return;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r${renderProgress(latest, { width, label })}\x1b[K`);
    drawn = true;
    drawnAt = now();
  };
  return {
    update: (progress) => {
      if (!enabled) return;
      latest = progress;
      if (now() - drawnAt >= interval) draw();
    },
    finish: () => {
      if (!enabled) return;
      draw();
      if (drawn) stream.write('\n');
    },
  };
}

/**
 * One line of progress, at most `width` characters:
 * `tone-drift [########------------]  40%  1,234/3,085 records  312/s  ETA 0:06  2 errors`.
 * Without a known size there is no bar, percentage or ETA.
 */
export function renderProgress(p: BatchProgress, options: { width?: number; label?: string } = {}): string {
  const width = options.width ?? 79;
  const parts: string[] = [];
  const count = p.total === undefined ? `${grouped(p.done)} records` : `${grouped(p.done)}/${grouped(p.total)} records`;
  const tail = [count, `${rate(p.rate)}/s`];
  if (p.etaSeconds !== undefined) tail.push(`ETA ${clock(p.etaSeconds)}`);
  if (p.errors > 0) tail.push(`${grouped(p.errors)} error${p.errors === 1 ? '' : 's'}`);
  if (options.label) parts.push(options.label);
  const rest = tail.join('  ');
  if (p.fraction !== undefined) {
    const f = Math.min(1, Math.max(0, p.fraction));
    const percent = `${String(Math.floor(f * 100)).padStart(3)}%`;
    const fixed = [...parts, '[]', percent, rest].join('  ').length;
    const barWidth = Math.min(30, width - fixed);
    if (barWidth >= 5) {
      const filled = Math.round(f * barWidth);
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`);
    }
    parts.push(percent);
  }
  parts.push(rest);
  const line = parts.join('  ');
  return line.length > width ? line.slice(0, width) : line;
}

/** 1234567 → "1,234,567" (locale-free, so the output is the same everywhere). */
function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function rate(r: number): string {
  return r >= 100 ? grouped(r) : r.toFixed(1);
}

/** Seconds as m:ss or h:mm:ss. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
