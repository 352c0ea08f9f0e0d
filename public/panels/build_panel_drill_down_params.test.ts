import type { Filter } from '@kbn/es-query';
import { DEFAULT_HTTP_CONTROLS } from '../application/lib/http_controls';
import type { QueryContext } from '../application/lib/query_context';
import { decodeHuntEdaUrlState, encodeHuntEdaUrlState } from '../locator/hunt_eda_url_state';
import { buildPanelDrillDownParams } from './build_panel_drill_down_params';

const context: QueryContext = {
  index: 'logs-suricata-*',
  timeRange: { from: '2024-04-01T00:00:00.000Z', to: '2024-04-15T00:00:00.000Z' },
  query: { bool: {} },
  fieldMappingPreset: 'ecs',
  homeNetworks: ['10.0.0.0/8'],
};
const filters: Filter[] = [{ meta: { key: 'source.ip', negate: true, index: 'dv-alerts' }, query: { match_phrase: { 'source.ip': '10.0.0.7' } } }];
const conversation = { kind: 'conversation' as const, signatureId: '2024218', sourceIp: '203.0.113.9', destinationIp: '10.0.0.5' };

describe('buildPanelDrillDownParams', () => {
  it('opens the conversations view on the panel\'s data view, with the dashboard\'s query and filters, over the time the panel drew, the conversation selected', () => {
    const params = buildPanelDrillDownParams({
      settings: { dataViewId: 'dv-alerts', fieldMappingPreset: 'suricata_eve' },
      analysis: 'conversations',
      context,
      query: { query: 'event.module:suricata', language: 'kuery' },
      filters,
      selection: conversation,
    });
    expect(params).toEqual({
      dataViewId: 'dv-alerts',
      analysis: 'conversations',
      fieldMappingPreset: 'suricata_eve',
      timeRange: { from: '2024-04-01T00:00:00.000Z', to: '2024-04-15T00:00:00.000Z' },
      query: { query: 'event.module:suricata', language: 'kuery' },
      filters,
      selection: conversation,
    });
    // What the locator puts in the URL is what the app reads back.
    expect(decodeHuntEdaUrlState(encodeHuntEdaUrlState(params))).toEqual({ params, problems: [] });
  });

  it('carries the HTTP panel\'s n·σ (or the default the panel drew with) so the app scores the bucket alike', () => {
    const bucket = { kind: 'bucket' as const, bucketStart: Date.parse('2024-04-03T10:15:00Z') };
    const withThreshold = buildPanelDrillDownParams({ settings: { dataViewId: 'dv-http', fieldMappingPreset: 'ecs', threshold: 2.5 }, analysis: 'http', context, selection: bucket });
    expect(withThreshold).toMatchObject({ analysis: 'http', httpControls: { ...DEFAULT_HTTP_CONTROLS, threshold: 2.5 }, selection: bucket, filters: [] });
    expect(withThreshold).not.toHaveProperty('query');
    expect(buildPanelDrillDownParams({ settings: { dataViewId: 'dv-http', fieldMappingPreset: 'ecs' }, analysis: 'http', context, selection: bucket }).httpControls?.threshold).toBe(3);
  });

  it('leaves out an ES|QL query (not a KQL or Lucene string) and falls back to the index without a data view', () => {
    const params = buildPanelDrillDownParams({
      settings: { fieldMappingPreset: 'ecs' },
      analysis: 'conversations',
      context,
      query: { esql: 'FROM logs' } as never,
      selection: { kind: 'signature', signatureId: '2024218' },
    });
    expect(params).not.toHaveProperty('query');
    expect(params).toMatchObject({ index: 'logs-suricata-*' });
    expect(params).not.toHaveProperty('dataViewId');
  });
});
