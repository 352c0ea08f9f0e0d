import type { EventFieldValue } from '../model/raw_event';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function toFieldValue(value: unknown): EventFieldValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toFieldValue);
  if (isPlainObject(value)) {
    const copy: Record<string, EventFieldValue> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = toFieldValue(inner);
    return copy;
  }
  return String(value);
}

/**
 * A document's fields by dotted name, as Discover and field_caps name them: `{alert: {signature_id: 1}}`
 * → `{'alert.signature_id': 1}`. Keys already dotted (Zeek's `id.orig_h`) are kept as they are. Arrays are
 * values, not flattened further (`related.ip: ['10.0.0.1', …]`), as in Elasticsearch's `fields`. Absent
 * (undefined) values are left out; null stays null. Big integers become numbers when exact, else strings; dates
 * (an engine's timestamp columns) ISO-8601 strings.
 * Cost: one visit per value. The input is never mutated.
 */
export function flattenEventSource(document: Readonly<Record<string, unknown>>): Record<string, EventFieldValue> {
  const flat: Record<string, EventFieldValue> = {};
  const visit = (prefix: string, value: unknown): void => {
    if (value === undefined) return;
    if (isPlainObject(value)) {
      const entries = Object.entries(value);
      // An empty object still says the field exists.
      if (entries.length === 0 && prefix !== '') flat[prefix] = {};
      for (const [key, inner] of entries) visit(prefix === '' ? key : `${prefix}.${key}`, inner);
      return;
    }
    flat[prefix] = toFieldValue(value);
  };
  visit('', document);
  return flat;
}
