import type { estypes } from '@elastic/elasticsearch';
import type { FieldFilter } from '../../../common/model/field_filter';
import type { SourceQuery } from '../analysis_source';

type QueryContainer = estypes.QueryDslQueryContainer;

/**
 * "In one of these networks" on an `ip` field: a `term` query accepts a CIDR there (Elasticsearch's ip
 * field turns it into a range), one clause per network. An empty list matches nothing.
 */
function inNetworks(field: string, cidrs: readonly string[]): QueryContainer {
  if (cidrs.length === 0) return { match_none: {} };
  return { bool: { should: cidrs.map((cidr) => ({ term: { [field]: cidr } })), minimum_should_match: 1 } };
}

function addFilter(filter: FieldFilter, must: QueryContainer[], mustNot: QueryContainer[]): void {
  switch (filter.kind) {
    case 'terms': {
      const clause: QueryContainer = { terms: { [filter.field]: [...filter.values] as estypes.FieldValue[] } };
      (filter.negate === true ? mustNot : must).push(clause);
      return;
    }
    case 'range': {
      const { gt, gte, lt, lte } = filter;
      must.push({ range: { [filter.field]: { gt, gte, lt, lte } } });
      return;
    }
    case 'networks':
      if (filter.negate === true) {
        // "Outside every network" must not match documents without the field (see NetworksFilter).
        must.push({ exists: { field: filter.field } });
        mustNot.push(inNetworks(filter.field, filter.cidrs));
      } else {
        must.push(inNetworks(filter.field, filter.cidrs));
      }
      return;
    case 'exists':
      (filter.negate === true ? mustNot : must).push({ exists: { field: filter.field } });
      return;
  }
}

/**
 * The `query` of every request: time range, field filters and the user's own DSL query, all in filter
 * context (no scoring is needed, and filters are cached). The time range is half-open [from, to) in epoch
 * milliseconds, as SourceQuery defines it.
 */
export function buildSearchQuery(query: SourceQuery, extra: readonly FieldFilter[] = []): QueryContainer {
  const must: QueryContainer[] = [];
  const mustNot: QueryContainer[] = [];
  if (query.timeRange !== undefined) {
    must.push({
      range: { [query.timestampField]: { gte: query.timeRange.from, lt: query.timeRange.to, format: 'epoch_millis' } },
    });
  }
  for (const filter of [...(query.filters ?? []), ...extra]) addFilter(filter, must, mustNot);
  if (query.elasticsearchQuery !== undefined) must.push(query.elasticsearchQuery as QueryContainer);
  return { bool: { filter: must, ...(mustNot.length > 0 ? { must_not: mustNot } : {}) } };
}
