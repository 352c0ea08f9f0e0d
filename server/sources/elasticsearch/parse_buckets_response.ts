import type { TimeBucket } from '../../../common/model/time_bucket';
import type { BucketsResult } from '../analysis_source';
import { getShardWarnings } from './get_shard_warnings';
import type { NativeMetricValue, NativeSearchResponse } from './native_types';

export interface NativeHistogramBucket {
  readonly key: number;
  readonly doc_count: number;
  readonly value?: NativeMetricValue;
}

export type NativeBucketsResponse = NativeSearchResponse<{
  readonly buckets: { readonly buckets: readonly NativeHistogramBucket[] };
}>;

/** Bucket start and value (the count, or the sum; an empty bucket's sum is 0). */
export function parseBucketsResponse(response: NativeBucketsResponse): BucketsResult {
  const buckets: TimeBucket[] = (response.aggregations?.buckets.buckets ?? []).map((bucket) => ({
    start: bucket.key,
    value: bucket.value === undefined ? bucket.doc_count : (bucket.value.value ?? 0),
  }));
  return { buckets, warnings: getShardWarnings(response, 'timeline') };
}
