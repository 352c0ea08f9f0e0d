import { getShardWarnings } from './get_shard_warnings';
import type { CompositeKey, NativeCompositeAggregate, NativeCompositeBucket, NativeSearchResponse } from './native_types';

export type NativeConversationsPlanResponse = NativeSearchResponse<{
  readonly sources?: NativeCompositeAggregate<NativeCompositeBucket>;
  readonly names?: NativeCompositeAggregate<NativeCompositeBucket>;
}>;

export interface ConversationsPlanPage {
  /** Source values in the field's order, as the composite key gives them, and their document counts. */
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

/** Parses one page of buildConversationsPlanRequest; a list is complete when its page holds fewer buckets than asked. */
export function parseConversationsPlanResponse(
  response: NativeConversationsPlanResponse,
  pageSizes: { readonly sources: number; readonly names: number },
): ConversationsPlanPage {
  const sources = response.aggregations?.sources;
  const names = response.aggregations?.names;
  const sourceBuckets = sources?.buckets ?? [];
  const nameBuckets = names?.buckets ?? [];
  return {
    sources: sourceBuckets
      .filter((bucket) => typeof bucket.key.source_ip === 'string' || typeof bucket.key.source_ip === 'number')
      .map((bucket) => ({ value: bucket.key.source_ip as string | number, documents: bucket.doc_count })),
    sourcesAfter: next(sources, pageSizes.sources),
    names: nameBuckets.map((bucket) => ({ signatureId: String(bucket.key.signature_id), signature: String(bucket.key.signature) })),
    namesAfter: next(names, pageSizes.names),
    warnings: getShardWarnings(response, 'conversations'),
  };
}
