import { flattenEventSource } from '../../../common/events/flatten_event_source';
import { selectEventFields } from '../../../common/events/select_event_fields';
import type { RawEvent } from '../../../common/model/raw_event';
import type { EventsCatalogue } from './build_events_sql';
import { EVENT_FILE_COLUMN, EVENT_TIMESTAMP_COLUMN, RAW_RECORD_COLUMN } from './build_events_sql';
import type { Row } from './parse_response';
import { outlierId } from './parse_response';

export interface ParseEventRowsOptions {
  /** The dataset's name, reported as each event's index. */
  readonly dataset: string;
  readonly records: EventsCatalogue['records'];
  /** Column records: field names in `c0…cN` order. */
  readonly columns?: readonly string[];
  readonly includeFields?: readonly string[];
  /** The file as the user named it, for a cleaned copy read in its place. */
  readonly originalPath?: (file: string) => string;
}

function recordOf(row: Row, options: ParseEventRowsOptions): Record<string, unknown> {
  if (options.records === 'json') {
    const text = row[RAW_RECORD_COLUMN];
    if (typeof text !== 'string') throw new Error(`embedded engine: column "${RAW_RECORD_COLUMN}" is not a string`);
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
  }
  const record: Record<string, unknown> = {};
  (options.columns ?? []).forEach((name, index) => {
    const value = row[`c${index}`];
    // An unset Zeek field (`-`) or an empty CSV cell is absent, as in a document indexed from the same line.
    if (value !== null && value !== undefined) record[name] = value;
  });
  return record;
}

/**
 * Events rows (buildEventsSql) → canonical raw events, in row order. Ids follow the outlier documents'
 * scheme, `file@time`, with `#n` for the n-th event of one file at one millisecond in this answer.
 */
export function parseEventRows(rows: readonly Row[], options: ParseEventRowsOptions): RawEvent[] {
  const originalPath = options.originalPath ?? ((file: string) => file);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const timestamp = Number(row[EVENT_TIMESTAMP_COLUMN]);
    const file = originalPath(String(row[EVENT_FILE_COLUMN]));
    const key = `${file}@${timestamp}`;
    const sameTimeIndex = (seen.get(key) ?? 0) + 1;
    seen.set(key, sameTimeIndex);
    return {
      id: outlierId(file, timestamp, sameTimeIndex),
      index: options.dataset,
      timestamp,
      source: selectEventFields(flattenEventSource(recordOf(row, options)), options.includeFields),
    };
  });
}
