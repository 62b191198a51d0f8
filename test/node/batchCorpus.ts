/** A small, seeded NDJSON corpus for the batch tests, with broken records at known places. */
import { analyze, isToneDriftError, type AnalyzeOptions } from '../../src/index.js';
import { mulberry32 } from '../../benchmarks/rng.js';

const SAYINGS = [
  'I think I could maybe help with the reporting backlog.',
  'In 2021 I led the migration of our billing system and cut costs by 30 percent.',
  'When I start, I will move my team off the nightly batch jobs.',
  'What would success look like for your team in the first year?',
  "I'm definitely the strongest candidate you've got.",
  'What is the bonus structure and how much vacation do I get?',
  'Last year I rebuilt the onboarding flow, and churn dropped by a third.',
  'I guess I am not totally sure, but I would probably try it.',
  'How do your customers use the dashboards today?',
  'I have two other offers, so I need an answer by Friday.',
  'Um, you know, I worked on a café app once — naïve at first, but it shipped.',
  'If I were lucky enough to join, I would learn the codebase first.',
];

const rng = mulberry32;

/** One small process: 2 or 3 rounds, as answers or as turns with an interviewer. */
export function smallProcess(i: number, size = 1): Record<string, unknown> {
  const next = rng(i + 1);
  const pick = () => SAYINGS[Math.floor(next() * SAYINGS.length)]!;
  const rounds = Array.from({ length: 2 + (i % 2) }, (_, r) => {
    const n = (3 + Math.floor(next() * 4)) * size;
    if ((i + r) % 3 === 0) return { label: `Round ${r + 1}`, answers: Array.from({ length: n }, pick) };
    return { label: `Round ${r + 1}`, turns: Array.from({ length: n }, () => [{ speaker: 'Dana', text: 'Tell me more?' }, { speaker: 'Sam', text: pick() }]).flat() };
  });
  return i % 5 === 0 ? { rounds } : { id: i % 7 === 0 ? i : `p-${i}`, candidate: 'Sam', rounds };
}

/** Broken records by input line (1-based), with the code each must give. */
export const BROKEN: ReadonlyMap<number, { text: string; code: string }> = new Map([
  [11, { text: '{"id":"bad-json","rounds":[', code: 'INVALID_JSON' }],
  [26, { text: '{"id":"no-rounds"}', code: 'NO_ROUNDS' }],
  [41, { text: '{"id":"bad-text","rounds":[{"turns":[{"speaker":"Sam","text":42}]}]}', code: 'INVALID_TEXT' }],
  [56, { text: '{"id":"silent","candidate":"Zed","rounds":[{"turns":[{"speaker":"Dana","text":"Hi there."},{"speaker":"Sam","text":"Hello, I led a team."}]}]}', code: 'CANDIDATE_NOT_FOUND' }],
  [71, { text: '42', code: 'INVALID_INPUT' }],
  [86, { text: 'not json at all', code: 'INVALID_JSON' }],
  [101, { text: '{"rounds":[]}', code: 'NO_ROUNDS' }],
  [116, { text: '{"id":"both","rounds":[{"turns":[],"answers":[]}]}', code: 'ROUND_TURNS_XOR_ANSWERS' }],
]);

/** Blank and whitespace-only lines: not records. */
const BLANK = new Map<number, string>([
  [5, ''],
  [60, '   \t'],
  [150, ''],
]);

/**
 * About `count` NDJSON lines: small processes, the broken records above, blank lines, one CRLF
 * line ending, a large first record (so later records finish first on the workers), and no
 * newline after the last line.
 */
export function corpusText(count = 210): string {
  const lines: string[] = [];
  for (let line = 1, i = 0; line <= count; line++) {
    const text = BROKEN.get(line)?.text ?? BLANK.get(line) ?? JSON.stringify(smallProcess(i++, line === 1 ? 40 : 1));
    lines.push(line === 30 ? `${text}\r` : text);
  }
  return lines.join('\n');
}

/** What each output line must be, computed without the batch runner: analyze() on every non-blank line. */
export function expectedLines(text: string, options?: AnalyzeOptions): string[] {
  const out: string[] = [];
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const index = out.length;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.push(`INVALID_JSON@${n + 1}`);
      return;
    }
    const rawId = (value as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined;
    try {
      const report = analyze(value as never, options);
      out.push(JSON.stringify(id === undefined ? { index, report } : { index, id, report }));
    } catch (e) {
      if (!isToneDriftError(e)) throw e;
      const error = { code: e.code, message: e.message.replace(/^tone-drift: /, ''), ...(e.path ? { path: e.path } : {}), line: n + 1 };
      out.push(JSON.stringify(id === undefined ? { index, error } : { index, id, error }));
    }
  });
  return out;
}
