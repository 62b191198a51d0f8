import * as z from 'zod/mini';
import { describe, messages } from '../messages.js';
import type { Turn } from '../schema/input.js';
import { formatError, nonEmpty, valueError } from './fail.js';
import { joinFragments } from './joinFragments.js';
import { parseJson } from './json.js';
import { mergeTurns } from './mergeTurns.js';
import { checkShape } from './shape.js';
import type { Transcript } from './types.js';

/**
 * Reads speech-to-text JSON, telling the service apart by its top-level keys:
 * - AssemblyAI `utterances: [{ speaker: 'A', text, start, end }]` (milliseconds) → "Speaker A";
 * - Deepgram `results.utterances` or `results.channels[0].alternatives[0].paragraphs.paragraphs`
 *   (seconds, `speaker: 0`) → "Speaker 0";
 * - Rev `monologues: [{ speaker, speaker_name?, elements: [{ type, value, ts?, end_ts? }] }]`
 *   → `speaker_name`, else "Speaker 0";
 * - Whisper `segments: [{ start, end, text }]` (or a bare array of them) → answers; segments
 *   with a `speaker` (WhisperX) → turns.
 * Times become seconds. Consecutive pieces of one speaker merge into one turn. Output without
 * speaker labels becomes answers, with fragments of one sentence joined.
 */
export function parseSttJson(text: string): Transcript {
  return nonEmpty(fromStt(parseJson(text)), 'speech-to-text JSON');
}

/** A piece of speech before merging; `speaker` is undefined when the service gave none. */
interface Piece {
  speaker: string | undefined;
  text: string;
  start?: number | undefined;
  end?: number | undefined;
  /** Path of the piece, for errors. */
  path: string;
}

function fromStt(value: unknown): Transcript {
  if (Array.isArray(value)) return whisper({ segments: value });
  if (value === null || typeof value !== 'object') throw formatError(messages.expected('a speech-to-text JSON object', describe(value)));
  const keys = Object.keys(value);
  if ('monologues' in value) return rev(value);
  if ('results' in value) return deepgram(value);
  if ('utterances' in value) return assemblyAi(value);
  if ('segments' in value) return whisper(value);
  throw formatError(messages.sttShape(keys));
}

const label = (speaker: string | number | undefined | null): string | undefined =>
  speaker === undefined || speaker === null || speaker === '' ? undefined : `Speaker ${speaker}`;

const Speaker = z.optional(z.nullable(z.union([z.string(), z.number()])));
const Time = z.optional(z.nullable(z.number()));

const AssemblyAi = z.object({
  text: z.optional(z.nullable(z.string())),
  utterances: z.nullable(z.array(z.object({ speaker: Speaker, text: z.string(), start: Time, end: Time }))),
});

function assemblyAi(value: unknown): Transcript {
  const data = checkShape(AssemblyAi, value);
  // Without speaker labels AssemblyAI sends `utterances: null` and the whole `text`.
  if (data.utterances === null) return { answers: joinFragments([data.text ?? '']) };
  return toTranscript(
    data.utterances.map((u, i) => ({ speaker: label(u.speaker), text: u.text, start: ms(u.start), end: ms(u.end), path: `utterances[${i}]` })),
  );
}

const ms = (t: number | null | undefined): number | undefined => (typeof t === 'number' ? t / 1000 : undefined);
const sec = (t: number | null | undefined): number | undefined => (typeof t === 'number' ? t : undefined);

const DeepgramParagraph = z.object({
  speaker: Speaker,
  start: Time,
  end: Time,
  sentences: z.array(z.object({ text: z.string() })),
});
const Deepgram = z.object({
  results: z.object({
    utterances: z.optional(z.nullable(z.array(z.object({ speaker: Speaker, transcript: z.string(), start: Time, end: Time })))),
    channels: z.optional(
      z.array(
        z.object({
          alternatives: z.array(
            z.object({
              transcript: z.optional(z.string()),
              paragraphs: z.optional(z.object({ paragraphs: z.array(DeepgramParagraph) })),
            }),
          ),
        }),
      ),
    ),
  }),
});

function deepgram(value: unknown): Transcript {
  const { results } = checkShape(Deepgram, value);
  if (results.utterances && results.utterances.length > 0) {
    return toTranscript(
      results.utterances.map((u, i) => ({ speaker: label(u.speaker), text: u.transcript, start: sec(u.start), end: sec(u.end), path: `results.utterances[${i}]` })),
    );
  }
  const best = results.channels?.[0]?.alternatives[0];
  const paragraphs = best?.paragraphs?.paragraphs;
  if (paragraphs && paragraphs.length > 0) {
    return toTranscript(
      paragraphs.map((p, i) => ({
        speaker: label(p.speaker),
        text: p.sentences.map((s) => s.text.trim()).filter(Boolean).join(' '),
        start: sec(p.start),
        end: sec(p.end),
        path: `results.channels[0].alternatives[0].paragraphs.paragraphs[${i}]`,
      })),
    );
  }
  return { answers: joinFragments([best?.transcript ?? '']) };
}

const Rev = z.object({
  monologues: z.array(
    z.object({
      speaker: Speaker,
      speaker_name: z.optional(z.nullable(z.string())),
      elements: z.array(z.object({ type: z.string(), value: z.string(), ts: Time, end_ts: Time })),
    }),
  ),
});

function rev(value: unknown): Transcript {
  const { monologues } = checkShape(Rev, value);
  return toTranscript(
    monologues.map((m, i) => {
      // Text elements are words; punct elements carry punctuation and the spaces between words.
      const spoken = m.elements.filter((e) => e.type === 'text' || e.type === 'punct');
      const timed = m.elements.filter((e) => typeof e.ts === 'number');
      return {
        speaker: m.speaker_name?.trim() || label(m.speaker),
        text: spoken.map((e) => e.value).join('').replace(/\s+/g, ' '),
        start: sec(timed[0]?.ts),
        end: sec(timed[timed.length - 1]?.end_ts),
        path: `monologues[${i}]`,
      };
    }),
  );
}

const Whisper = z.object({
  segments: z.array(z.object({ text: z.string(), start: Time, end: Time, speaker: z.optional(z.nullable(z.string())) })),
});

function whisper(value: unknown): Transcript {
  const { segments } = checkShape(Whisper, value);
  return toTranscript(
    segments.map((s, i) => ({ speaker: s.speaker ?? undefined, text: s.text, start: sec(s.start), end: sec(s.end), path: `segments[${i}]` })),
  );
}

/** Pieces with speakers become merged turns; pieces without any become answers. */
function toTranscript(pieces: readonly Piece[]): Transcript {
  const unlabeled = pieces.filter((p) => p.speaker === undefined);
  if (unlabeled.length === pieces.length) return { answers: joinFragments(pieces.map((p) => p.text)) };
  if (unlabeled.length > 0) throw valueError(`${unlabeled[0]!.path}.speaker`, messages.expected('a speaker label, as the other pieces have', 'nothing'));
  const turns: Turn[] = pieces.map((p) => {
    const turn: Turn = { speaker: p.speaker!, text: p.text.trim().replace(/\s*\n\s*/g, ' ') };
    if (p.start !== undefined) turn.start = p.start;
    if (p.end !== undefined) turn.end = p.end;
    return turn;
  });
  return { turns: mergeTurns(turns) };
}
