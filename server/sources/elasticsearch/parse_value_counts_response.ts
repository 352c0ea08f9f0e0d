import type { ValueCount } from '../../../common/model/value_count';
import { getShardWarnings } from './get_shard_warnings';
import type { CompositeKey, NativeCompositeAggregate, NativeCompositeBucket, NativeSearchResponse } from './native_types';

export type NativeValueCountsResponse = NativeSearchResponse<{
  readonly values: NativeCompositeAggregate<NativeCompositeBucket>;
}>;

export interface ValueCountsPage {
  readonly values: ValueCount[];
  readonly after: CompositeKey | undefined;
  readonly warnings: string[];
}

/** One composite page as (value, count) pairs; values rendered as strings, as ValueCount says. */
export function parseValueCountsResponse(response: NativeValueCountsResponse, pageSize: number): ValueCountsPage {
  const aggregate = response.aggregations?.values;
  const buckets = aggregate?.buckets ?? [];
  const values = buckets.map((bucket) => ({ value: String(bucket.key.value), count: bucket.doc_count }));
  const last = buckets.length < pageSize || aggregate?.after_key === undefined;
  return { values, after: last ? undefined : aggregate?.after_key, warnings: getShardWarnings(response, 'values') };
}
