import { DIMENSION_DEFS } from '../dimensions/registry.js';
import type { Report } from '../schema/report.js';
import { clock, evidenceSentences, fixed, roundName, signed } from './common.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown report, for pull requests, coaching notes and chat. */
export function formatMarkdown(report: Report): string {
  const out: string[] = [];
  const { summary } = report;
  out.push(`# tone-drift${report.candidate ? `: ${cell(report.candidate)}` : ''}`);
  out.push('');
  out.push(`**Verdict: ${summary.verdict}** · ${summary.warnings} warning(s), ${summary.infos} info`);
  out.push('');
  out.push(`| round | ${DIMENSION_DEFS.map((d) => d.name).join(' | ')} | profile |`);
  out.push(`|---|${DIMENSION_DEFS.map(() => '--:').join('|')}|---|`);
  for (const r of report.rounds) {
    const profile = summary.profiles.find((p) => p.round === r.id)?.profile ?? '';
    out.push(`| ${cell(r.label ?? r.id)} | ${DIMENSION_DEFS.map((d) => fixed(r.scores[d.name]).trim()).join(' | ')} | ${profile} |`);
  }
  if (report.flags.length > 0) {
    out.push('');
    out.push('## What changed');
    for (const f of report.flags) {
      out.push('');
      out.push(`- **${f.severity === 'warning' ? '⚠️ Warning' : 'ℹ️ Info'}: ${f.pattern}.** ${cell(f.message)}`);
      for (const { e, text } of evidenceSentences(f.evidence, (s) => `**${s}**`)) {
        const when = e.time !== undefined ? ` at ${clock(e.time)}` : '';
        out.push(`  > ${cell(text)} — *${cell(roundName(report, e.round))}, turn ${e.turn}${when}*`);
      }
      out.push(`  - *Advice:* ${cell(f.advice)}`);
    }
  }
  const consecutive = report.deltas.filter((d) => d.pair === 'consecutive');
  if (consecutive.length > 0) {
    out.push('');
    out.push('## Changes between rounds');
    out.push('');
    out.push('| from → to | dimension | change | interval | significant |');
    out.push('|---|---|--:|---|---|');
    for (const d of consecutive) {
      out.push(`| ${cell(roundName(report, d.from))} → ${cell(roundName(report, d.to))} | ${d.dimension} | ${signed(d.delta)} | ${signed(d.low)} to ${signed(d.high)} | ${d.significant ? 'yes' : `no (${d.reason ?? ''})`} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
