import { buildEsQuery, type Filter, type Query, type TimeRange } from '@kbn/es-query';
import type { DataView } from '@kbn/data-views-plugin/public';
import type { FieldMappingPresetId } from '../../common/model/field_mapping';
import type { QueryContext } from '../application/lib/query_context';

export interface KibanaQueryState {
  readonly dataView: DataView;
  /** As the time picker holds it (may be relative, `now-7d`). */
  readonly timeRange: TimeRange;
  readonly query?: Query;
  readonly filters: readonly Filter[];
  readonly fieldMappingPreset: FieldMappingPresetId;
  readonly homeNetworks: readonly string[];
  /** Resolves relative times against now: the data plugin's `timefilter.calculateBounds`. */
  readonly resolveTime: (range: TimeRange) => { from: string; to: string };
}

/**
 * Kibana's query state → the app's QueryContext: the data view's index pattern, an absolute time range,
 * and KQL/Lucene plus filters compiled to DSL with Kibana's own buildEsQuery (disabled filters dropped,
 * negation applied), so every panel counts exactly what Discover shows. Only ES query languages: an ES|QL
 * query cannot be compiled to DSL and is refused with that reason.
 */
export function buildQueryContext(state: KibanaQueryState): QueryContext {
  if (state.query && typeof state.query.query !== 'string') throw new Error(`query: Hunt EDA needs a KQL or Lucene query, got ${state.query.language}`);
  const queries = state.query ? [state.query] : [];
  const dsl = buildEsQuery(undefined, queries, state.filters.filter((f) => !f.meta.disabled), { ignoreFilterIfFieldNotInIndex: false });
  return {
    index: state.dataView.getIndexPattern(),
    timeRange: state.resolveTime(state.timeRange),
    query: dsl as unknown as Record<string, unknown>,
    fieldMappingPreset: state.fieldMappingPreset,
    homeNetworks: state.homeNetworks,
  };
}
