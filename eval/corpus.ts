import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dimension, Process } from '../src/index.js';
import { splitOf, type Split } from './split.js';

export const CORPUS_DIR = new URL('../corpus/', import.meta.url).pathname;

export interface SentenceItem {
  id: string;
  speaker: 'candidate' | 'interviewer';
  text: string;
  labels: Record<Dimension, number>;
  hard?: string[];
  note?: string;
  split: Split;
  file: string;
  line: number;
}

export type Direction = 'up' | 'down' | 'same';
export interface PairExpectation {
  from: number;
  to: number;
  assertiveness: Direction;
  presumption: Direction;
  focus: Direction;
  examples: Direction;
  flag: 'warning' | 'info' | 'none';
}
export interface ProcessItem extends Process {
  id: string;
  scenario: string;
  expect: PairExpectation[];
  split: Split;
  file: string;
  line: number;
}

function readJsonl<T>(prefix: string): Array<T & { file: string; line: number }> {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl')).sort();
  const out: Array<T & { file: string; line: number }> = [];
  for (const file of files) {
    readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      try {
        out.push({ ...(JSON.parse(raw) as T), file, line: i + 1 });
      } catch (e) {
        throw new Error(`corpus/${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
  }
  return out;
}

export function loadSentences(): SentenceItem[] {
  return readJsonl<Omit<SentenceItem, 'split' | 'file' | 'line'>>('sentences').map((s) => ({ ...s, split: splitOf(s.id) }));
}

export function loadProcesses(): ProcessItem[] {
  return readJsonl<Omit<ProcessItem, 'split' | 'file' | 'line'>>('processes').map((p) => ({ ...p, split: splitOf(p.id) }));
}
