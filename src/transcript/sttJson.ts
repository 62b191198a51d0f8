import * as z from 'zod/mini';
import { describe, messages } from '../messages.js';
import { formatError, nonEmpty, valueError } from './fail.js';
import { joinTracedFragments } from './joinFragments.js';
import { JsonStrings, parseJson } from './json.js';
import { mergeTracedTurns, type TracedTurn } from './mergeTurns.js';
import { checkShape } from './shape.js';
import { Traced } from './traced.js';
import { untrace, type TracedTranscript } from './tracedTranscript.js';
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
  return untrace(traceSttJson(text, false));
}

/**
 * `parseSttJson` with source positions when `trace` is true: each piece of text maps to its
 * string value in the file (an utterance's `text`, a Deepgram sentence, a Rev element's
 * `value`), escapes to their backslash.
 */
export function traceSttJson(text: string, trace = true): TracedTranscript {
  const value = parseJson(text);
  return nonEmpty(fromStt(value, new JsonStrings(text, trace)), 'speech-to-text JSON');
}

/** A piece of speech before merging; `speaker` is undefined when the service gave none. */
interface Piece {
  speaker: string | undefined;
  text: Traced;
  start?: number | undefined;
  end?: number | undefined;
  /** Path of the piece, for errors. */
  path: string;
}

function fromStt(value: unknown, json: JsonStrings): TracedTranscript {
  if (Array.isArray(value)) return whisper({ segments: value }, json, []);
  if (value === null || typeof value !== 'object') throw formatError(messages.expected('a speech-to-text JSON object', describe(value)));
  const keys = Object.keys(value);
  if ('monologues' in value) return rev(value, json);
  if ('results' in value) return deepgram(value, json);
  if ('utterances' in value) return assemblyAi(value, json);
  if ('segments' in value) return whisper(value, json, ['segments']);
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

function assemblyAi(value: unknown, json: JsonStrings): TracedTranscript {
  const data = checkShape(AssemblyAi, value);
  // Without speaker labels AssemblyAI sends `utterances: null` and the whole `text`.
  if (data.utterances === null) return { answers: joinTracedFragments([json.at(['text'], data.text ?? '')]) };
  return toTranscript(
    data.utterances.map((u, i) => ({
      speaker: label(u.speaker),
      text: json.at(['utterances', i, 'text'], u.text),
      start: ms(u.start),
      end: ms(u.end),
      path: `utterances[${i}]`,
    })),
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

function deepgram(value: unknown, json: JsonStrings): TracedTranscript {
  const { results } = checkShape(Deepgram, value);
  if (results.utterances && results.utterances.length > 0) {
    return toTranscript(
      results.utterances.map((u, i) => ({
        speaker: label(u.speaker),
        text: json.at(['results', 'utterances', i, 'transcript'], u.transcript),
        start: sec(u.start),
        end: sec(u.end),
        path: `results.utterances[${i}]`,
      })),
    );
  }
  const alternative = ['results', 'channels', 0, 'alternatives', 0];
  const best = results.channels?.[0]?.alternatives[0];
  const paragraphs = best?.paragraphs?.paragraphs;
  if (paragraphs && paragraphs.length > 0) {
    return toTranscript(
      paragraphs.map((p, i) => ({
        speaker: label(p.speaker),
        text: Traced.join(
          p.sentences.map((s, j) => json.at([...alternative, 'paragraphs', 'paragraphs', i, 'sentences', j, 'text'], s.text).trim()).filter((s) => s.text !== ''),
          ' ',
        ),
        start: sec(p.start),
        end: sec(p.end),
        path: `results.channels[0].alternatives[0].paragraphs.paragraphs[${i}]`,
      })),
    );
  }
  return { answers: joinTracedFragments([json.at([...alternative, 'transcript'], best?.transcript ?? '')]) };
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

function rev(value: unknown, json: JsonStrings): TracedTranscript {
  const { monologues } = checkShape(Rev, value);
  return toTranscript(
    monologues.map((m, i) => {
      // Text elements are words; punct elements carry punctuation and the spaces between words.
      const spoken = m.elements.flatMap((e, j) => (e.type === 'text' || e.type === 'punct' ? [json.at(['monologues', i, 'elements', j, 'value'], e.value)] : []));
      const timed = m.elements.filter((e) => typeof e.ts === 'number');
      return {
        speaker: m.speaker_name?.trim() || label(m.speaker),
        text: Traced.join(spoken).replace(/\s+/g, () => ' '),
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

/** `root` is where the segments are: `["segments"]`, or `[]` for a bare array of them. */
function whisper(value: unknown, json: JsonStrings, root: Array<string | number>): TracedTranscript {
  const { segments } = checkShape(Whisper, value);
  return toTranscript(
    segments.map((s, i) => ({
      speaker: s.speaker ?? undefined,
      text: json.at([...root, i, 'text'], s.text),
      start: sec(s.start),
      end: sec(s.end),
      path: `segments[${i}]`,
    })),
  );
}

/** Pieces with speakers become merged turns; pieces without any become answers. */
function toTranscript(pieces: readonly Piece[]): TracedTranscript {
  const unlabeled = pieces.filter((p) => p.speaker === undefined);
  if (unlabeled.length === pieces.length) return { answers: joinTracedFragments(pieces.map((p) => p.text)) };
  if (unlabeled.length > 0) throw valueError(`${unlabeled[0]!.path}.speaker`, messages.expected('a speaker label, as the other pieces have', 'nothing'));
  const turns: TracedTurn[] = pieces.map((p) => {
    const turn: TracedTurn = { speaker: p.speaker!, text: p.text.trim().replace(/\s*\n\s*/g, () => ' ') };
    if (p.start !== undefined) turn.start = p.start;
    if (p.end !== undefined) turn.end = p.end;
    return turn;
  });
  return { turns: mergeTracedTurns(turns) };
}
