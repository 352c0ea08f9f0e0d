import type { ResponseWarning } from '../common/api/request_schemas';
import type { TimelineResponse } from '../common/api/timeline';
import type { Cell } from './format_rows';

export interface TimelineOutlierRow {
  readonly start: string;
  readonly value: number;
  readonly residual: number;
  readonly score: number;
  /** +1 a spike above the fit, −1 a dip below it. */
  readonly sign: -1 | 0 | 1;
  readonly top_sources: TimelineResponse['outliers'][number]['top_sources'];
  readonly top_destinations: TimelineResponse['outliers'][number]['top_destinations'];
  readonly top_domains: TimelineResponse['outliers'][number]['top_domains'];
}

export interface TimelineOutput {
  readonly buckets: ReadonlyArray<{ readonly start: string; readonly value: number }>;
  /** One per bucket; null where the component is undefined (the classical decomposition's edges) or there is no decomposition. */
  readonly trend: readonly (number | null)[];
  readonly seasonal: readonly (number | null)[];
  readonly residual: readonly (number | null)[];
  readonly outliers: readonly TimelineOutlierRow[];
  /** Starts of the buckets that got no score (residual undefined). */
  readonly not_scorable: readonly string[];
  readonly residual_center: number | null;
  readonly residual_scale: number | null;
  readonly scope: Readonly<Record<string, unknown>>;
  readonly warnings: readonly ResponseWarning[];
}

export const TIMELINE_COLUMNS = ['start', 'value', 'trend', 'seasonal', 'residual', 'score', 'outlier'] as const;

/** The route's response as the CLI's `--format json` document: ISO bucket starts, components aligned with buckets. */
export function toTimelineOutput(response: TimelineResponse, scope: Readonly<Record<string, unknown>>): TimelineOutput {
  const iso = (ms: number) => new Date(ms).toISOString();
  const nulls = response.bucket_starts.map(() => null);
  const residual = response.decomposition?.residual ?? nulls;
  return {
    buckets: response.bucket_starts.map((start, index) => ({ start: iso(start), value: response.values[index] ?? 0 })),
    trend: response.decomposition?.trend ?? nulls,
    seasonal: response.decomposition?.seasonal ?? nulls,
    residual,
    outliers: response.outliers.map((outlier) => ({
      start: iso(outlier.bucket_start),
      value: outlier.value,
      residual: outlier.residual,
      score: outlier.score,
      sign: Math.sign(outlier.score) as -1 | 0 | 1,
      top_sources: outlier.top_sources,
      top_destinations: outlier.top_destinations,
      top_domains: outlier.top_domains,
    })),
    not_scorable: response.bucket_starts.filter((_, index) => residual[index] === null).map(iso),
    residual_center: response.residual_center,
    residual_scale: response.residual_scale,
    scope,
    warnings: response.warnings,
  };
}

/** One table/CSV row per bucket; `outlier` marks flagged buckets with the direction of the deviation. */
export function timelineCells(output: TimelineOutput): Cell[][] {
  const scores = new Map(output.outliers.map((outlier) => [outlier.start, outlier]));
  return output.buckets.map((bucket, index) => {
    const outlier = scores.get(bucket.start);
    return [
      bucket.start,
      bucket.value,
      output.trend[index] ?? null,
      output.seasonal[index] ?? null,
      output.residual[index] ?? null,
      outlier ? outlier.score : null,
      outlier ? (outlier.sign > 0 ? 'high' : 'low') : null,
    ];
  });
}
