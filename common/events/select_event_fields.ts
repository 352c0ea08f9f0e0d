import type { EventFieldValue } from '../model/raw_event';

function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  // A name also brings the fields under it, as `_source.includes` does for an object field.
  return new RegExp(`^${body}(\\..*)?$`);
}

/**
 * The flattened fields named by `patterns` (each a dotted name, its sub-fields included, `*` matching any
 * run of characters), as Elasticsearch's `_source.includes` selects them, so every engine returns the same
 * fields. Without patterns, every field. Cost: fields × patterns regular-expression tests.
 */
export function selectEventFields(
  source: Readonly<Record<string, EventFieldValue>>,
  patterns: readonly string[] | undefined,
): Record<string, EventFieldValue> {
  if (patterns === undefined) return { ...source };
  const tests = patterns.map(patternToRegExp);
  const selected: Record<string, EventFieldValue> = {};
  for (const [name, value] of Object.entries(source)) {
    if (tests.some((test) => test.test(name))) selected[name] = value;
  }
  return selected;
}
