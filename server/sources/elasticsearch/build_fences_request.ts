import type { estypes } from '@elastic/elasticsearch';
import type { DistributionQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';

export interface CategoryFences {
  readonly key: string | number | boolean;
  readonly lowerFence: number;
  readonly upperFence: number;
}

/**
 * Second step, exact given the fences: per category (aggregation `c<i>` for the i-th category, since fences
 * differ per category), the most extreme values inside the fences (the whiskers, `min`/`max` under a range
 * filter) and the number of documents below and above them.
 */
export function buildFencesRequest(query: DistributionQuery, fences: readonly CategoryFences[]): estypes.SearchRequest {
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  fences.forEach((fence, i) => {
    aggs[`c${i}`] = {
      filter: { term: { [query.categoryField]: fence.key } },
      aggs: {
        inside: {
          filter: { range: { [query.valueField]: { gte: fence.lowerFence, lte: fence.upperFence } } },
          aggs: { low: { min: { field: query.valueField } }, high: { max: { field: query.valueField } } },
        },
        below: { filter: { range: { [query.valueField]: { lt: fence.lowerFence } } } },
        above: { filter: { range: { [query.valueField]: { gt: fence.upperFence } } } },
      },
    };
  });
  return { index: query.index, size: 0, track_total_hits: false, query: buildSearchQuery(query), aggs };
}
