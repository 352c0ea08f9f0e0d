/**
 * Tukey box-plot figures of a numeric field within one category (e.g. bytes out for method POST), with
 * the actual documents beyond the fences so every plotted outlier is a real event.
 */
export interface CategoryDistribution {
  readonly category: string;
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** q1 − k·IQR and q3 + k·IQR, with k from the query (1.5 by default). */
  readonly lowerFence: number;
  readonly upperFence: number;
  /** The most extreme values inside the fences. */
  readonly lowerWhisker: number;
  readonly upperWhisker: number;
  /** Number of documents beyond the fences; `outliers` holds at most the query's limit of them. */
  readonly outlierCount: number;
  readonly outliers: readonly OutlierDocument[];
  /** True when the quartiles are exact (type 7); false when the engine estimates them (e.g. TDigest). */
  readonly quartilesExact: boolean;
}

export interface OutlierDocument {
  /** The engine's id for the document (Elasticsearch `_id`; `file:ordinal` for local files). */
  readonly id: string;
  readonly value: number;
  /** Epoch milliseconds, UTC. */
  readonly timestamp: number;
}
