import type { estypes } from '@elastic/elasticsearch';
import type { ConversationGroupsQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';
import type { CompositeKey } from './native_types';

/** A slice of the source field's values, bounds included, in the field's own order (ip or keyword). */
export interface SourceRange {
  readonly from: string | number;
  readonly to: string | number;
}

export interface ConversationsPageOptions {
  /** Composite page size (buckets per request). */
  readonly pageSize: number;
  /** The previous page's `after_key`; absent for the first page. */
  readonly after?: CompositeKey;
  /** Only count groups (no timestamps, no names): used to get an exact total past the maximum. */
  readonly countOnly?: boolean;
  /** Leave out the per-group name: every signature id in scope has one name (buildConversationsPlanRequest says). */
  readonly withoutNames?: boolean;
  /** Only documents whose source lies in this slice: one partition of the sources. */
  readonly sourceRange?: SourceRange;
  /**
   * Also list the (signature id, name) pairs in scope, up to this many, as a `names` composite beside the
   * groups (namesComposite): read in the same pass over the documents, it says whether each signature id
   * has one name, which a page `withoutNames` needs.
   */
  readonly namesPageSize?: number;
}

/** The names list as the request's filter_path keeps it. */
export const NAMES_FILTER_PATH = ['aggregations.names.after_key', 'aggregations.names.buckets.key'] as const;

/** Every (signature id, name) pair of the documents, in key order: a `composite` on both fields, paged with `after`. */
export function namesComposite(query: ConversationGroupsQuery, size: number, after?: CompositeKey): estypes.AggregationsAggregationContainer {
  return {
    composite: {
      size,
      sources: [{ signature_id: { terms: { field: query.fields.signatureId } } }, { signature: { terms: { field: query.fields.signature } } }],
      ...(after !== undefined ? { after: after as Record<string, estypes.FieldValue> } : {}),
    },
  };
}

/** The parts of the answer parseConversationsResponse reads: no `value_as_string`, no terms bookkeeping. */
export const CONVERSATIONS_FILTER_PATH = [
  'timed_out',
  '_shards',
  'aggregations.conversations.after_key',
  'aggregations.conversations.buckets.key',
  'aggregations.conversations.buckets.doc_count',
  'aggregations.conversations.buckets.first_seen.value',
  'aggregations.conversations.buckets.last_seen.value',
  'aggregations.conversations.buckets.signature.buckets.key',
  'aggregations.conversations.buckets.signature.buckets.key_as_string',
] as const;

/** The recorded direction values, kept only when the query maps a direction field (the other goldens stay as they were). */
export const RECORDED_DIRECTION_FILTER_PATH = [
  'aggregations.conversations.buckets.recorded_direction.buckets.key',
  'aggregations.conversations.buckets.recorded_direction.buckets.key_as_string',
] as const;

/**
 * Values per group of the recorded direction field: the most frequent and the runner-up, enough to tell a
 * conversation whose recording changed mid-range (the embedded engine gives as many, RECORDED_DIRECTION_VALUES).
 */
export const RECORDED_DIRECTION_SIZE = 2;

/** The documents conversations are made of: the scope, documents with a timestamp, and a source slice if given. */
export function buildConversationsQuery(query: ConversationGroupsQuery, sourceRange?: SourceRange): estypes.QueryDslQueryContainer {
  const scope = buildSearchQuery(query, [{ kind: 'exists', field: query.timestampField }]);
  if (sourceRange === undefined) return scope;
  return { bool: { filter: [scope, { range: { [query.fields.sourceIp]: { gte: sourceRange.from, lte: sourceRange.to } } }] } };
}

/**
 * One page of conversations: a `composite` aggregation over (signature id, source, destination) terms, so
 * every conversation comes back exactly once however many there are (no top-N cut), paged with `after`.
 * Per bucket: `min`/`max` of the timestamp (first and last seen) and the signature name as a `terms`
 * sub-aggregation of size 1 (the group's most frequent name). The name is not a fourth composite source
 * because a rule renamed mid-range would then split one conversation into two rows; `top_hits` would fetch
 * documents and `top_metrics` is not in the open-source core. When every signature id has a single name the
 * name sub-aggregation is left out (`withoutNames`): it doubles the buckets Elasticsearch builds. `exists`
 * on the timestamp keeps documents without one from producing groups with no first/last seen.
 * `filter_path` trims the answer to what the parser reads. With a recorded direction field (ECS
 * `network.direction`) each bucket also gets a `terms` of size 2 on it, count descending then value
 * ascending (the embedded engine's order): an unmapped field gives no values, a text field fails the search.
 * A partition's pages skip the shard request cache, as its nested terms do (buildConversationsTermsRequest).
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
    ...(options.withoutNames === true ? {} : { signature: { terms: { field: fields.signature, size: 1 } } }),
    ...(fields.recordedDirection !== undefined
      ? { recorded_direction: { terms: { field: fields.recordedDirection, size: RECORDED_DIRECTION_SIZE, order: [{ _count: 'desc' }, { _key: 'asc' }] } } }
      : {}),
  };
  const withRecorded = fields.recordedDirection !== undefined && options.countOnly !== true;
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    ...(options.sourceRange !== undefined ? { request_cache: false } : {}),
    filter_path: [...CONVERSATIONS_FILTER_PATH, ...(withRecorded ? RECORDED_DIRECTION_FILTER_PATH : []), ...(options.namesPageSize !== undefined ? NAMES_FILTER_PATH : [])],
    query: buildConversationsQuery(query, options.sourceRange),
    aggs: {
      conversations: { composite, ...(options.countOnly === true ? {} : { aggs: subAggregations }) },
      ...(options.namesPageSize !== undefined ? { names: namesComposite(query, options.namesPageSize) } : {}),
    },
  };
}

/** The nested `terms` of buildConversationsTermsRequest, outermost first: signature id, source, destination. */
export const CONVERSATION_TERMS_LEVELS = ['signature_ids', 'sources', 'destinations'] as const;

/** A terms request's slices are the aggregations `slice_0`, `slice_1`, … (see buildConversationsTermsRequest). */
export const TERMS_SLICE_PREFIX = 'slice_';

/** The parts of the nested answer scanConversationsTermsResponse reads (every slice's levels). */
export const CONVERSATIONS_TERMS_FILTER_PATH = [
  'timed_out',
  '_shards',
  'aggregations.*.signature_ids.sum_other_doc_count',
  'aggregations.*.signature_ids.buckets.key',
  'aggregations.*.signature_ids.buckets.key_as_string',
  'aggregations.*.signature_ids.buckets.sources.sum_other_doc_count',
  'aggregations.*.signature_ids.buckets.sources.buckets.key',
  'aggregations.*.signature_ids.buckets.sources.buckets.key_as_string',
  'aggregations.*.signature_ids.buckets.sources.buckets.destinations.sum_other_doc_count',
  'aggregations.*.signature_ids.buckets.sources.buckets.destinations.buckets.key',
  'aggregations.*.signature_ids.buckets.sources.buckets.destinations.buckets.key_as_string',
  'aggregations.*.signature_ids.buckets.sources.buckets.destinations.buckets.doc_count',
  'aggregations.*.signature_ids.buckets.sources.buckets.destinations.buckets.first_seen.value',
  'aggregations.*.signature_ids.buckets.sources.buckets.destinations.buckets.last_seen.value',
] as const;

/**
 * One partition of conversations in a single request, as nested `terms` (signature id → source →
 * destination, `size` buckets per parent, in key order) with first/last seen under each destination: the
 * same groups as the composite pages of buildConversationsRequest `withoutNames`, when every level holds
 * all its terms. It costs Elasticsearch about a third less: a composite with sub-aggregations collects every
 * document twice (its buckets can be evicted from the page, so the sub-aggregations are replayed for the
 * survivors), `terms` collected depth first once. It cannot page, so the answer says whether it is whole:
 * every `sum_other_doc_count` is 0 (scanConversationsTermsResponse); otherwise the partition is paged as a
 * composite. `shard_size` equal to `size` keeps that test exact across shards (key order).
 *
 * The partition comes as consecutive slices of its sources, each its own `filter` (sibling aggregations
 * `slice_0`, `slice_1`, …): a nested `terms` lists a level's buckets for each parent by walking every
 * bucket of that level, so one tree costs (parents × buckets) to answer; on 40,000 alerts of ten million, one
 * tree took 67–77 ms, four slices 50–53 ms. A slice runs from its first source to just before the next
 * slice's (the last one to its last source), so a source that arrived after the plan is still in exactly one.
 * The shard request cache is skipped: a partition is asked once, and its large answer would only evict
 * the small ones that dashboards ask again.
 */
export function buildConversationsTermsRequest(query: ConversationGroupsQuery, slices: readonly SourceRange[], size: number): estypes.SearchRequest {
  const first = slices[0];
  const last = slices[slices.length - 1];
  if (first === undefined || last === undefined) throw new Error('buildConversationsTermsRequest: a partition needs at least one slice');
  const { fields } = query;
  const terms = (field: string, aggs: Record<string, estypes.AggregationsAggregationContainer>): estypes.AggregationsAggregationContainer => ({
    terms: { field, size, shard_size: size, order: { _key: 'asc' }, collect_mode: 'depth_first' },
    aggs,
  });
  const [signatureIds, sources, destinations] = CONVERSATION_TERMS_LEVELS;
  const levels = (): Record<string, estypes.AggregationsAggregationContainer> => ({
    [signatureIds]: terms(fields.signatureId, {
      [sources]: terms(fields.sourceIp, {
        [destinations]: terms(fields.destinationIp, {
          first_seen: { min: { field: query.timestampField } },
          last_seen: { max: { field: query.timestampField } },
        }),
      }),
    }),
  });
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  slices.forEach((slice, index) => {
    const next = slices[index + 1];
    const bounds = next === undefined ? { gte: slice.from, lte: slice.to } : { gte: slice.from, lt: next.from };
    aggs[`${TERMS_SLICE_PREFIX}${index}`] = { filter: { range: { [fields.sourceIp]: bounds } }, aggs: levels() };
  });
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    request_cache: false,
    filter_path: [...CONVERSATIONS_TERMS_FILTER_PATH],
    query: buildConversationsQuery(query, { from: first.from, to: last.to }),
    aggs,
  };
}
