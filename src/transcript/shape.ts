import * as z from 'zod/mini';
import { ToneDriftError, type ErrorIssue } from '../errors.js';
import { formatPath } from '../input/validate.js';
import { describe, messages } from '../messages.js';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

const A: Record<string, string> = { string: 'a string', number: 'a number', array: 'an array', object: 'an object' };

/**
 * Checks a parsed JSON value against a zod schema. Every problem becomes a TRANSCRIPT_PARSE
 * issue whose path names the value (`utterances[3].text`) below `prefix`.
 */
export function checkShape<T>(schema: z.ZodMiniType<T>, value: unknown, prefix: readonly PropertyKey[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ErrorIssue[] = result.error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    const expected = issue.code === 'invalid_type' ? (A[issue.expected] ?? issue.expected) : 'a valid value';
    return { code: 'TRANSCRIPT_PARSE', path, message: messages.expected(expected, describe(valueAt(value, issue.path))) };
  });
  throw new ToneDriftError(issues);
}
