import { Traced } from './traced.js';

/**
 * Speakerless captions and speech-to-text segments often break mid-sentence. A fragment that
 * follows one without sentence-final punctuation (. ! ? …, maybe before a closing quote or
 * bracket) continues it; every finished run becomes one answer. Empty fragments are dropped.
 */
const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019)\]]*$/;

export function joinFragments(fragments: readonly string[]): string[] {
  return joinTracedFragments(fragments.map(Traced.plain)).map((a) => a.text);
}

/** `joinFragments` for traced fragments: a joined answer keeps one run of segments per fragment. */
export function joinTracedFragments(fragments: readonly Traced[]): Traced[] {
  const answers: Traced[][] = [];
  let open = false;
  for (const raw of fragments) {
    const text = raw.trim();
    if (text.text === '') continue;
    if (open) answers[answers.length - 1]!.push(text);
    else answers.push([text]);
    open = !SENTENCE_END.test(text.text);
  }
  return answers.map((parts) => Traced.join(parts, ' '));
}
