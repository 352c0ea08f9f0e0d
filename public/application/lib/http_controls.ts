/** The HTTP view's own controls (the shared ones live in QueryContext). */
export interface HttpControls {
  /** Bucket width in minutes. */
  readonly intervalMinutes: number;
  /** Buckets per season (96 = one day of 15-minute buckets). */
  readonly period: number;
  readonly decomposition: 'classical' | 'stl';
  /** n in ±n·σ. */
  readonly threshold: number;
  /** σ as the residual standard deviation or the robust MAD × 1.4826. */
  readonly scale: 'std' | 'mad';
  /**
   * Empty buckets as zero (nothing happened) or missing (the sensor was down): missing buckets are drawn as
   * gaps and never scored. The route always zero-fills, so "missing" is applied in the view.
   */
  readonly gaps: 'zero' | 'missing';
  /** Methods to include; empty means all. */
  readonly methods: readonly string[];
  readonly externalDestinationsOnly: boolean;
  readonly metric: 'count' | 'sum_bytes_out';
}

export const DEFAULT_HTTP_CONTROLS: HttpControls = {
  intervalMinutes: 15,
  period: 96,
  decomposition: 'classical',
  threshold: 3,
  scale: 'std',
  gaps: 'zero',
  methods: [],
  externalDestinationsOnly: false,
  metric: 'count',
};
