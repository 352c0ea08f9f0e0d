/**
 * `@kbn/es-query`: a Kibana shared browser dependency (`__kbnSharedDeps__.KbnEsQuery`, 8.19 and 9.x).
 * Declared from src/platform/packages/shared/kbn-es-query/src/{filters/build_filters/types.ts,
 * es_query/build_es_query.ts, filters/helpers/...}: only what Hunt EDA calls.
 */
export interface FilterMeta {
  alias?: string | null;
  disabled?: boolean;
  negate?: boolean;
  /** The data view id the filter was made for. */
  index?: string;
  key?: string;
  type?: string;
  params?: unknown;
  value?: string;
  [key: string]: unknown;
}
export interface Filter {
  meta: FilterMeta;
  query?: Record<string, unknown>;
  $state?: { store: 'appState' | 'globalState' };
}
export interface Query {
  query: string | Record<string, unknown>;
  language: string;
}
export interface AggregateQuery {
  esql: string;
}
export interface TimeRange {
  from: string;
  to: string;
  mode?: 'absolute' | 'relative';
}
export interface DataViewBase {
  title: string;
  fields: unknown[];
}
export interface BoolQuery {
  bool: { must: unknown[]; filter: unknown[]; should: unknown[]; must_not: unknown[] };
}
export declare function buildEsQuery(
  indexPattern: DataViewBase | undefined,
  queries: Query | Query[],
  filters: Filter | Filter[],
  config?: { allowLeadingWildcards?: boolean; queryStringOptions?: Record<string, unknown>; ignoreFilterIfFieldNotInIndex?: boolean; dateFormatTZ?: string },
): BoolQuery;
