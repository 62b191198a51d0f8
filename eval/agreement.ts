/**
 * `npx tsx eval/agreement.ts`: how far independent annotators agree with the corpus labels.
 *
 * corpus/agreement/annotator-*.jsonl hold blind relabelings of the same 400 DEV candidate lines
 * (40 per sentences file, seeded): each annotator saw only corpus/GUIDELINES.md and the lines'
 * text under neutral ids, never the labels, the lexicons or the other annotator's work. The
 * table gives each annotator's F1 (the same metric as `npm run eval`) and Cohen's kappa against
 * the corpus, and between annotators. The library's row on these lines is on DEV items, which
 * its cues were tuned on and its learned layer trained on, so it overstates test accuracy; it is
 * there to show the scale, not as a result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIMENSION_DEFS, type Dimension } from '../src/index.js';
import { classify } from './classify.js';
import { CORPUS_DIR, loadSentences } from './corpus.js';
import { cohenKappa, dimensionScores } from './metrics.js';

export const AGREEMENT_DIR = join(CORPUS_DIR, 'agreement');

export interface Relabeling {
  annotator: string;
  labels: Map<string, Record<Dimension, number>>;
}

/** Every annotator's labels, by corpus id. */
export function loadRelabelings(): Relabeling[] {
  return readdirSync(AGREEMENT_DIR)
    .filter((f) => /^annotator-[a-z]+\.jsonl$/.test(f))
    .sort()
    .map((f) => {
      const labels = new Map<string, Record<Dimension, number>>();
      for (const line of readFileSync(join(AGREEMENT_DIR, f), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const row = JSON.parse(line) as { id: string; labels: Record<Dimension, number> };
        labels.set(row.id, row.labels);
      }
      return { annotator: f.slice('annotator-'.length, -'.jsonl'.length).toUpperCase(), labels };
    });
}

type Labels = (id: string) => Record<Dimension, number>;

function row(name: string, ids: readonly string[], reference: Labels, other: Labels): string {
  const cells = DIMENSION_DEFS.map((def) => {
    const ref = ids.map((id) => reference(id)[def.name]);
    const got = ids.map((id) => other(id)[def.name]);
    return `${dimensionScores(ref, got, def.min < 0).f1.toFixed(3)} / ${cohenKappa(ref, got).toFixed(2)}`;
  });
  return `| ${name} | ${cells.join(' | ')} |`;
}

function main(): void {
  const relabelings = loadRelabelings();
  const corpus = new Map(loadSentences().map((s) => [s.id, s]));
  const ids = [...relabelings[0]!.labels.keys()].sort();
  const gold: Labels = (id) => corpus.get(id)!.labels;
  const library = new Map(ids.map((id) => [id, classify(corpus.get(id)!.text).labels]));
  console.log(`Agreement on ${ids.length} dev candidate lines (F1 / Cohen's kappa; the first column is the reference)\n`);
  console.log(`| reference vs other | ${DIMENSION_DEFS.map((d) => d.name).join(' | ')} |`);
  console.log(`|---|${DIMENSION_DEFS.map(() => '--:').join('|')}|`);
  for (const r of relabelings) console.log(row(`corpus vs annotator ${r.annotator}`, ids, gold, (id) => r.labels.get(id)!));
  for (let i = 0; i < relabelings.length; i++) {
    for (let j = i + 1; j < relabelings.length; j++) {
      const [a, b] = [relabelings[i]!, relabelings[j]!];
      console.log(row(`annotator ${a.annotator} vs annotator ${b.annotator}`, ids, (id) => a.labels.get(id)!, (id) => b.labels.get(id)!));
    }
  }
  console.log(row('corpus vs tone-drift (dev lines: tuned and trained on)', ids, gold, (id) => library.get(id)!));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
