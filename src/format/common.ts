import type { Evidence, Report, RoundResult } from '../schema/report.js';

/** Small helpers shared by the formatters; all pure. */
export const signed = (x: number): string => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
export const fixed = (x: number): string => (x >= 0 ? ` ${x.toFixed(2)}` : x.toFixed(2));
export const padEnd = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
export const padStart = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** Seconds as m:ss or h:mm:ss. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function roundName(report: Report, id: string): string {
  const r: RoundResult | undefined = report.rounds.find((x) => x.id === id);
  return r?.label ?? id;
}

/** Evidence grouped by sentence, each sentence once, with its cue spans marked by `mark`. */
export function evidenceSentences(evidence: readonly Evidence[], mark: (s: string) => string): Array<{ e: Evidence; text: string }> {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const key = `${e.round}:${e.turn}:${e.sentenceStart}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    // A learned finding spans its sentence: its weightiest words are marked instead.
    const spans = list
      .flatMap((e) => (e.words ?? [e]).map((w) => [w.start - e.sentenceStart, w.end - e.sentenceStart] as const))
      .sort((a, b) => a[0] - b[0])
      .filter(([a], i, all) => i === 0 || a >= all[i - 1]![1]);
    let text = '';
    let at = 0;
    for (const [a, b] of spans) {
      text += first.sentence.slice(at, a) + mark(first.sentence.slice(a, b));
      at = b;
    }
    return { e: first, text: text + first.sentence.slice(at) };
  });
}
