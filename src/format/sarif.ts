import { DIMENSION_DEFS } from '../dimensions/registry.js';
import { LEARNED_CUE } from '../dimensions/learned.js';
import type { Evidence, Finding, Flag, Report } from '../schema/report.js';

/**
 * SARIF 2.1.0 output, for code-scanning viewers and CI annotations. A pure function of a report
 * and the files its rounds came from; the same input always gives the same bytes.
 *
 * - One run. `tool.driver` is "tone-drift" with `toolVersion`; no `informationUri`.
 * - Rules: one per kind of flag in the report, `drift.<dimension>.<up|down>` (short description:
 *   the coach's pattern name; help: the advice; default level by severity), then one per cue
 *   that fired, `cue.<cue id>` (default level "none"). Each group sorted by id.
 * - Results: each flag, in report order, with level "warning" (severity warning) or "note"
 *   (severity info), the message and the advice, and one location per evidence item. Then each
 *   finding, round by round, with kind "informational" and level "none": findings are the
 *   evidence behind the scores, not problems, so viewers list them without counting them as
 *   alerts (SARIF: a result whose kind is not "fail" has level "none").
 * - Locations: a round's file gives the `uri`; its `locate` maps a turn offset to a 1-based line
 *   and column (UTF-16 code units: the run sets `columnKind: "utf16CodeUnits"`), e.g. from a
 *   transcript's source map: `(turn, offset) => locate(source, turn, offset)`. A region ends
 *   just after the span's last character (`endColumn` is exclusive, as SARIF defines it).
 *   Without a file, a result has no location; without a position, only the `uri`.
 */

export interface SarifFile {
  /** The round's `id` in the report. */
  roundId: string;
  /** Where the round's transcript is: a relative path with `/` or an absolute URI, used as given. */
  uri: string;
  /** The 1-based line and column of a UTF-16 offset into a turn's (or answer's) text, when known. */
  locate?: (turn: number, offset: number) => { line: number; column: number } | undefined;
}

export interface SarifOptions {
  /** The files the rounds came from; a round without one gets results without locations. */
  files?: readonly SarifFile[];
  /** The tool's version, written to `tool.driver.version`. */
  toolVersion?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'none' | 'note' | 'warning' | 'error';

export interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string };
  defaultConfiguration: { level: Level };
  properties: Record<string, unknown>;
}

export interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

export interface Location {
  physicalLocation: { artifactLocation: { uri: string }; region?: Region };
  message?: { text: string };
}

export interface Result {
  ruleId: string;
  ruleIndex: number;
  kind?: 'informational';
  level: Level;
  message: { text: string };
  locations?: Location[];
  properties: Record<string, unknown>;
}

