import { getShardWarnings } from './get_shard_warnings';
import type { CompositeKey, NativeCompositeAggregate, NativeCompositeBucket, NativeSearchResponse } from './native_types';

export interface NativeDistributionBucket extends NativeCompositeBucket {
  readonly stats: { readonly count: number; readonly min: number | null; readonly max: number | null };
  readonly quartiles: { readonly values: readonly { readonly key: number; readonly value: number | null }[] };
}

export type NativeDistributionStatsResponse = NativeSearchResponse<{
  readonly categories: NativeCompositeAggregate<NativeDistributionBucket>;
}>;

/** A category's first-step figures; `key` is the native value, needed to filter on it in later steps. */
export interface CategoryStats {
  readonly key: string | number | boolean;
  readonly category: string;
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

export interface DistributionStatsPage {
  readonly categories: CategoryStats[];
  readonly after: CompositeKey | undefined;
  readonly warnings: string[];
}

function percentile(bucket: NativeDistributionBucket, percent: number): number | null {
  return bucket.quartiles.values.find((entry) => entry.key === percent)?.value ?? null;
}

/** Categories without any value of the field (count 0) are left out, as DistributionResult says. */
export function parseDistributionStatsResponse(response: NativeDistributionStatsResponse, pageSize: number): DistributionStatsPage {
  const aggregate = response.aggregations?.categories;
  const buckets = aggregate?.buckets ?? [];
  const categories: CategoryStats[] = [];
  for (const bucket of buckets) {
    const key = bucket.key.category;
    const { count, min, max } = bucket.stats;
    const q1 = percentile(bucket, 25);
    const median = percentile(bucket, 50);
    const q3 = percentile(bucket, 75);
    if (key === null || key === undefined || count === 0 || min === null || max === null) continue;
    if (q1 === null || median === null || q3 === null) continue;
    categories.push({ key, category: String(key), count, min, max, q1, median, q3 });
  }
  const last = buckets.length < pageSize || aggregate?.after_key === undefined;
  return { categories, after: last ? undefined : aggregate?.after_key, warnings: getShardWarnings(response, 'distribution') };
}
