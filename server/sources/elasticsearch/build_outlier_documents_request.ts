import type { estypes } from '@elastic/elasticsearch';
import type { DistributionQuery } from '../analysis_source';
import { buildSearchQuery } from './build_search_query';
import type { CategoryFences } from './build_fences_request';

export interface OutlierSide extends CategoryFences {
  readonly side: 'below' | 'above';
  readonly size: number;
}

/**
 * Third step: the actual documents beyond the fences, one search per category and side in one `msearch`,
 * each sorted from the most extreme value inwards (ascending below, descending above) and cut at `size`.
 * Only the sort value and the timestamp (as doc values, epoch milliseconds) come back, no `_source`.
 */
export function buildOutlierDocumentsRequest(query: DistributionQuery, sides: readonly OutlierSide[]): estypes.MsearchRequest {
  const searches: estypes.MsearchRequestItem[] = [];
  for (const side of sides) {
    const range = side.side === 'below' ? { lt: side.lowerFence } : { gt: side.upperFence };
    searches.push({ index: query.index });
    searches.push({
      size: side.size,
      track_total_hits: false,
      _source: false,
      query: buildSearchQuery(query, [
        { kind: 'terms', field: query.categoryField, values: [side.key] },
        { kind: 'range', field: query.valueField, ...range },
        { kind: 'exists', field: query.timestampField },
      ]),
      sort: [{ [query.valueField]: { order: side.side === 'below' ? 'asc' : 'desc', unmapped_type: 'double' } }],
      docvalue_fields: [{ field: query.timestampField, format: 'epoch_millis' }],
    });
  }
  return { searches };
}
