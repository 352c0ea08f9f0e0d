import type { estypes } from '@elastic/elasticsearch';
import type { DistributionQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';
import type { CompositeKey } from './native_types';

/**
 * First step of a distribution: per category (a `composite` page over the category field, so no category
 * is cut), exact `stats` (count, min, max) and the quartiles from `percentiles` [25, 50, 75]. Percentiles
 * are Elasticsearch's TDigest estimate: the result marks them approximate. Only documents holding the
 * value field count, as in the embedded engine.
 */
export function buildDistributionStatsRequest(query: DistributionQuery, pageSize: number, after?: CompositeKey): estypes.SearchRequest {
  return {
    index: query.index,
    size: 0,
    track_total_hits: false,
    query: buildSearchQuery(query, [{ kind: 'exists', field: query.valueField }]),
    aggs: {
      categories: {
        composite: {
          size: pageSize,
          sources: [{ category: { terms: { field: query.categoryField } } }],
          ...(after !== undefined ? { after: after as Record<string, estypes.FieldValue> } : {}),
        },
        aggs: {
          stats: { stats: { field: query.valueField } },
          quartiles: { percentiles: { field: query.valueField, percents: [25, 50, 75], keyed: false } },
        },
      },
    },
  };
}
