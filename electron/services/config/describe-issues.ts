// Turns zod issues into "key.path: found X, expected Y" lines.
import type { z } from 'zod';

/** Keys whose values are never echoed back (a misplaced plain PIN must not reach a log). */
const SECRET_KEYS = new Set(['pinHash']);

export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeFound(value: unknown, secret: boolean): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (secret) return 'a value (hidden)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Per-parse messages for zod's built-in checks, phrased as "expected ...". */
export const expectedMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'object' ? 'a mapping of keys' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? `expected a text of at least ${issue.minimum} character(s)`
          : `expected a number ≥ ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'number'
        ? `expected a number ≤ ${issue.maximum}`
        : `expected at most ${issue.maximum}`;
    default:
      return undefined;
  }
};

export function describeIssues(file: string, raw: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // One issue may carry several keys; the message already names them.
      const at = issue.path.length ? `${keyPath(issue.path)}: ` : '';
      return `${file}: ${at}${issue.message}`;
    }
    const secret = issue.path.some((p) => typeof p === 'string' && SECRET_KEYS.has(p));
    const found = describeFound(valueAt(raw, issue.path), secret);
    const what = found === 'nothing' ? 'missing' : `found ${found}`;
    return `${file}: ${keyPath(issue.path)}: ${what}, ${issue.message}`;
  });
}
