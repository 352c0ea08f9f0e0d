import { buildBytesOutDistributionRequest, buildConversationsRequest, buildRareMethodsRequest, buildTimelineRequest } from './build_api_requests';
import { FIELD_MAPPING_PRESETS } from '../../../common/model/field_mapping';
import { DEFAULT_HTTP_CONTROLS } from './http_controls';
import type { QueryContext } from './query_context';

const context: QueryContext = {
  index: 'logs-*',
  timeRange: { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' },
  query: { match_all: {} },
  fieldMappingPreset: 'suricata_eve',
  homeNetworks: ['10.0.0.0/8'],
};

describe('buildConversationsRequest', () => {
  it('sends the preset\'s alert fields and the home networks', () => {
    expect(buildConversationsRequest(context)).toEqual({
      index: 'logs-*',
      time_range: { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' },
      query: { match_all: {} },
      fields: { timestamp: 'timestamp', signature_id: 'alert.signature_id', signature_name: 'alert.signature', source: 'src_ip', destination: 'dest_ip' },
      home_networks: ['10.0.0.0/8'],
    });
  });

  it('takes the fields from the chosen preset', () => {
    expect(buildConversationsRequest({ ...context, fieldMappingPreset: 'zeek' }).fields).toEqual({
      timestamp: 'ts', signature_id: 'note', signature_name: 'msg', source: 'id.orig_h', destination: 'id.resp_h',
    });
  });

  it('sends the mapping\'s direction field when it has one (ECS network.direction), and none once it is cleared', () => {
    expect(buildConversationsRequest({ ...context, fieldMappingPreset: 'ecs' }).fields).toEqual({
      timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip', direction: 'network.direction',
    });
    const { direction: _cleared, ...withoutDirection } = FIELD_MAPPING_PRESETS.ecs.mapping;
    expect(buildConversationsRequest({ ...context, fieldMappingPreset: 'ecs', fieldMapping: withoutDirection }).fields).not.toHaveProperty('direction');
  });
});

describe('buildTimelineRequest', () => {
  it('maps every control onto the contract', () => {
    const body = buildTimelineRequest(context, {
      ...DEFAULT_HTTP_CONTROLS,
      intervalMinutes: 60,
      period: 24,
      decomposition: 'stl',
      threshold: 2.5,
      scale: 'mad',
      methods: ['POST'],
      externalDestinationsOnly: true,
      metric: 'sum_bytes_out',
    });
    expect(body).toMatchObject({
      interval_minutes: 60,
      metric: 'sum_bytes_out',
      filters: { methods: ['POST'], external_destinations_only: true, bytes_out_positive: false },
      decomposition: { method: 'stl', model: 'additive', period: 24 },
      outliers: { threshold: 2.5, scale: 'mad', top: 5, max_drilldowns: 25 },
      fields: { http_method: 'http.http_method', bytes_out: 'flow.bytes_toserver', domain: 'http.hostname' },
    });
  });

  it('leaves the method filter out when no method is chosen', () => {
    expect(buildTimelineRequest(context, DEFAULT_HTTP_CONTROLS).filters).toEqual({ bytes_out_positive: false, external_destinations_only: false });
  });
});

describe('HTTP field requests', () => {
  it('asks for the method field\'s rare values and bytes out per method', () => {
    expect(buildRareMethodsRequest(context)).toMatchObject({ field: 'http.http_method', timestamp_field: 'timestamp', size: 10 });
    expect(buildBytesOutDistributionRequest(context)).toMatchObject({ value_field: 'flow.bytes_toserver', category_field: 'http.http_method' });
  });

  it('names the missing field when a custom mapping lacks it', () => {
    const mapping = { timestamp: 't', signature_id: 's', signature_name: 'n', source: 'a', destination: 'b' };
    expect(() => buildRareMethodsRequest({ ...context, fieldMapping: mapping })).toThrow('has no http_method field');
  });
});
