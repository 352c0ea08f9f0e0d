import { eventsRequestSchema } from '../../common/api/events';
import type { AnalysisSource, EventsQuery } from '../sources/analysis_source';
import { getEvents } from './events_service';

function sourceOf(queries: EventsQuery[]): AnalysisSource {
  const unused = (): never => {
    throw new Error('not used by this test');
  };
  return {
    fetchConversationGroups: unused,
    fetchBuckets: unused,
    fetchValueCounts: unused,
    fetchDistribution: unused,
    fetchEvents: async (query) => {
      queries.push(query);
      return {
        events: [{ id: 'a', index: 'zeek-http', timestamp: 1713531605820, source: { method: 'POST' } }],
        total: { value: 10_000, relation: 'gte' },
        warnings: ['events: 1 of 2 shards failed, figures are partial'],
      };
    },
  };
}

describe('getEvents', () => {
  it('asks the source for the drill-down’s selection with the contract’s defaults and marks warnings partial', async () => {
    const queries: EventsQuery[] = [];
    const request = eventsRequestSchema.parse({
      index: 'zeek-http',
      time_range: { from: '2024-04-19T13:00:00Z', to: '2024-04-19T13:15:00Z' },
      query: { match_all: {} },
      timestamp_field: 'ts',
      filters: [
        { kind: 'terms', field: 'method', values: ['POST', 'PUT'] },
        { kind: 'networks', field: 'id.resp_h', cidrs: ['10.0.0.0/8'], negate: true },
      ],
    });
    const response = await getEvents(sourceOf(queries), request, new AbortController().signal);
    expect(queries).toEqual([
      {
        index: 'zeek-http',
        timestampField: 'ts',
        timeRange: { from: Date.parse('2024-04-19T13:00:00Z'), to: Date.parse('2024-04-19T13:15:00Z') },
        elasticsearchQuery: { match_all: {} },
        filters: [
          { kind: 'terms', field: 'method', values: ['POST', 'PUT'] },
          { kind: 'networks', field: 'id.resp_h', cidrs: ['10.0.0.0/8'], negate: true },
        ],
        size: 20,
        order: 'asc',
        trackTotalUpTo: 10_000,
      },
    ]);
    expect(response).toEqual({
      total: { value: 10_000, relation: 'gte' },
      events: [{ id: 'a', index: 'zeek-http', timestamp: 1713531605820, source: { method: 'POST' } }],
      partial: true,
      warnings: [{ code: 'partial', message: 'events: 1 of 2 shards failed, figures are partial' }],
    });
  });
});
