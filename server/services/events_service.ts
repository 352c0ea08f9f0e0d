import { EVENTS_TOTAL_EXACT_UP_TO } from '../../common/api/events';
import type { EventsFilterBody, EventsRequest, EventsResponse } from '../../common/api/events';
import type { FieldFilter } from '../../common/model/field_filter';
import type { AnalysisSource } from '../sources/analysis_source';
import { toResponseWarnings } from './to_response_warnings';
import { toSourceScope } from './to_source_scope';

function toFieldFilter(filter: EventsFilterBody): FieldFilter {
  const negate = filter.negate === true ? { negate: true } : {};
  return filter.kind === 'terms'
    ? { kind: 'terms', field: filter.field, values: filter.values, ...negate }
    : { kind: 'networks', field: filter.field, cidrs: filter.cidrs, ...negate };
}

/**
 * The first (or last) raw events behind a drill-down: the same selection the Discover link opens (time
 * range, query, the conversation's or bucket's filters), sorted on the timestamp, with the total.
 */
export async function getEvents(source: AnalysisSource, request: EventsRequest, signal: AbortSignal): Promise<EventsResponse> {
  const result = await source.fetchEvents(
    {
      ...toSourceScope(request, request.timestamp_field),
      filters: request.filters.map(toFieldFilter),
      size: request.size,
      order: request.order,
      ...(request.fields !== undefined ? { includeFields: request.fields } : {}),
      trackTotalUpTo: EVENTS_TOTAL_EXACT_UP_TO,
    },
    signal,
  );
  return {
    total: result.total,
    events: result.events.map(({ id, index, timestamp, source: fields }) => ({ id, index, timestamp, source: fields })),
    ...toResponseWarnings(result.warnings),
  };
}
