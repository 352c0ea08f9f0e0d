import type { EventFieldValue } from '../model/raw_event';

/**
 * The value of `field` in a flattened event, also for a multi-field of a scalar: an index that maps
 * `src_ip` as text with a `src_ip.keyword` sub-field is queried on `src_ip.keyword`, while the document
 * holds `src_ip`, and both hold the same value. Only a scalar (or array) parent is taken, so a missing
 * `url.domain` never shows some other `url` object. Undefined when the event has no such field.
 */
export function getEventFieldValue(source: Readonly<Record<string, EventFieldValue>>, field: string): EventFieldValue | undefined {
  if (Object.prototype.hasOwnProperty.call(source, field)) return source[field];
  for (let dot = field.lastIndexOf('.'); dot > 0; dot = field.lastIndexOf('.', dot - 1)) {
    const parent = field.slice(0, dot);
    if (!Object.prototype.hasOwnProperty.call(source, parent)) continue;
    const value = source[parent];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : value;
  }
  return undefined;
}
