import { buildBucketDiscoverParams, buildConversationDiscoverParams } from './build_discover_params';
import { DEFAULT_HTTP_CONTROLS } from './http_controls';
import type { QueryContext } from './query_context';

const context: QueryContext = {
  index: 'alerts-*',
  timeRange: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
  fieldMappingPreset: 'ecs',
  homeNetworks: ['192.168.0.0/16'],
};

describe('buildConversationDiscoverParams', () => {
  it('narrows to the conversation\'s signature, pair and observed time span (end inclusive)', () => {
    const params = buildConversationDiscoverParams(context, {
      signatureId: '2024218',
      signature: 'ET EXPLOIT Possible ETERNALBLUE',
      sourceIp: '192.168.1.5',
      destinationIp: '192.168.1.9',
      firstSeen: Date.parse('2018-04-27T10:00:00Z'),
      lastSeen: Date.parse('2018-04-27T11:00:00Z'),
      otrSeconds: 3600,
      observations: 4,
      direction: 'internal_to_internal',
    });
    expect(params).toEqual({
      index: 'alerts-*',
      timeRange: { from: '2018-04-27T10:00:00.000Z', to: '2018-04-27T11:00:00.001Z' },
      filters: [
        { kind: 'terms', field: 'rule.id', values: ['2024218'] },
        { kind: 'terms', field: 'source.ip', values: ['192.168.1.5'] },
        { kind: 'terms', field: 'destination.ip', values: ['192.168.1.9'] },
      ],
    });
  });
});

describe('buildBucketDiscoverParams', () => {
  it('spans one interval and repeats the series\' method and external-only filters', () => {
    const start = Date.parse('2024-03-05T13:15:00Z');
    const params = buildBucketDiscoverParams(context, { ...DEFAULT_HTTP_CONTROLS, methods: ['POST'], externalDestinationsOnly: true }, start);
    expect(params.timeRange).toEqual({ from: '2024-03-05T13:15:00.000Z', to: '2024-03-05T13:30:00.000Z' });
    expect(params.filters).toEqual([
      { kind: 'terms', field: 'http.request.method', values: ['POST'] },
      { kind: 'networks', field: 'destination.ip', cidrs: ['192.168.0.0/16'], negate: true },
    ]);
  });
});
