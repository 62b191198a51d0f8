import { readingOf } from '../text/compact.js';
import { normalize } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';

/** A cue's `askedBy`, compiled (compile.ts): where its pattern starts a word of a question, the cue holds for the answer. */
export interface AskedRule {
  cue: string;
  re: RegExp;
}

const QUESTION_END = /\?["')\]]*$/;

/**
 * The cues whose `askedBy` matches a question in `text` (the other speaker's turn before an
 * answer): a sentence of it that ends in "?".
 */
export function askedCues(text: string, rules: readonly AskedRule[]): ReadonlySet<string> {
  const out = new Set<string>();
  if (rules.length === 0 || !text.includes('?')) return out;
  // Read as the candidate's turns are (text/compact.ts): a sentence run on without a space ("…benefits.What do you think?") is two.
  const view = readingOf(normalize(text), text);
  for (const span of splitSentences(view.norm, view.text)) {
    const sentence = view.norm.slice(span.start, span.end);
    if (!QUESTION_END.test(sentence)) continue;
    for (const rule of rules) if (rule.re.test(sentence)) out.add(rule.cue);
  }
  return out;
}
