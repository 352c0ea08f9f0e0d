import type { Filter } from '@kbn/es-query';
import type { DslQuery } from '../../common/api/request_schemas';
import type { FieldFilter } from '../../common/model/field_filter';

/**
 * A drill-down's field filters as Kibana filter pills, in the shapes Kibana's own filter builders make
 * (phrase/phrases, range, exists; CIDR lists as a custom query DSL filter, since IP terms accept CIDRs),
 * so Discover shows, edits and negates them like any other filter. Pure.
 */
export function toKibanaFilters(filters: readonly FieldFilter[], dataViewId: string | undefined): Filter[] {
  return filters.map((filter): Filter => {
    const meta = { index: dataViewId, key: filter.field, alias: null, disabled: false, negate: 'negate' in filter ? Boolean(filter.negate) : false };
    switch (filter.kind) {
      case 'terms':
        if (filter.values.length === 1) {
          return { meta: { ...meta, type: 'phrase', params: { query: filter.values[0] } }, query: { match_phrase: { [filter.field]: filter.values[0] } } };
        }
        return {
          meta: { ...meta, type: 'phrases', params: [...filter.values] },
          query: { bool: { should: filter.values.map((value) => ({ match_phrase: { [filter.field]: value } })), minimum_should_match: 1 } },
        };
      case 'range': {
        const bounds = Object.fromEntries((['gt', 'gte', 'lt', 'lte'] as const).flatMap((op) => (filter[op] === undefined ? [] : [[op, filter[op]]])));
        return { meta: { ...meta, type: 'range', params: bounds }, query: { range: { [filter.field]: bounds } } };
      }
      case 'exists':
        return { meta: { ...meta, type: 'exists', value: 'exists' }, query: { exists: { field: filter.field } } };
      case 'networks':
        return {
          meta: { ...meta, type: 'custom', alias: `${filter.field} ${filter.negate ? 'not in' : 'in'} ${filter.cidrs.join(', ')}` },
          query: { bool: { should: filter.cidrs.map((cidr) => ({ term: { [filter.field]: cidr } })), minimum_should_match: 1 } },
        };
    }
  });
}

/** A panel's own DSL query (KQL and filters already compiled) as one custom filter pill, labelled. */
export function toCustomQueryFilter(query: DslQuery, dataViewId: string | undefined, alias: string): Filter {
  return { meta: { index: dataViewId, type: 'custom', alias, disabled: false, negate: false }, query };
}
