import { flattenEventSource } from '../../../common/events/flatten_event_source';
import { selectEventFields } from '../../../common/events/select_event_fields';
import type { RawEvent } from '../../../common/model/raw_event';
import { getShardWarnings } from './get_shard_warnings';
import type { NativeSearchHead } from './native_types';

export interface NativeEventHit {
  readonly _id?: string;
  readonly _index: string;
  readonly _source?: Readonly<Record<string, unknown>>;
  readonly fields?: Readonly<Record<string, readonly unknown[]>>;
}

export interface NativeEventsResponse extends NativeSearchHead {
  readonly hits: {
    /** A number when track_total_hits is `true` on old clusters; an object otherwise. */
    readonly total?: number | { readonly value: number; readonly relation: 'eq' | 'gte' };
    readonly hits: readonly NativeEventHit[];
  };
}

/**
 * Hits → canonical raw events in the order Elasticsearch sorted them. The timestamp is the doc value
 * asked in epoch milliseconds (a string in the response); `_source` is flattened to dotted names and
 * cut to the asked fields once more, so the shape matches the embedded engine's whatever `_source`
 * filtering kept. A hit without an id or a readable timestamp cannot be shown and is dropped with a warning.
 */
export function parseEventsResponse(
  response: NativeEventsResponse,
  timestampField: string,
  fields: readonly string[] | undefined,
): { events: RawEvent[]; total: { value: number; relation: 'eq' | 'gte' }; warnings: string[] } {
  const warnings = getShardWarnings(response, 'events');
  const events: RawEvent[] = [];
  let unreadable = 0;
  for (const hit of response.hits.hits) {
    const timestamp = Number(hit.fields?.[timestampField]?.[0]);
    if (hit._id === undefined || !Number.isFinite(timestamp)) {
      unreadable += 1;
      continue;
    }
    events.push({ id: hit._id, index: hit._index, timestamp, source: selectEventFields(flattenEventSource(hit._source ?? {}), fields) });
  }
  if (unreadable > 0) warnings.push(`events: ${unreadable} event(s) without a readable [${timestampField}] were left out`);
  const total = response.hits.total;
  return {
    events,
    total: typeof total === 'number' ? { value: total, relation: 'eq' } : (total ?? { value: events.length, relation: 'gte' }),
    warnings,
  };
}
