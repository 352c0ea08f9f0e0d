import type { ResponseWarning } from '../../common/api/request_schemas';
import type { TermCount, TimelineOutlier, TimelineRequest, TimelineResponse } from '../../common/api/timeline';
import type { FieldFilter } from '../../common/model/field_filter';
import { detectResidualOutliers } from '../../common/stats/detect_residual_outliers';
import type { ResidualOutliers } from '../../common/stats/detect_residual_outliers';
import { seasonalDecompose } from '../../common/stats/seasonal_decompose';
import { stl } from '../../common/stats/stl';
import type { AnalysisSource, SourceQuery } from '../sources/analysis_source';
import { toResponseWarnings } from './to_response_warnings';
import { toSourceScope } from './to_source_scope';

/** The request's filters as engine-neutral field filters, pushed down to the source (not applied here). */
export function getTimelineFilters(request: TimelineRequest): FieldFilter[] {
  const filters: FieldFilter[] = [];
  const { fields } = request;
  if (request.filters.methods !== undefined && fields.http_method !== undefined) {
    filters.push({ kind: 'terms', field: fields.http_method, values: request.filters.methods });
  }
  if (request.filters.bytes_out_positive && fields.bytes_out !== undefined) {
    filters.push({ kind: 'range', field: fields.bytes_out, gt: 0 });
  }
  if (request.filters.external_destinations_only) {
    filters.push({ kind: 'networks', field: fields.destination, cidrs: request.home_networks, negate: true });
  }
  return filters;
}

interface Decomposed {
  readonly trend: number[];
  readonly seasonal: number[];
  readonly residual: number[];
}

function decompose(values: readonly number[], request: TimelineRequest): Decomposed {
  const { method, model, period } = request.decomposition;
  if (method === 'stl') {
    const { trend, seasonal, residual } = stl(values, { period, robust: true });
    return { trend, seasonal, residual };
  }
  const { trend, seasonal, residual } = seasonalDecompose(values, { period, model });
  return { trend, seasonal, residual };
}

const orNull = (values: readonly number[]): (number | null)[] => values.map((value) => (Number.isNaN(value) ? null : value));

/**
 * The timeline of a search scope: counts or byte sums per fixed interval from the source (empty buckets as
 * zeros), the request's decomposition (classical as statsmodels' seasonal_decompose, or STL), residual
 * outliers beyond n σ, and for the most extreme outlier buckets the top sources, destinations and domains
 * in each (exact counts from the source, one small query per field restricted to that bucket). A series too
 * short to decompose (under two periods) or unfit for the model (zeros with multiplicative) is returned
 * with the reason as a `not_scorable` warning instead of failing the whole panel.
 */
export async function getTimeline(source: AnalysisSource, request: TimelineRequest, signal: AbortSignal): Promise<TimelineResponse> {
  const intervalMs = request.interval_minutes * 60_000;
  const scope: SourceQuery = { ...toSourceScope(request, request.fields.timestamp), filters: getTimelineFilters(request) };
  const metric = request.metric === 'sum_bytes_out' && request.fields.bytes_out !== undefined ? { kind: 'sum' as const, field: request.fields.bytes_out } : { kind: 'count' as const };
  const series = await source.fetchBuckets({ ...scope, intervalMs, metric }, signal);
  const bucketStarts = series.buckets.map((bucket) => bucket.start);
  const values = series.buckets.map((bucket) => bucket.value);
  const sourceWarnings = [...series.warnings];
  const notes: ResponseWarning[] = [];

  let decomposition: TimelineResponse['decomposition'] = null;
  let outliers: ResidualOutliers | null = null;
  try {
    const parts = decompose(values, request);
    decomposition = {
      ...request.decomposition,
      trend: orNull(parts.trend),
      seasonal: orNull(parts.seasonal),
      residual: orNull(parts.residual),
    };
    outliers = detectResidualOutliers(parts.residual, {
      sigma: request.outliers.threshold,
      method: request.outliers.scale === 'mad' ? 'mad' : 'zscore',
    });
  } catch (error) {
    notes.push({ code: 'not_scorable', message: `no decomposition: ${error instanceof Error ? error.message : String(error)}` });
  }

  const flagged = (outliers?.buckets ?? [])
    .flatMap((bucket) => (bucket.status === 'scored' && bucket.isOutlier ? [bucket] : []))
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.index - b.index);
  const drilled = flagged.slice(0, request.outliers.max_drilldowns);
  if (flagged.length > drilled.length) {
    notes.push({
      code: 'truncated',
      message: `${flagged.length} outlier buckets; top sources, destinations and domains listed for the ${drilled.length} most extreme (outliers.max_drilldowns)`,
    });
  }
  const drilldowns = new Map<number, { sources: TermCount[]; destinations: TermCount[]; domains: TermCount[] }>();
  for (const bucket of drilled) {
    const start = bucketStarts[bucket.index];
    const within: SourceQuery = { ...scope, timeRange: { from: start, to: start + intervalMs } };
    const top = async (field: string | undefined): Promise<TermCount[]> => {
      if (field === undefined) return [];
      const counts = await source.fetchValueCounts({ ...within, field, order: 'descending', size: request.outliers.top }, signal);
      sourceWarnings.push(...counts.warnings);
      return counts.values.map(({ value, count }) => ({ value, count }));
    };
    const [sources, destinations, domains] = await Promise.all([top(request.fields.source), top(request.fields.destination), top(request.fields.domain)]);
    drilldowns.set(bucket.index, { sources, destinations, domains });
  }

  const outlierList: TimelineOutlier[] = flagged
    .sort((a, b) => a.index - b.index)
    .map((bucket) => {
      const drilldown = drilldowns.get(bucket.index);
      return {
        bucket_start: bucketStarts[bucket.index],
        value: values[bucket.index],
        residual: bucket.residual,
        score: bucket.score,
        top_sources: drilldown?.sources ?? null,
        top_destinations: drilldown?.destinations ?? null,
        top_domains: drilldown?.domains ?? null,
      };
    });
  const { partial, warnings } = toResponseWarnings(sourceWarnings);
  return {
    interval_minutes: request.interval_minutes,
    bucket_starts: bucketStarts,
    values,
    decomposition,
    outliers: outlierList,
    residual_center: outliers?.center ?? null,
    residual_scale: outliers?.scale ?? null,
    partial,
    warnings: [...warnings, ...notes],
  };
}
