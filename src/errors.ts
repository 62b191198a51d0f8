/**
 * The one error class tone-drift throws, with a stable string `code`.
 * Wording lives in `messages.ts`; this file only carries the data.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INVALID_JSON'
  | 'USAGE'
  | 'NO_ROUNDS'
  | 'ROUND_TURNS_XOR_ANSWERS'
  | 'INVALID_TEXT'
  | 'CANDIDATE_NOT_FOUND'
  | 'CANDIDATE_SILENT'
  | 'INPUT_TOO_LARGE'
  | 'TRANSCRIPT_FORMAT'
  | 'TRANSCRIPT_PARSE'
  | 'TRANSCRIPT_EMPTY';

export interface ErrorIssue {
  code: ErrorCode;
  /** Path to the bad value, as in `rounds[2].turns[5].text`; '' for the input itself. */
  path: string;
  message: string;
  /** 1-based line in the source text, for problems found while parsing a transcript file. */
  line?: number;
}

export class ToneDriftError extends Error {
  override readonly name = 'ToneDriftError';
  readonly code: ErrorCode;
  readonly path: string;
  /** Every problem found, first one first; `code`, `path` and `message` repeat the first. */
  readonly issues: readonly ErrorIssue[];

  constructor(issues: readonly ErrorIssue[]) {
    const first = issues[0] ?? { code: 'INVALID_INPUT' as const, path: '', message: 'invalid input' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`tone-drift: ${first.path ? `${first.path}: ` : ''}${first.message}${more}`);
    this.code = first.code;
    this.path = first.path;
    this.issues = issues;
  }
}

export function isToneDriftError(value: unknown): value is ToneDriftError {
  return value instanceof ToneDriftError;
}
