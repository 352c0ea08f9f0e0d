import type { estypes } from '@elastic/elasticsearch';
import type { ConversationGroupsQuery } from '../analysis_source';
import { buildConversationsQuery, NAMES_FILTER_PATH, namesComposite } from './build_conversations_request';
import type { CompositeKey } from './native_types';

/** One of the two lists a plan pages through; null once it is complete (then left out of the request). */
export type PlanPart = { readonly after?: CompositeKey } | null;

export interface ConversationsPlanOptions {
  readonly sourcesPageSize: number;
  readonly namesPageSize: number;
  readonly sources: PlanPart;
  readonly names: PlanPart;
}

const FILTER_PATH = [
  'timed_out',
  '_shards',
  'aggregations.sources.after_key',
  'aggregations.sources.buckets.key',
  'aggregations.sources.buckets.doc_count',
  'aggregations.first_sources.sum_other_doc_count',
  'aggregations.first_sources.buckets.key',
  'aggregations.first_sources.buckets.doc_count',
  ...NAMES_FILTER_PATH,
];

/**
 * What it takes to fetch many conversations in partitions, over the same documents as
 * buildConversationsRequest: every source with its number of documents, in the field's order, and every
 * (signature id, name) pair (a `composite` on both). The first page of sources is a `terms` aggregation in
 * key order (`first_sources`; exact in that order, across shards too with shard_size = size): on ten million
 * alerts with 48,672 sources it took 0.7 s where a `composite` page of 40,000 sources took 3.4 s. Sources
 * past that page continue as a `composite` after the last one (`sources`), which pages exactly even when a
 * document holds several sources, where a `terms` behind a range filter would list such documents' lower
 * sources again. Elasticsearch
 * scans all matching documents once for each page of a composite, so a million conversations paged 10,000
 * at a time cost a hundred scans; slices of sources filtered by a `range` on the source field cost one
 * scan in all. The names say whether each signature id has a single name, so partitions can leave out the
 * per-group name sub-aggregation.
 */
export function buildConversationsPlanRequest(query: ConversationGroupsQuery, options: ConversationsPlanOptions): estypes.SearchRequest {
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  if (options.sources !== null) {
    const after = options.sources.after;
    if (after === undefined) {
      const size = options.sourcesPageSize;
      aggs.first_sources = { terms: { field: query.fields.sourceIp, size, shard_size: size, order: { _key: 'asc' } } };
    } else {
      aggs.sources = {
        composite: {
          size: options.sourcesPageSize,
          sources: [{ source_ip: { terms: { field: query.fields.sourceIp } } }],
          after: after as Record<string, estypes.FieldValue>,
        },
      };
    }
  }
  if (options.names !== null) aggs.names = namesComposite(query, options.namesPageSize, options.names.after);
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    filter_path: FILTER_PATH,
    query: buildConversationsQuery(query),
    aggs,
  };
}
