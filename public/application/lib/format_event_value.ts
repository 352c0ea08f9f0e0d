import type { EventFieldValue } from '../../../common/model/raw_event';

/** A field value in a table cell: text as is, arrays comma-separated, objects as JSON, a missing field as "—". */
export function formatEventValue(value: EventFieldValue | undefined): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map((item: EventFieldValue) => formatEventValue(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
