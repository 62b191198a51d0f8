import type { DimensionDef } from '../dimensions/types.js';
import type { Delta, Evidence, Flag, RoundResult } from '../schema/report.js';

/** How many findings a flag carries as evidence. */
export const MAX_EVIDENCE = 5;

const fmt = (x: number): string => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
const name = (r: RoundResult): string => r.label ?? r.id;

/** The later round's findings that push in the flag's direction, cues new since the earlier round first. */
function evidenceFor(def: DimensionDef, sign: 1 | -1, before: RoundResult, after: RoundResult, turnText: (round: string, turn: number) => string): Evidence[] {
  const seen = new Set(before.findings.filter((f) => f.dimension === def.name && f.polarity === sign).map((f) => f.cue));
  return after.findings
    .filter((f) => f.dimension === def.name && f.polarity === sign)
    .map((f) => ({ f, isNew: !seen.has(f.cue) }))
    .sort((x, y) => Number(y.isNew) - Number(x.isNew) || y.f.weight - x.f.weight || x.f.turn - y.f.turn || x.f.start - y.f.start)
    .slice(0, MAX_EVIDENCE)
    .map(({ f, isNew }) => {
      const e: Evidence = { round: after.id, cue: f.cue, turn: f.turn, start: f.start, end: f.end, text: f.text, sentence: turnText(after.id, f.turn).slice(f.sentence.start, f.sentence.end), sentenceStart: f.sentence.start, new: isNew };
      if (f.time !== undefined) e.time = f.time;
      if (f.words !== undefined) e.words = f.words;
      return e;
    });
}

/**
 * Whether a consecutive change brings the candidate back to the first round's tone: the earlier
 * round had drifted from the first (significantly, the other way) and the later round no longer
 * differs from it. The coach's advice is to keep the first round's tone, so going back to it is
 * not a change to warn about.
 */
function backToFirst(delta: Delta, deltas: readonly Delta[], firstId: string): boolean {
  if (delta.pair !== 'consecutive' || delta.from === firstId) return false;
  let before: Delta | undefined;
  let after: Delta | undefined;
  for (const d of deltas) {
    if (d.dimension !== delta.dimension || d.from !== firstId) continue;
    if (d.to === delta.from) before = d;
    else if (d.to === delta.to) after = d;
  }
  return before !== undefined && after !== undefined && before.significant && Math.sign(before.delta) === -Math.sign(delta.delta) && !after.significant;
}

/**
 * One flag per meaningful change: a significant consecutive delta whose direction has a coach's
 * rule, unless it is a return to the first round's tone; then a drift from the first round that no
 * consecutive step flagged (a slow slide).
 */
export function flagsFor(defs: readonly DimensionDef[], rounds: readonly RoundResult[], deltas: readonly Delta[], turnText: (round: string, turn: number) => string): Flag[] {
  const byId = new Map(rounds.map((r) => [r.id, r]));
  const flagged = new Set<string>();
  const out: Flag[] = [];
  const ordered = [...deltas.filter((d) => d.pair === 'consecutive'), ...deltas.filter((d) => d.pair === 'from-first')];
  for (const delta of ordered) {
    if (!delta.significant || backToFirst(delta, deltas, rounds[0]!.id)) continue;
    const def = defs.find((d) => d.name === delta.dimension)!;
    const direction = delta.delta > 0 ? 'up' : 'down';
    const rule = def.flags[direction];
    if (!rule) continue;
    const key = `${def.name}:${direction}`;
    if (delta.pair === 'from-first' && flagged.has(key)) continue;
    flagged.add(key);
    const before = byId.get(delta.from)!;
    const after = byId.get(delta.to)!;
    const since = delta.pair === 'from-first' ? ' (a gradual drift since the first round)' : '';
    out.push({
      from: delta.from,
      to: delta.to,
      dimension: def.name,
      direction,
      severity: rule.severity,
      pattern: rule.pattern,
      message: `${rule.change[0]!.toUpperCase()}${rule.change.slice(1)} from ${name(before)} to ${name(after)}${since}: ${def.name} ${before.scores[def.name].toFixed(2)} → ${after.scores[def.name].toFixed(2)} (${fmt(delta.delta)}, interval ${fmt(delta.low)} to ${fmt(delta.high)}).`,
      advice: rule.advice,
      pair: delta.pair,
      delta: delta.delta,
      low: delta.low,
      high: delta.high,
      evidence: evidenceFor(def, direction === 'up' ? 1 : -1, before, after, turnText),
    });
  }
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
}
