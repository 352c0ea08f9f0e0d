import type { z } from 'zod';

type PathKey = PropertyKey;

function formatPath(root: string, path: readonly PathKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    root,
  );
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns zod issues into one line a person can act on: `body.time_range.from: expected an ISO-8601 date`.
 * Missing values read "required" (zod would report the expected type), unknown keys are listed one by one
 * under their own path, and zod's generic "Invalid input: " prefix is dropped. Issues are joined with "; ".
 */
export function formatValidationIssues(issues: readonly z.core.$ZodIssue[], data: unknown, root = 'body'): string {
  const parts: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) parts.push(`${formatPath(root, [...issue.path, key])}: unknown field`);
      continue;
    }
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    const message = missing ? 'required' : issue.message.replace(/^Invalid input: /, '');
    parts.push(`${formatPath(root, issue.path)}: ${message}`);
  }
  return parts.join('; ');
}
