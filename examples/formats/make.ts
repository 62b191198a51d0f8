/**
 * Writes examples/process.json in every transcript format tone-drift reads, one file per round,
 * so tests can check that each format gives the same scores as the JSON form.
 * Run: npx tsx examples/formats/make.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Turn { speaker: string; text: string; start: number }
const here = dirname(fileURLToPath(import.meta.url));
const process = JSON.parse(readFileSync(join(here, '..', 'process.json'), 'utf8')) as { rounds: Array<{ id: string; turns: Turn[] }> };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const clock = (s: number, sep: string) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(Math.floor(s % 60))}${sep}${pad(Math.round((s % 1) * 1000), 3)}`;
const ends = (turns: Turn[]) => turns.map((t, i) => turns[i + 1]?.start ?? t.start + 5);
const speakerIndex = (turns: Turn[]) => new Map([...new Set(turns.map((t) => t.speaker))].map((s, i) => [s, i]));

const writers: Record<string, (turns: Turn[]) => string> = {
  'lines.txt': (turns) => turns.map((t) => `${t.speaker}: ${t.text}`).join('\n') + '\n',
  'zoom.vtt': (turns) => 'WEBVTT\n\n' + turns.map((t, i) => `${i + 1}\n${clock(t.start, '.')} --> ${clock(ends(turns)[i]!, '.')}\n${t.speaker}: ${t.text}\n`).join('\n'),
  'teams.vtt': (turns) => 'WEBVTT\n\n' + turns.map((t, i) => `${clock(t.start, '.')} --> ${clock(ends(turns)[i]!, '.')}\n<v ${t.speaker}>${t.text}</v>\n`).join('\n'),
  'round.srt': (turns) => turns.map((t, i) => `${i + 1}\n${clock(t.start, ',')} --> ${clock(ends(turns)[i]!, ',')}\n${t.speaker}: ${t.text}\n`).join('\n'),
  'otter.txt': (turns) => turns.map((t) => `${t.speaker}  ${Math.floor(t.start / 60)}:${pad(Math.floor(t.start % 60))}\n${t.text}\n`).join('\n'),
  'assemblyai.json': (turns) => {
    const ids = speakerIndex(turns);
    return JSON.stringify({ utterances: turns.map((t, i) => ({ speaker: String.fromCharCode(65 + ids.get(t.speaker)!), text: t.text, start: t.start * 1000, end: ends(turns)[i]! * 1000 })) }, null, 2) + '\n';
  },
  'deepgram.json': (turns) => {
    const ids = speakerIndex(turns);
    return JSON.stringify({ results: { utterances: turns.map((t, i) => ({ speaker: ids.get(t.speaker), transcript: t.text, start: t.start, end: ends(turns)[i] })) } }, null, 2) + '\n';
  },
  'rev.json': (turns) =>
    JSON.stringify({ monologues: turns.map((t, i) => ({ speaker: speakerIndex(turns).get(t.speaker), speaker_name: t.speaker, elements: [{ type: 'text', value: t.text, ts: t.start, end_ts: ends(turns)[i] }] })) }, null, 2) + '\n',
};

for (const [file, write] of Object.entries(writers)) {
  const dir = join(here, file.replace(/\.[^.]+$/, '').replace('round', 'srt'));
  mkdirSync(dir, { recursive: true });
  process.rounds.forEach((round, i) => {
    const ext = file.slice(file.indexOf('.'));
    writeFileSync(join(dir, `${i + 1}-${round.id}${ext}`), write(round.turns));
  });
}
console.log(`wrote ${Object.keys(writers).length} formats × ${process.rounds.length} rounds under ${here}`);
