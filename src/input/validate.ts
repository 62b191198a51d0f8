import type * as z from 'zod/mini';
import { ToneDriftError, type ErrorCode, type ErrorIssue } from '../errors.js';
import { describe, messages } from '../messages.js';
import { fastParseProcess } from './fastProcess.js';
import { AnalyzeOptionsSchema, ProcessSchema, type AnalyzeOptions, type Process } from '../schema/input.js';

/** `['rounds', 2, 'turns', 5, 'text']` → `rounds[2].turns[5].text` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function toIssue(raw: z.core.$ZodIssue, input: unknown, fallback: ErrorCode): ErrorIssue {
  const path = formatPath(raw.path);
  const last = raw.path[raw.path.length - 1];
  if (raw.code === 'custom') {
    const code = ((raw as { params?: { code?: ErrorCode } }).params?.code ?? fallback) as ErrorCode;
    const round = valueAt(input, raw.path) as Record<string, unknown>;
    const has = round && round.turns !== undefined && round.answers !== undefined ? 'both' : 'neither';
    return { code, path, message: messages.turnsXorAnswers(has) };
  }
  if (raw.code === 'too_small' && path === 'rounds') {
    return { code: 'NO_ROUNDS', path, message: messages.noRounds() };
  }
  if (raw.code === 'invalid_type') {
    const got = describe(valueAt(input, raw.path));
    const isText = last === 'text' || raw.path[raw.path.length - 2] === 'answers';
    const expected = raw.expected === 'string' ? 'a string' : raw.expected === 'number' ? 'a number' : `${raw.expected === 'array' ? 'an' : 'a'} ${raw.expected}`;
    return { code: isText ? 'INVALID_TEXT' : fallback, path, message: messages.expected(expected, got) };
  }
  if (raw.code === 'unrecognized_keys') {
    return { code: fallback, path, message: raw.keys.map(messages.unknownKey).join(', ') };
  }
  return { code: fallback, path, message: raw.message };
}

/** Checks a process against the contract; throws one `ToneDriftError` listing every problem. */
export function parseProcess(input: unknown): Process {
  // The common, valid case without zod's generic parse (same result; see fastProcess.ts).
  const fast = fastParseProcess(input);
  if (fast !== undefined) return fast;
  const result = ProcessSchema.safeParse(input);
  if (result.success) return result.data;
  // A missing `rounds` array and an empty one are the same problem for the user.
  const issues = result.error.issues.map((issue) => toIssue(issue, input, 'INVALID_INPUT'));
  const rounds = (input as { rounds?: unknown } | null)?.rounds;
  if (input !== null && typeof input === 'object' && rounds === undefined) {
    throw new ToneDriftError([{ code: 'NO_ROUNDS', path: 'rounds', message: messages.noRounds() }]);
  }
  throw new ToneDriftError(issues);
}

export function parseOptions(input: unknown): AnalyzeOptions {
  // No options (the usual call): what the schema makes of {}, a new empty object.
  if (input === undefined || input === null) return {};
  const result = AnalyzeOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ToneDriftError(result.error.issues.map((issue) => toIssue(issue, input, 'INVALID_OPTIONS')));
}
