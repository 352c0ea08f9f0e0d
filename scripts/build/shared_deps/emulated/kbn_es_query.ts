/**
 * Stand-in for Kibana's `@kbn/es-query` (shared as `__kbnSharedDeps__.KbnEsQuery`) on pages without Kibana:
 * the conformance test page and the standalone server. Only `buildEsQuery`, with Kibana's output shape
 * (`bool.must` for queries, `bool.filter` / `bool.must_not` for enabled filters by `negate`). It does NOT
 * parse KQL: query text of either language becomes a Lucene `query_string`. Inside Kibana the real package,
 * with the real KQL parser, is used.
 */
import type { BoolQuery, DataViewBase, Filter, Query } from '@kbn/es-query';

export function buildEsQuery(_indexPattern: DataViewBase | undefined, queries: Query | Query[], filters: Filter | Filter[]): BoolQuery {
  const must = (Array.isArray(queries) ? queries : [queries])
    .filter((q) => typeof q.query !== 'string' || q.query.trim() !== '')
    .map((q) => (typeof q.query === 'string' ? { query_string: { query: q.query } } : q.query));
  const enabled = (Array.isArray(filters) ? filters : [filters]).filter((f) => !f.meta.disabled && f.query);
  return {
    bool: {
      must,
      filter: enabled.filter((f) => !f.meta.negate).map((f) => f.query),
      should: [],
      must_not: enabled.filter((f) => f.meta.negate).map((f) => f.query),
    },
  };
}
