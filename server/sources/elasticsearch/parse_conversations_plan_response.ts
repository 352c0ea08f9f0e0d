import { getShardWarnings } from './get_shard_warnings';
import type { CompositeKey, NativeCompositeAggregate, NativeCompositeBucket, NativeSearchResponse } from './native_types';

/** The first page of sources: a `terms` in key order (buildConversationsPlanRequest). */
interface NativeFirstSourcesAggregate {
  readonly sum_other_doc_count?: number;
  readonly buckets: readonly { readonly key: unknown; readonly doc_count: number }[];
}

export type NativeConversationsPlanResponse = NativeSearchResponse<{
  readonly first_sources?: NativeFirstSourcesAggregate;
  readonly sources?: NativeCompositeAggregate<NativeCompositeBucket>;
  readonly names?: NativeCompositeAggregate<NativeCompositeBucket>;
}>;

export interface ConversationsPlanPage {
  /** Source values in the field's order, as the terms or composite keys give them, and their document counts. */
  readonly sources: readonly { readonly value: string | number; readonly documents: number }[];
  /** Where the sources continue; undefined when this page was their last (or they were not asked). */
  readonly sourcesAfter: CompositeKey | undefined;
  readonly names: readonly { readonly signatureId: string; readonly signature: string }[];
  readonly namesAfter: CompositeKey | undefined;
  readonly warnings: string[];
}

function next(aggregate: NativeCompositeAggregate<NativeCompositeBucket> | undefined, pageSize: number): CompositeKey | undefined {
  if (aggregate === undefined || aggregate.buckets.length < pageSize) return undefined;
  return aggregate.after_key;
}

/**
 * Parses one page of buildConversationsPlanRequest. The first sources page continues when it left documents
 * out (sum_other_doc_count), after its last value; a composite list is complete when its page holds fewer
 * buckets than asked.
 */
export function parseConversationsPlanResponse(
  response: NativeConversationsPlanResponse,
  pageSizes: { readonly sources: number; readonly names: number },
): ConversationsPlanPage {
  const first = response.aggregations?.first_sources;
  const sources = response.aggregations?.sources;
  const names = response.aggregations?.names;
  const nameBuckets = names?.buckets ?? [];
  const listed = first !== undefined ? first.buckets.map(({ key, doc_count }) => ({ key, doc_count })) : (sources?.buckets ?? []).map(({ key, doc_count }) => ({ key: key.source_ip, doc_count }));
  const values = listed.filter((bucket) => typeof bucket.key === 'string' || typeof bucket.key === 'number').map((bucket) => ({ value: bucket.key as string | number, documents: bucket.doc_count }));
  const last = values.length > 0 ? values[values.length - 1].value : undefined;
  const firstContinues = first !== undefined && (first.sum_other_doc_count ?? 0) > 0 && last !== undefined;
  return {
    sources: values,
    sourcesAfter: firstContinues ? { source_ip: last } : next(sources, pageSizes.sources),
    names: nameBuckets.map((bucket) => ({ signatureId: String(bucket.key.signature_id), signature: String(bucket.key.signature) })),
    namesAfter: next(names, pageSizes.names),
    warnings: getShardWarnings(response, 'conversations'),
  };
}
