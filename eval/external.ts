/**
 * External checks on data written by others (see SOURCE.md in each ../shared/external folder for sources,
 * licenses and citations). Read from ../shared when present; skipped with a message when not.
 * Weights and thresholds are never tuned on them. Some cues were written after error analysis on these
 * parts (README, Accuracy); the CaSiNo test split and the politeness Stack Exchange half are never read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { parseCsv } from './csv.js';
import { auc } from './metrics.js';

export const EXTERNAL_DIR = new URL('../../shared/external/', import.meta.url).pathname;

export interface ExternalResult {
  name: string;
  available: boolean;
  message: string;
  auc?: number;
  positives?: number;
  negatives?: number;
}

const scoreOf = (text: string, dim: 'assertiveness' | 'focus'): number => analyze({ rounds: [{ answers: [text] }] }).rounds[0]!.scores[dim];

/**
 * Stanford Politeness Corpus, Wikipedia requests (Danescu-Niculescu-Mizil et al. 2013).
 * AUC of our assertiveness score for impolite (bottom quartile of the normalized score) against
 * polite (top quartile) requests.
 */
export function politeness(dir = EXTERNAL_DIR): ExternalResult {
  const file = join(dir, 'stanford-politeness', 'wikipedia.annotated.csv');
  if (!existsSync(file)) return { name: 'politeness', available: false, message: `skipped: ${file} not found` };
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8')).filter((r) => r.length > 1);
  const text = header!.indexOf('Request');
  const score = header!.indexOf('Normalized Score');
  const items = rows.map((r) => ({ text: r[text]!, score: Number(r[score]) })).sort((a, b) => a.score - b.score);
  const q = Math.floor(items.length / 4);
  const impolite = items.slice(0, q).map((i) => scoreOf(i.text, 'assertiveness'));
  const polite = items.slice(items.length - q).map((i) => scoreOf(i.text, 'assertiveness'));
  return { name: 'politeness', available: true, message: 'Stanford Politeness (Wikipedia): AUC of assertiveness, impolite vs polite quartiles', auc: auc(impolite, polite), positives: impolite.length, negatives: polite.length };
}

/**
 * CaSiNo negotiation dialogues, train + validation (Chawla et al. 2021). AUC of −focus for
 * utterances labeled self-need (and not other-need or showing-empathy) against utterances
 * labeled other-need or showing-empathy (and not self-need).
 */
export function casino(dir = EXTERNAL_DIR): ExternalResult {
  const files = ['casino_train.json', 'casino_valid.json'].map((f) => join(dir, 'casino', f));
  if (!files.every(existsSync)) return { name: 'casino', available: false, message: `skipped: ${files.join(' and ')} not found` };
  const self: number[] = [];
  const other: number[] = [];
  for (const file of files) {
    const dialogues = JSON.parse(readFileSync(file, 'utf8')) as Array<{ annotations: Array<[string, string]> }>;
    for (const d of dialogues) {
      for (const [text, labels] of d.annotations) {
        const set = new Set(labels.split(','));
        const isSelf = set.has('self-need');
        const isOther = set.has('other-need') || set.has('showing-empathy');
        if (isSelf && !isOther) self.push(-scoreOf(text, 'focus'));
        else if (isOther && !isSelf) other.push(-scoreOf(text, 'focus'));
      }
    }
  }
  return { name: 'casino', available: true, message: 'CaSiNo (train+valid): AUC of -focus, self-need vs other-need/showing-empathy', auc: auc(self, other), positives: self.length, negatives: other.length };
}
