import type { estypes } from '@elastic/elasticsearch';
import type { ValueCountsQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';
import type { CompositeKey } from './native_types';

/**
 * One page of every distinct value of a field with its exact document count: a `composite` aggregation
 * with one `terms` source. A `terms` aggregation ordered by ascending count is approximate (its own docs
 * warn against it: shards each return their local rarest) and `rare_terms` is approximate too (a cuckoo
 * filter) and capped at max_doc_count 100; paging every value is exact, and the fold keeps only `size`.
 */
export function buildValueCountsRequest(query: ValueCountsQuery, pageSize: number, after?: CompositeKey): estypes.SearchRequest {
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    query: buildSearchQuery(query),
    aggs: {
      values: {
        composite: {
          size: pageSize,
          sources: [{ value: { terms: { field: query.field } } }],
          ...(after !== undefined ? { after: after as Record<string, estypes.FieldValue> } : {}),
        },
      },
    },
  };
}
