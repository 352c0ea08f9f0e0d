import type { DistributionRequest, DistributionResponse } from '../../common/api/distribution';
import type { AnalysisSource } from '../sources/analysis_source';
import { toResponseWarnings } from './to_response_warnings';
import { toSourceScope } from './to_source_scope';

/**
 * Box-plot figures of a numeric field per category with the real documents beyond the fences. Whether the
 * quartiles (and so the fences) are exact depends on the source: Elasticsearch estimates them (TDigest),
 * the embedded engine computes type 7; counts, min, max, whiskers and outliers are exact given the fences.
 */
export async function getDistribution(source: AnalysisSource, request: DistributionRequest, signal: AbortSignal): Promise<DistributionResponse> {
  const result = await source.fetchDistribution(
    {
      ...toSourceScope(request, request.timestamp_field),
      valueField: request.value_field,
      categoryField: request.category_field,
      fenceFactor: request.whisker_k,
      maxOutliersPerCategory: request.max_outliers_per_category,
    },
    signal,
  );
  const exact = result.categories.every((category) => category.quartilesExact);
  return {
    categories: result.categories.map((category) => ({
      category: category.category,
      count: category.count,
      min: category.min,
      max: category.max,
      q1: category.q1,
      median: category.median,
      q3: category.q3,
      lower_fence: category.lowerFence,
      upper_fence: category.upperFence,
      whisker_low: category.lowerWhisker,
      whisker_high: category.upperWhisker,
      outliers_total: category.outlierCount,
      outliers: category.outliers.map(({ id, value, timestamp }) => ({ id, value, timestamp })),
    })),
    precision: {
      quartiles: exact ? 'exact' : 'approximate',
      fences: exact ? 'exact' : 'approximate',
      count_min_max: 'exact',
      whiskers_and_outliers: 'exact_given_fences',
    },
    ...toResponseWarnings(result.warnings),
  };
}
