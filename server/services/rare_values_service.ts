import type { RareValuesRequest, RareValuesResponse } from '../../common/api/rare_values';
import type { AnalysisSource } from '../sources/analysis_source';
import { toResponseWarnings } from './to_response_warnings';
import { toSourceScope } from './to_source_scope';

/**
 * The least common values of a field with exact counts (the source counts every distinct value; ties by
 * value), e.g. the rare HTTP methods of a hunt.
 */
export async function getRareValues(source: AnalysisSource, request: RareValuesRequest, signal: AbortSignal): Promise<RareValuesResponse> {
  const result = await source.fetchValueCounts(
    { ...toSourceScope(request, request.timestamp_field), field: request.field, order: 'ascending', size: request.size },
    signal,
  );
  return {
    values: result.values.map(({ value, count }) => ({ value, count })),
    distinct_values: result.distinctValues,
    ...toResponseWarnings(result.warnings),
  };
}
