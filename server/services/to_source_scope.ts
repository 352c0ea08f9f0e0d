import type { DslQuery, TimeRange } from '../../common/api/request_schemas';
import type { SourceQuery } from '../sources/analysis_source';

/** The head every validated request shares (common/api/request_schemas searchScopeShape). */
export interface RequestScope {
  readonly index: string;
  readonly time_range: TimeRange;
  readonly query?: DslQuery;
}

/** Contract scope (ISO dates, snake_case) → the source's canonical scope ([from, to) in epoch ms). */
export function toSourceScope(scope: RequestScope, timestampField: string): SourceQuery {
  return {
    index: scope.index,
    timestampField,
    timeRange: { from: Date.parse(scope.time_range.from), to: Date.parse(scope.time_range.to) },
    ...(scope.query !== undefined ? { elasticsearchQuery: scope.query } : {}),
  };
}
