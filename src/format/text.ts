import { DIMENSION_DEFS } from '../dimensions/registry.js';
import type { Report } from '../schema/report.js';

const fmt = (x: number): string => (x >= 0 ? ` ${x.toFixed(2)}` : x.toFixed(2));
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** A plain-text report for terminals: one block per round, scores and the strongest evidence. */
export function formatText(report: Report, options: { maxFindings?: number } = {}): string {
  const max = options.maxFindings ?? 3;
  const lines: string[] = [];
  lines.push(`tone-drift report${report.candidate ? ` for ${report.candidate}` : ''}`);
  lines.push('');
  const header = pad('round', 24) + DIMENSION_DEFS.map((d) => pad(d.name, 15)).join('');
  lines.push(header);
  for (const r of report.rounds) {
    lines.push(pad(r.label ?? r.id, 24) + DIMENSION_DEFS.map((d) => pad(fmt(r.scores[d.name]), 15)).join(''));
  }
  for (const r of report.rounds) {
    lines.push('');
    lines.push(`${r.label ?? r.id}: ${r.stats.candidateTurns} candidate turns, ${r.stats.sentences} sentences, ${r.stats.words} words (candidate: ${r.candidate.speaker ?? 'answers'}, ${r.candidate.method})`);
    for (const d of DIMENSION_DEFS) {
      const top = r.findings
        .filter((f) => f.dimension === d.name)
        .sort((a, b) => b.weight - a.weight || a.turn - b.turn || a.start - b.start)
        .slice(0, max);
      if (top.length === 0) continue;
      lines.push(`  ${d.name}:`);
      for (const f of top) lines.push(`    ${f.polarity > 0 ? '+' : '-'} "${f.text}" (${f.cue}, turn ${f.turn})`);
    }
  }
  if (report.deltas.length > 0) {
    lines.push('');
    lines.push('changes');
    for (const delta of report.deltas) {
      lines.push(`  ${pad(`${delta.from} → ${delta.to}`, 28)}${pad(delta.dimension, 15)}${fmt(delta.delta)}`);
    }
  }
  return lines.join('\n') + '\n';
}
