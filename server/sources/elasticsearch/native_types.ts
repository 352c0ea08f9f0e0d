/**
 * The parts of Elasticsearch's search responses this adapter reads, typed narrowly so parsers never walk
 * string paths through `any`. They stay inside sources/elasticsearch/ (STYLE: native types never leave).
 */

/** A composite key: one entry per source; keyword/ip values arrive as strings, long values as numbers. */
export type CompositeKey = Readonly<Record<string, string | number | boolean | null>>;

export interface NativeShardFailure {
  readonly index?: string | null;
  readonly shard?: number;
  readonly reason?: { readonly type?: string; readonly reason?: string | null } | null;
}

export interface NativeShards {
  readonly total: number;
  readonly successful: number;
  readonly failed: number;
  readonly skipped?: number;
  readonly failures?: readonly NativeShardFailure[];
}

/** Head of every search response: the fields that tell a partial result from a whole one. */
export interface NativeSearchHead {
  readonly timed_out?: boolean;
  readonly _shards?: NativeShards;
}

export interface NativeMetricValue {
  readonly value: number | null;
}

export interface NativeTermsBucket {
  readonly key: string | number | boolean;
  readonly key_as_string?: string;
  readonly doc_count: number;
}

export interface NativeTermsAggregate {
  readonly buckets: readonly NativeTermsBucket[];
}

export interface NativeCompositeAggregate<Bucket> {
  readonly after_key?: CompositeKey;
  readonly buckets: readonly Bucket[];
}

export interface NativeCompositeBucket {
  readonly key: CompositeKey;
  readonly doc_count: number;
}

export interface NativeSearchResponse<Aggregations> extends NativeSearchHead {
  readonly aggregations?: Aggregations;
}
