import type { estypes } from '@elastic/elasticsearch';
import type { ConversationGroupsQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';
import type { CompositeKey } from './native_types';

export interface ConversationsPageOptions {
  /** Composite page size (buckets per request). */
  readonly pageSize: number;
  /** The previous page's `after_key`; absent for the first page. */
  readonly after?: CompositeKey;
  /** Only count groups (no timestamps, no names): used to get an exact total past the maximum. */
  readonly countOnly?: boolean;
}

/**
 * One page of conversations: a `composite` aggregation over (signature id, source, destination) terms, so
 * every conversation comes back exactly once however many there are (no top-N cut), paged with `after`.
 * Per bucket: `min`/`max` of the timestamp (first and last seen) and the signature name as a `terms`
 * sub-aggregation of size 1 (the group's most frequent name). The name is not a fourth composite source
 * because a rule renamed mid-range would then split one conversation into two rows; `top_hits` would fetch
 * documents and `top_metrics` is not in the open-source core. `exists` on the timestamp keeps documents
 * without one from producing groups with no first/last seen.
 */
export function buildConversationsRequest(query: ConversationGroupsQuery, options: ConversationsPageOptions): estypes.SearchRequest {
  const { fields } = query;
  const composite: estypes.AggregationsCompositeAggregation = {
    size: options.pageSize,
    sources: [
      { signature_id: { terms: { field: fields.signatureId } } },
      { source_ip: { terms: { field: fields.sourceIp } } },
      { destination_ip: { terms: { field: fields.destinationIp } } },
    ],
    ...(options.after !== undefined ? { after: options.after as Record<string, estypes.FieldValue> } : {}),
  };
  const subAggregations: Record<string, estypes.AggregationsAggregationContainer> = {
    first_seen: { min: { field: query.timestampField } },
    last_seen: { max: { field: query.timestampField } },
    signature: { terms: { field: fields.signature, size: 1 } },
  };
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    query: buildSearchQuery(query, [{ kind: 'exists', field: query.timestampField }]),
    aggs: {
      conversations: { composite, ...(options.countOnly === true ? {} : { aggs: subAggregations }) },
    },
  };
}
