import type { CategoryDistribution } from '../../common/model/category_distribution';
import type { ConversationGroup } from '../../common/model/conversation_group';
import type { ConversationGroupColumns } from '../../common/model/conversation_group_columns';
import type { FieldFilter } from '../../common/model/field_filter';
import type { RawEvent } from '../../common/model/raw_event';
import type { TimeBucket } from '../../common/model/time_bucket';
import type { TimeRange } from '../../common/model/time_range';
import type { ValueCount } from '../../common/model/value_count';

/**
 * What every analysis source (Elasticsearch, the embedded DuckDB engine over local files) can do. Each
 * method pushes its grouping down to the engine and returns canonical shapes from common/model; native
 * types never cross this line. Each method either resolves with its whole result or rejects with one of
 * the domain errors in ./source_errors; aborting `signal` cancels the engine's work.
 */
export interface AnalysisSource {
  fetchConversationGroups(query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupsResult>;
  /**
   * The same groups as columns, folded as the engine's pages arrive (no object per group): what a source
   * offers when it can return a million groups. Callers use it when present, else fetchConversationGroups.
   */
  fetchConversationGroupColumns?(query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupColumnsResult>;
  fetchBuckets(query: BucketsQuery, signal: AbortSignal): Promise<BucketsResult>;
  fetchValueCounts(query: ValueCountsQuery, signal: AbortSignal): Promise<ValueCountsResult>;
  fetchDistribution(query: DistributionQuery, signal: AbortSignal): Promise<DistributionResult>;
  fetchEvents(query: EventsQuery, signal: AbortSignal): Promise<EventsResult>;
}

/** What every query selects: which events, in which time range, under which filters. */
export interface SourceQuery {
  /** An index pattern (Elasticsearch) or a dataset name of the embedded engine (see its `datasets()`). */
  readonly index: string;
  /** The date field the time range and the buckets apply to (e.g. `@timestamp`, `timestamp`, `ts`). */
  readonly timestampField: string;
  readonly timeRange?: TimeRange;
  /** All must hold. */
  readonly filters?: readonly FieldFilter[];
  /**
   * An Elasticsearch query (DSL, e.g. from KQL) ANDed with the filters. Only the Elasticsearch source
   * understands it; other sources reject a query carrying one with a BadQueryError.
   */
  readonly elasticsearchQuery?: Readonly<Record<string, unknown>>;
}

export interface ConversationGroupsQuery extends SourceQuery {
  readonly fields: {
    readonly signatureId: string;
    readonly signature: string;
    readonly sourceIp: string;
    readonly destinationIp: string;
    /**
     * A field recording each event's direction (ECS `network.direction`): when given, each group carries
     * its two most frequent values (ConversationGroup.recordedDirections). A field the index or dataset
     * lacks gives every group none, as a `terms` aggregation on an unmapped field does.
     */
    readonly recordedDirection?: string;
  };
  /** Stop after this many groups; the result then says it is truncated and gives the total if known. */
  readonly maxGroups?: number;
}

export interface ConversationGroupsResult {
  /** Ordered by signature id, source IP, destination IP (as strings), so engines agree on the order. */
  readonly groups: readonly ConversationGroup[];
  readonly truncated: boolean;
  /** Number of groups in all; null when truncated and the engine cannot tell cheaply. */
  readonly totalGroups: number | null;
  readonly warnings: readonly string[];
}

export interface ConversationGroupColumnsResult extends Omit<ConversationGroupsResult, 'groups'> {
  /** Rows ordered as ConversationGroupsResult orders groups. */
  readonly groups: ConversationGroupColumns;
}

/**
 * Fixed-interval buckets aligned as Elasticsearch's `date_histogram` with `fixed_interval` aligns them:
 * start = floor((t − offset) / interval) · interval + offset, in UTC epoch ms. With a time range [from, to)
 * every bucket from the one holding `from` to the one holding `to − 1` is returned, empty ones with value 0
 * (`min_doc_count: 0` with `extended_bounds` {min: from, max: to − 1}); without one, from the first to the
 * last bucket holding an event.
 */
export interface BucketsQuery extends SourceQuery {
  readonly intervalMs: number;
  readonly offsetMs?: number;
  /** Count documents, or sum a numeric field (documents without it add nothing). */
  readonly metric: { readonly kind: 'count' } | { readonly kind: 'sum'; readonly field: string };
}

export interface BucketsResult {
  readonly buckets: readonly TimeBucket[];
  readonly warnings: readonly string[];
}

/** Exact counts of the values of one field, least common first ('ascending') or most common first. */
export interface ValueCountsQuery extends SourceQuery {
  readonly field: string;
  readonly order: 'ascending' | 'descending';
  /** At most this many values; ties at the cut are broken by value (string order). */
  readonly size: number;
}

export interface ValueCountsResult {
  /** Ordered by count as asked, ties by value ascending. */
  readonly values: readonly ValueCount[];
  /** How many distinct values the field has in the selection. */
  readonly distinctValues: number;
  readonly warnings: readonly string[];
}

/** Tukey box-plot figures of a numeric field per category, with the documents beyond the fences. */
export interface DistributionQuery extends SourceQuery {
  readonly valueField: string;
  readonly categoryField: string;
  /** Fence multiplier k in q1 − k·IQR, q3 + k·IQR. Default 1.5. */
  readonly fenceFactor?: number;
  /** At most this many outlier documents per category (the most extreme first). Default 100. */
  readonly maxOutliersPerCategory?: number;
}

export interface DistributionResult {
  /** Ordered by category (string order). Categories with no value of the field are left out. */
  readonly categories: readonly CategoryDistribution[];
  readonly warnings: readonly string[];
}

/** The first (or last) raw events of a selection by timestamp: the drill-down behind a click. */
export interface EventsQuery extends SourceQuery {
  readonly size: number;
  readonly order: 'asc' | 'desc';
  /** Fields to return (selectEventFields patterns); undefined: every field. */
  readonly includeFields?: readonly string[];
  /** Count matches exactly up to this many; past it the total is a lower bound. */
  readonly trackTotalUpTo: number;
}

export interface EventsResult {
  /** Ordered by timestamp as asked; ties in an order each engine keeps stable for the same data. */
  readonly events: readonly RawEvent[];
  readonly total: { readonly value: number; readonly relation: 'eq' | 'gte' };
  readonly warnings: readonly string[];
}
