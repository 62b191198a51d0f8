import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { runBatch, type BatchProgress } from '../../src/node/index.js';
import { parseTranscript } from '../../src/transcript/index.js';

function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  return Object.assign(w, { text: () => Buffer.concat(chunks).toString('utf8') });
}

const PHONE = `Dana: Thanks for joining. Tell me about a project you are proud of?
Sam: In 2021 I led the billing migration and we cut costs by a third.
Dana: How do you work with product?
Sam: I think I usually try to sit with them early. Maybe that helps.
Sam: What would success look like for your team this year?`;

const FINAL = `Dana: Any questions for us?
Sam: When I start, I'll move my team off the nightly jobs.
Sam: We both know I'm the strongest candidate you've got.
Dana: Thanks, Sam.
Sam: What's the bonus structure? I need an answer by Friday.`;

const ONSITE = `Lee: Walk me through a hard call you made.
Ana: Last year I rebuilt our onboarding flow and churn dropped.
Lee: What do you want to know about us?
Ana: How do your customers use the dashboards today?`;

/** The three process folders, file name → text. */
const FOLDERS: Record<string, Record<string, string>> = {
  'sam-rivera': { '01-phone.txt': PHONE, '02-final.txt': FINAL },
  'ana-lopez': { 'round-2.txt': FINAL.replaceAll('Sam', 'Ana').replaceAll('Dana', 'Lee'), 'round-10.txt': ONSITE, 'round-1.txt': PHONE.replaceAll('Sam', 'Ana').replaceAll('Dana', 'Lee') },
  'kim-park': { 'a.txt': PHONE.replaceAll('Sam', 'Kim'), 'b.txt': ONSITE.replaceAll('Ana', 'Kim'), 'c.txt': FINAL.replaceAll('Sam', 'Kim') },
};
/** Natural file-name order: round-2 before round-10. */
const ORDER: Record<string, string[]> = {
  'sam-rivera': ['01-phone.txt', '02-final.txt'],
  'ana-lopez': ['round-1.txt', 'round-2.txt', 'round-10.txt'],
  'kim-park': ['a.txt', 'b.txt', 'c.txt'],
};

function expectedReport(folder: string): unknown {
  const rounds = ORDER[folder]!.map((name) => ({ label: name.replace(/\.txt$/, ''), ...parseTranscript(FOLDERS[folder]![name]!, { fileName: name }) }));
  return analyze({ rounds });
}

let root: string;
let corpus: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tone-drift-dir-'));
  corpus = join(root, 'corpus');
  for (const [folder, files] of Object.entries(FOLDERS)) {
    mkdirSync(join(corpus, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, folder, name), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runBatch over a directory of process folders', () => {
  it('analyzes each folder, ids from folder names, folders and round files in natural order', async () => {
    const output = sink();
    const calls: BatchProgress[] = [];
    const summary = await runBatch({ input: corpus, output, jobs: 1, onProgress: (p) => calls.push(p) });
    expect(summary).toMatchObject({ records: 3, reports: 3, errors: 0 });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; id: string; report: { rounds: Array<{ label: string }> } });
    expect(lines.map((l) => [l.index, l.id])).toEqual([[0, 'ana-lopez'], [1, 'kim-park'], [2, 'sam-rivera']]);
    for (const line of lines) expect(line.report).toEqual(expectedReport(line.id));
    expect(lines[0]!.report.rounds.map((r) => r.label)).toEqual(['round-1', 'round-2', 'round-10']);
    expect(calls.map((c) => [c.done, c.total, c.fraction])).toEqual([[1, 3, 1 / 3], [2, 3, 2 / 3], [3, 3, 1]]);
    expect(output.text()).toBe(['ana-lopez', 'kim-park', 'sam-rivera'].map((id, index) => `${JSON.stringify({ index, id, report: expectedReport(id) })}\n`).join(''));
  });

  it('gives the same bytes with 2 workers', async () => {
    const one = sink();
    const two = sink();
    await runBatch({ input: corpus, output: one, jobs: 1 });
    const summary = await runBatch({ input: corpus, output: two, jobs: 2 });
    expect(summary).toMatchObject({ records: 3, reports: 3, jobs: 2 });
    expect(two.text()).toBe(one.text());
  });

  it('reads process.json as the whole process, turns bad folders into error lines, skips hidden entries and plain files', async () => {
    const dir = join(root, 'mixed');
    const make = (folder: string, files: Record<string, string>) => {
      mkdirSync(join(dir, folder), { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, folder, name), text);
    };
    const process = { candidate: 'Sam', rounds: [{ label: 'Only', answers: ['In 2020 I led the migration.', 'What matters most to your team?'] }] };
    make('p1-json', { 'process.json': JSON.stringify(process), 'notes.txt': 'ignored: process.json wins' });
    make('p2-broken', { '1.vtt': 'WEBVTT\n\nnot a timing line\nSam: hi\n' });
    make('p3-empty', {});
    make('p4-bad-json', { 'process.json': '{"rounds": [oops]}' });
    make('p5-silent', { '1.txt': 'Dana: Hello?\nSam: Hi, I led a team.', '.hidden.txt': 'Zed: ignored' });
    make('.git', { 'HEAD': 'ref' });
    writeFileSync(join(dir, 'README.md'), 'not a process');
    symlinkSync(join(dir, 'p1-json'), join(dir, 'p6-link'));

    const output = sink();
    const summary = await runBatch({ input: dir, output, jobs: 1, analyzeOptions: { candidate: 'Sam' } });
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; id: string; report?: unknown; error?: { code: string; message: string; path?: string; line?: number } });
    expect(lines.map((l) => l.id)).toEqual(['p1-json', 'p2-broken', 'p3-empty', 'p4-bad-json', 'p5-silent', 'p6-link']);
    expect(summary).toMatchObject({ records: 6, reports: 3, errors: 3 });
    expect(lines[0]!.report).toEqual(analyze(process, { candidate: 'Sam' }));
    expect(lines[5]!.report).toEqual(lines[0]!.report);
    expect(lines[1]!.error).toMatchObject({ code: 'TRANSCRIPT_PARSE', path: '1.vtt', line: 3 });
    expect(lines[1]!.error!.message).toMatch(/^1\.vtt: line 3: /);
    expect(lines[2]!.error).toMatchObject({ code: 'NO_ROUNDS' });
    expect(lines[3]!.error).toMatchObject({ code: 'INVALID_JSON', path: 'process.json', line: 1 });
    expect(lines[4]!.report).toBeDefined();
  });
});
