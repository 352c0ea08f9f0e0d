import { DEFAULT_EVENTS_SIZE } from '../../../common/api/events';
import type { EventsFilterBody, EventsRequestBody } from '../../../common/api/events';
import type { FieldFilter } from '../../../common/model/field_filter';
import type { TransferOutlierDatum } from '../../charts/compute_method_box_plot_model';
import { getFieldMapping, type DiscoverLinkParams, type QueryContext } from './query_context';

function toEventsFilter(filter: FieldFilter): EventsFilterBody {
  switch (filter.kind) {
    case 'terms':
      return { kind: 'terms', field: filter.field, values: [...filter.values], ...(filter.negate === true ? { negate: true } : {}) };
    case 'networks':
      return { kind: 'networks', field: filter.field, cidrs: [...filter.cidrs], ...(filter.negate === true ? { negate: true } : {}) };
    default:
      // Drill-downs narrow by terms and networks only; anything else would show other events than Discover.
      throw new Error(`the raw events cannot be filtered by the ${filter.kind} filter on ${filter.field}`);
  }
}

/**
 * The raw-events request for a drill-down: exactly the events its Discover link opens (same index, time
 * range, query and filters), the first `size` by the mapping's timestamp, every field.
 */
export function buildEventsRequest(params: DiscoverLinkParams, timestampField: string, size: number = DEFAULT_EVENTS_SIZE): EventsRequestBody {
  return {
    index: params.index,
    time_range: { from: params.timeRange.from, to: params.timeRange.to },
    ...(params.query ? { query: params.query } : {}),
    timestamp_field: timestampField,
    filters: params.filters.map(toEventsFilter),
    size,
  };
}

/**
 * One outlier transfer as a selection every engine can run: its millisecond, its method and its byte count.
 * Not its `_id`, which only Elasticsearch can filter on; a second transfer alike in all three shows too.
 */
export function buildTransferEventsParams(context: QueryContext, transfer: TransferOutlierDatum): DiscoverLinkParams {
  const mapping = getFieldMapping(context);
  const filters: FieldFilter[] = [];
  if (mapping.http_method) filters.push({ kind: 'terms', field: mapping.http_method, values: [transfer.method] });
  if (mapping.bytes_out) filters.push({ kind: 'terms', field: mapping.bytes_out, values: [transfer.document.value] });
  const { timestamp } = transfer.document;
  return {
    index: context.index,
    timeRange: { from: new Date(timestamp).toISOString(), to: new Date(timestamp + 1).toISOString() },
    ...(context.query ? { query: context.query } : {}),
    filters,
  };
}
