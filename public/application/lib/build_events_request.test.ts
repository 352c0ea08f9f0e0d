import { eventsRequestSchema } from '../../../common/api/events';
import { buildBucketDiscoverParams } from './build_discover_params';
import { buildEventsRequest, buildTransferEventsParams } from './build_events_request';
import { DEFAULT_HTTP_CONTROLS } from './http_controls';
import type { QueryContext } from './query_context';

const context: QueryContext = {
  index: 'logs-*',
  timeRange: { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' },
  query: { term: { 'event.dataset': 'zeek.http' } },
  fieldMappingPreset: 'ecs',
  homeNetworks: ['10.0.0.0/8'],
};

describe('buildEventsRequest', () => {
  it('asks for the events of an outlier bucket with the same time range, query and filters as its Discover link', () => {
    const controls = { ...DEFAULT_HTTP_CONTROLS, methods: ['POST', 'PUT'], externalDestinationsOnly: true };
    const body = buildEventsRequest(buildBucketDiscoverParams(context, controls, Date.parse('2024-04-19T13:00:00Z')), '@timestamp');
    expect(body).toEqual({
      index: 'logs-*',
      time_range: { from: '2024-04-19T13:00:00.000Z', to: '2024-04-19T13:15:00.000Z' },
      query: { term: { 'event.dataset': 'zeek.http' } },
      timestamp_field: '@timestamp',
      filters: [
        { kind: 'terms', field: 'http.request.method', values: ['POST', 'PUT'] },
        { kind: 'networks', field: 'destination.ip', cidrs: ['10.0.0.0/8'], negate: true },
      ],
      size: 20,
    });
    expect(eventsRequestSchema.safeParse(body).success).toBe(true);
  });

  it('refuses a filter the events route does not take rather than showing other events', () => {
    const params = { index: 'x', timeRange: context.timeRange, filters: [{ kind: 'exists' as const, field: 'url.domain' }] };
    expect(() => buildEventsRequest(params, '@timestamp')).toThrow('the raw events cannot be filtered by the exists filter on url.domain');
  });
});

describe('buildTransferEventsParams', () => {
  it('selects the transfer by its millisecond, method and byte count', () => {
    const transfer = { kind: 'transfer_outlier' as const, x: 1, y: 1000, method: 'POST', document: { id: 'abc', value: 1_000_000_000, timestamp: Date.parse('2024-04-19T13:05:01.123Z') } };
    expect(buildTransferEventsParams(context, transfer)).toEqual({
      index: 'logs-*',
      timeRange: { from: '2024-04-19T13:05:01.123Z', to: '2024-04-19T13:05:01.124Z' },
      query: { term: { 'event.dataset': 'zeek.http' } },
      filters: [
        { kind: 'terms', field: 'http.request.method', values: ['POST'] },
        { kind: 'terms', field: 'http.request.body.bytes', values: [1_000_000_000] },
      ],
    });
  });
});
