import type { estypes } from '@elastic/elasticsearch';
import type { BucketsQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';

/**
 * A `date_histogram` with `fixed_interval` (UTC, aligned at epoch + offset), `min_doc_count: 0` so empty
 * buckets come back as zeros, and, with a time range [from, to), `extended_bounds` {from, to − 1} so the
 * series spans the whole range even where no event fell. `format: epoch_millis` makes Elasticsearch read
 * the bounds as epoch milliseconds whatever the field's own date format. A sum metric adds a `sum`
 * sub-aggregation (documents without the field add nothing).
 */
export function buildBucketsRequest(query: BucketsQuery): estypes.SearchRequest {
  const histogram: estypes.AggregationsDateHistogramAggregation = {
    field: query.timestampField,
    fixed_interval: `${query.intervalMs}ms`,
    min_doc_count: 0,
    format: 'epoch_millis',
    ...(query.offsetMs !== undefined && query.offsetMs !== 0 ? { offset: `${query.offsetMs}ms` } : {}),
    ...(query.timeRange !== undefined
      ? { extended_bounds: { min: query.timeRange.from, max: query.timeRange.to - 1 } }
      : {}),
  };
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    query: buildSearchQuery(query),
    aggs: {
      buckets: {
        date_histogram: histogram,
        ...(query.metric.kind === 'sum' ? { aggs: { value: { sum: { field: query.metric.field } } } } : {}),
      },
    },
  };
}
