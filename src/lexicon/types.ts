import type { Scope } from '../text/scopes.js';

/**
 * One cue: a rule that finds evidence for a dimension. Cues are plain data.
 *
 * `pattern` is a regular expression source over normalized text (lower case, straight quotes,
 * fillers blanked). A space in it matches any run of white space, and " ?" any run or none. It
 * must start with a literal word, or a group of literal words `(?:a|b c)`, or a digit or
 * currency class (`#num`), so the matcher can index it by its first word; that word is spelled
 * out whole ("subsidise|subsidize", not "subsidi[sz]e"). It must not capture (use `(?:…)`), and
 * it ends at a word boundary. Write `\\b` in a string, never `\b` (a backspace). Keep patterns
 * free of nested quantifiers: they run on hostile input. The lexicon tests generate a sample for
 * every branch of every pattern and fail on a branch that cannot match.
 */
export interface Cue {
  /** Stable id, `<dimension>.<name>`; reports and tests refer to it. */
  id: string;
  /** Direction on the dimension's axis (see the report contract). */
  polarity: 1 | -1;
  /** How much one hit counts, > 0. */
  weight: number;
  pattern: string;
  /** A sentence in which this cue fires; a test runs every example. */
  example: string;
  /** Sentences in which it must not fire (optional); a test runs them too. */
  counterExamples?: string[];
  /** Where the cue comes from: 'coach' (the coaching notes), a paper, or a dataset's dev split. */
  source: string;
  /** Scopes that silence this cue; overrides the dimension's default. */
  blockedBy?: Scope[];
  /** Scopes that must hold for this cue to count. */
  requires?: Scope[];
  /**
   * Ids of cues of the same dimension that outrank this one: where one of them fires in the same
   * sentence, this cue's finding is dropped with its evidence (a question about the employer that
   * asks about pay is about pay).
   */
  yieldsTo?: string[];
  /**
   * A pattern (same syntax) over the question the candidate is answering: a sentence ending in
   * "?" in the other speaker's turn just before. Where one matches, this cue outranks the cues
   * that yield to it throughout the answer, though it adds no evidence of its own: an answer to
   * "What are your salary expectations?" is not pay brought up unasked. The interviewer's words
   * never add evidence.
   */
  askedBy?: string;
  /** A question `askedBy` matches; a test runs it. */
  askedExample?: string;
}
