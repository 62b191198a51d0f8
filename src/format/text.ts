import { DIMENSION_DEFS } from '../dimensions/registry.js';
import type { Report } from '../schema/report.js';
import { clock, evidenceSentences, fixed, padEnd, padStart, roundName, signed } from './common.js';

export interface TextOptions {
  /** ANSI colors; the CLI turns them on only for a TTY without NO_COLOR. Default false. */
  color?: boolean;
  /** Evidence lines per flag. Default 3. */
  evidence?: number;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m', reset: '\u001b[0m' } as const;

/** A plain-text report for terminals: verdict, a score table, flags with evidence and advice, then the changes. */
export function formatText(report: Report, options: TextOptions = {}): string {
  const paint = (code: keyof typeof ANSI, s: string) => (options.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const maxEvidence = options.evidence ?? 3;
  const out: string[] = [];
  const { summary } = report;
  const verdict = summary.verdict === 'drifting' ? paint('yellow', 'DRIFTING') : summary.verdict === 'stable' ? paint('green', 'STABLE') : 'INSUFFICIENT EVIDENCE';
  out.push(`${paint('bold', 'tone-drift')}${report.candidate ? ` · ${report.candidate}` : ''} · ${verdict} (${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info)`);
  out.push('');

  const nameWidth = Math.max(5, ...report.rounds.map((r) => (r.label ?? r.id).length)) + 2;
  const colWidth = Math.max(...DIMENSION_DEFS.map((d) => d.name.length)) + 2;
  out.push(paint('dim', padEnd('round', nameWidth) + DIMENSION_DEFS.map((d) => padStart(d.name, colWidth)).join('') + '  profile'));
  for (const r of report.rounds) {
    const profile = summary.profiles.find((p) => p.round === r.id)?.profile ?? '';
    out.push(padEnd(r.label ?? r.id, nameWidth) + DIMENSION_DEFS.map((d) => padStart(fixed(r.scores[d.name]), colWidth)).join('') + `  ${profile}`);
  }

  for (const flag of report.flags) {
    out.push('');
    const tag = flag.severity === 'warning' ? paint('yellow', 'WARNING') : paint('cyan', 'INFO');
    out.push(`${tag} ${paint('bold', flag.pattern)}: ${flag.message}`);
    for (const { e, text } of evidenceSentences(flag.evidence, (s) => (options.color ? paint('bold', s) : `[${s}]`)).slice(0, maxEvidence)) {
      const when = e.time !== undefined ? ` @ ${clock(e.time)}` : '';
      out.push(`  ${paint('dim', `${roundName(report, e.round)}, turn ${e.turn}${when}:`)} "${text}"`);
    }
    out.push(`  advice: ${flag.advice}`);
  }

  const consecutive = report.deltas.filter((d) => d.pair === 'consecutive');
  if (consecutive.length > 0) {
    out.push('');
    out.push(paint('dim', 'changes between consecutive rounds (* = significant)'));
    const pairWidth = Math.max(...consecutive.map((d) => `${roundName(report, d.from)} → ${roundName(report, d.to)}`.length)) + 2;
    for (const d of consecutive) {
      const mark = d.significant ? '*' : ' ';
      const line = `  ${padEnd(`${roundName(report, d.from)} → ${roundName(report, d.to)}`, pairWidth)}${padEnd(d.dimension, colWidth)}${padStart(signed(d.delta), 6)}${mark} [${signed(d.low)}, ${signed(d.high)}]${d.reason === 'insufficient-evidence' ? '  too little speech to tell' : ''}`;
      out.push(d.significant ? paint('bold', line) : line);
    }
  }

  const style = report.style.filter((s) => s.pair === 'consecutive');
  if (style.length > 0) {
    out.push('');
    out.push(paint('dim', 'style (function-word matching: 1 = same style)'));
    for (const s of style) {
      const m = s.markers;
      out.push(`  ${roundName(report, s.from)} → ${roundName(report, s.to)}: LSM ${s.lsm.value.toFixed(2)} [${s.lsm.low.toFixed(2)}, ${s.lsm.high.toFixed(2)}]${s.lsm.shifted ? ' shifted' : ''}; words/sentence ${signed(m.meanSentenceLength.delta)}, questions/sentence ${signed(m.questionRate.delta)}, fillers/100w ${signed(m.fillerRate.delta)}, I/me/100w ${signed(m.firstPersonRate.delta)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
