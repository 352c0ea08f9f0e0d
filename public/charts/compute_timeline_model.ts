import type { TimelineOutlier, TimelineResponse } from '../../common/api/timeline';

export interface TimePoint {
  readonly x: number;
  readonly y: number | null;
}

export interface OutlierBucketDatum {
  readonly kind: 'outlier_bucket';
  readonly x: number;
  /** The bucket's value (observed chart) or residual (residual chart), per the series it is drawn in. */
  readonly y: number;
  readonly outlier: TimelineOutlier;
}

export interface TimeRange {
  readonly x0: number;
  readonly x1: number;
}

export interface TimelineModel {
  readonly intervalMs: number;
  readonly observed: TimePoint[];
  readonly trend: TimePoint[];
  readonly seasonal: TimePoint[];
  readonly residual: TimePoint[];
  readonly outliersOnObserved: OutlierBucketDatum[];
  readonly outliersOnResidual: OutlierBucketDatum[];
  /** Runs of buckets with no score (the classical decomposition's edges, missing buckets), to grey out. */
  readonly unscorable: TimeRange[];
  /** centre ± n·σ of the residual (mean for σ = std, median for MAD); null when the route could not score. */
  readonly band: { readonly lower: number; readonly upper: number; readonly mean: number } | null;
  /** Buckets treated as missing (gaps = missing): empty buckets, drawn as gaps and never scored. */
  readonly missingBuckets: number;
}

export function isOutlierBucketDatum(value: unknown): value is OutlierBucketDatum {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'outlier_bucket';
}

/**
 * Chart series of one timeline answer. With gaps = `missing`, empty buckets become nulls everywhere (a gap
 * in the line, greyed as unscorable) and any outlier on one is dropped; the route zero-fills and scores them,
 * so this is the view's reading of an outage, not a new decomposition. O(buckets).
 */
export function computeTimelineModel(response: TimelineResponse, options: { readonly gaps: 'zero' | 'missing'; readonly threshold: number }): TimelineModel {
  const starts = response.bucket_starts;
  const intervalMs = response.interval_minutes * 60_000;
  const missing = starts.map((_, i) => options.gaps === 'missing' && response.values[i] === 0);
  const series = (values: readonly (number | null)[] | undefined): TimePoint[] =>
    starts.map((x, i) => ({ x, y: missing[i] || values === undefined ? null : (values[i] ?? null) }));
  const decomposition = response.decomposition;
  const observed = series(response.values);
  const residual = series(decomposition?.residual);

  const unscorable: TimeRange[] = [];
  let runStart: number | null = null;
  residual.forEach((point, i) => {
    if (point.y === null && runStart === null) runStart = point.x;
    if (point.y !== null && runStart !== null) {
      unscorable.push({ x0: runStart, x1: starts[i] });
      runStart = null;
    }
  });
  if (runStart !== null && starts.length > 0) unscorable.push({ x0: runStart, x1: starts[starts.length - 1] + intervalMs });

  const indexOf = new Map(starts.map((start, i) => [start, i]));
  const kept = response.outliers.filter((outlier) => {
    const i = indexOf.get(outlier.bucket_start);
    return i !== undefined && !missing[i];
  });
  const { residual_center: mean, residual_scale: scale } = response;
  return {
    intervalMs,
    observed,
    trend: series(decomposition?.trend),
    seasonal: series(decomposition?.seasonal),
    residual,
    outliersOnObserved: kept.map((outlier) => ({ kind: 'outlier_bucket', x: outlier.bucket_start, y: outlier.value, outlier })),
    outliersOnResidual: kept.map((outlier) => ({ kind: 'outlier_bucket', x: outlier.bucket_start, y: outlier.residual, outlier })),
    unscorable,
    band: mean === null || scale === null ? null : { mean, lower: mean - options.threshold * scale, upper: mean + options.threshold * scale },
    missingBuckets: missing.filter(Boolean).length,
  };
}
