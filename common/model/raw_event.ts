/** A value of one field of a raw event: a scalar, or the array the document holds there. */
export type EventFieldValue = string | number | boolean | null | readonly EventFieldValue[] | { readonly [key: string]: EventFieldValue };

/**
 * One raw event as a source stores it, for reading rather than analysing: the drill-down from a conversation
 * or an outlier bucket to the events behind it. Every engine gives the same shape (common/events).
 */
export interface RawEvent {
  /** The engine's id: Elasticsearch `_id`; `file@time` (`#n` for ties within a file) for local files. */
  readonly id: string;
  /** Index (Elasticsearch) or dataset name (embedded engine). */
  readonly index: string;
  /** Epoch milliseconds, UTC, read from the query's timestamp field. */
  readonly timestamp: number;
  /** Fields flattened to dotted names (flattenEventSource); arrays stay arrays. */
  readonly source: Readonly<Record<string, EventFieldValue>>;
}
