import type { estypes } from '@elastic/elasticsearch';
import type { EventsQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';

/**
 * The first (or last) raw events of a selection: a plain search sorted on the timestamp, with the
 * selection's time range, filters and DSL query in filter context. `_source` brings the event (only the
 * asked fields when given, so large documents are cut down by Elasticsearch rather than in Node), the
 * timestamp comes as a doc value in epoch milliseconds whatever its format in the source (eve's
 * `-0600` offsets, Zeek's epoch seconds), and the total is counted exactly up to `trackTotalUpTo`.
 * `unmapped_type` lets an index of a pattern that lacks the field sort last instead of failing the search.
 */
export function buildEventsRequest(query: EventsQuery): estypes.SearchRequest {
  return {
    index: query.index,
    size: query.size,
    track_total_hits: query.trackTotalUpTo,
    query: buildSearchQuery(query),
    sort: [{ [query.timestampField]: { order: query.order, unmapped_type: 'date' } }],
    _source: query.includeFields === undefined ? true : { includes: [...query.includeFields] },
    docvalue_fields: [{ field: query.timestampField, format: 'epoch_millis' }],
  };
}