const flagRuleId = (f: Pick<Flag, 'dimension' | 'direction'>): string => `drift.${f.dimension}.${f.direction}`;
const cueRuleId = (cue: string): string => `cue.${cue}`;
const sign = (polarity: number): string => (polarity > 0 ? '+' : '-');
const byId = (a: Rule, b: Rule): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The report as a SARIF 2.1.0 log (pretty-printed JSON, ending in a newline). */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const files = new Map<string, SarifFile>();
  for (const file of options.files ?? []) if (!files.has(file.roundId)) files.set(file.roundId, file);

  const rules = [...flagRules(report.flags), ...cueRules(report)];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const at = (id: string): number => index.get(id)!;

  const results: Result[] = [];
  for (const flag of report.flags) {
    const id = flagRuleId(flag);
    const locations = flag.evidence.flatMap((e) => location(files.get(e.round), e, evidenceNote(e)));
    const fallback = locations.length === 0 ? location(files.get(flag.to), undefined) : [];
    results.push({
      ruleId: id,
      ruleIndex: at(id),
      level: flag.severity === 'warning' ? 'warning' : 'note',
      message: { text: `${flag.message} Advice: ${flag.advice}` },
      ...withLocations([...locations, ...fallback]),
      properties: { from: flag.from, to: flag.to, pair: flag.pair, delta: flag.delta, low: flag.low, high: flag.high },
    });
  }
  for (const round of report.rounds) {
    for (const f of round.findings) {
      const id = cueRuleId(f.cue);
      results.push({
        ruleId: id,
        ruleIndex: at(id),
        kind: 'informational',
        level: 'none',
        message: { text: `${f.dimension} ${sign(f.polarity)}: "${f.text}"${f.words ? ` (weighed most: ${f.words.map((w) => `"${w.text}"`).join(', ')})` : ''}` },
        ...withLocations(location(files.get(round.id), f)),
        properties: { round: round.id, turn: f.turn, start: f.start, end: f.end, weight: f.weight },
      });
    }
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tone-drift', ...(options.toolVersion !== undefined ? { version: options.toolVersion } : {}), rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** One rule per kind of flag (dimension and direction), described by the first flag of that kind. */
function flagRules(flags: readonly Flag[]): Rule[] {
  const rules = new Map<string, Rule>();
  for (const f of flags) {
    const id = flagRuleId(f);
    if (rules.has(id)) continue;
    rules.set(id, {
      id,
      shortDescription: { text: f.pattern },
      fullDescription: { text: `The candidate's ${f.dimension} ${f.direction === 'up' ? 'rose' : 'fell'} significantly from one interview round to a later one (${f.pattern}).` },
      help: { text: f.advice },
      defaultConfiguration: { level: f.severity === 'warning' ? 'warning' : 'note' },
      properties: { dimension: f.dimension, direction: f.direction, severity: f.severity },
    });
  }
  return [...rules.values()].sort(byId);
}

/** One rule per cue that fired in any round, described from the lexicon when it knows the cue. */
function cueRules(report: Report): Rule[] {
  const rules = new Map<string, Rule>();
  for (const round of report.rounds) {
    for (const f of round.findings) {
      const id = cueRuleId(f.cue);
      if (!rules.has(id)) rules.set(id, cueRule(id, f));
    }
  }
  return [...rules.values()].sort(byId);
}

function cueRule(id: string, f: Finding): Rule {
  const def = DIMENSION_DEFS.find((d) => d.name === f.dimension);
  if (f.cue.endsWith(LEARNED_CUE)) return learnedRule(id, f);
  const cue = def?.cues.find((c) => c.id === f.cue);
  const polarity = cue?.polarity ?? f.polarity;
  const pole = def ? ` (toward "${polarity > 0 ? def.high : def.low}")` : '';
  const rule: Rule = {
    id,
    shortDescription: { text: `${f.dimension} ${sign(polarity)}: ${f.cue}` },
    fullDescription: { text: `A phrase that counts as evidence for a ${polarity > 0 ? 'higher' : 'lower'} ${f.dimension} score${pole}. Findings explain the scores; they are not problems on their own.` },
    defaultConfiguration: { level: 'none' },
    properties: { dimension: f.dimension, polarity },
  };
  if (cue) rule.help = { text: `Example: "${cue.example}"` };
  return rule;
}

/** The rule of a dimension's learned findings, which may point either way. */
function learnedRule(id: string, f: Finding): Rule {
  return {
    id,
    shortDescription: { text: `${f.dimension}: learned` },
    fullDescription: { text: `A sentence the ${f.dimension} model learned from the labeled corpus puts toward one end of the scale, where no cue decided it; the finding's words are those that weighed most. Findings explain the scores; they are not problems on their own.` },
    defaultConfiguration: { level: 'none' },
    properties: { dimension: f.dimension },
  };
}

const evidenceNote = (e: Evidence): string => `${e.cue}: "${e.text}"`;

const isPosition = (p: { line: number; column: number } | undefined): p is { line: number; column: number } =>
  p !== undefined && Number.isInteger(p.line) && Number.isInteger(p.column) && p.line >= 1 && p.column >= 1;

/**
 * The location of a span of a turn in its round's file: none without a file, only the file
 * without a known start, and a region that ends just past the span's last character when that
 * is known too.
 */
function location(file: SarifFile | undefined, span: { turn: number; start: number; end: number } | undefined, note?: string): Location[] {
  if (!file) return [];
  const loc: Location = { physicalLocation: { artifactLocation: { uri: file.uri } } };
  const start = span && file.locate ? file.locate(span.turn, span.start) : undefined;
  if (span && file.locate && isPosition(start)) {
    const region: Region = { startLine: start.line, startColumn: start.column };
    const last = span.end > span.start ? file.locate(span.turn, span.end - 1) : undefined;
    const end = last && { line: last.line, column: last.column + 1 };
    if (span.end <= span.start) {
      region.endLine = start.line;
      region.endColumn = start.column;
    } else if (isPosition(end) && (end.line > start.line || (end.line === start.line && end.column > start.column))) {
      region.endLine = end.line;
      region.endColumn = end.column;
    }
    loc.physicalLocation.region = region;
  }
  if (note !== undefined) loc.message = { text: note };
  return [loc];
}

const withLocations = (locations: Location[]): { locations?: Location[] } => (locations.length > 0 ? { locations } : {});
