/**
 * Speakerless captions and speech-to-text segments often break mid-sentence. A fragment that
 * follows one without sentence-final punctuation (. ! ? …, maybe before a closing quote or
 * bracket) continues it; every finished run becomes one answer. Empty fragments are dropped.
 */
const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019)\]]*$/;

export function joinFragments(fragments: readonly string[]): string[] {
  const answers: string[] = [];
  let open = false;
  for (const raw of fragments) {
    const text = raw.trim();
    if (text === '') continue;
    if (open) answers[answers.length - 1] += ` ${text}`;
    else answers.push(text);
    open = !SENTENCE_END.test(text);
  }
  return answers;
}
