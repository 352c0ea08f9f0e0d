import { computeCurrentParams, type AppStateSnapshot } from './compute_current_params';
import { DEFAULT_HTTP_CONTROLS } from './http_controls';
import type { QueryContext } from './query_context';

const baseContext: QueryContext = {
  index: 'logs-suricata-*',
  timeRange: { from: '2024-04-01T00:00:00.000Z', to: '2024-04-08T00:00:00.000Z' },
  query: { bool: { filter: [{ match_phrase: { 'event.module': 'suricata' } }] } },
  fieldMappingPreset: 'ecs',
  homeNetworks: ['10.0.0.0/8'],
};
const snapshot: AppStateSnapshot = {
  baseParams: {
    savedViewId: 'v1',
    dataViewId: 'dv-alerts',
    analysis: 'conversations',
    fieldMappingPreset: 'ecs',
    timeRange: { from: 'now-7d', to: 'now' },
    query: { query: 'event.module:suricata', language: 'kuery' },
    filters: [],
    selection: { kind: 'signature', signatureId: '2024218' },
  },
  baseContext,
  baseHttpControls: DEFAULT_HTTP_CONTROLS,
  context: baseContext,
  analysis: 'conversations',
  httpControls: DEFAULT_HTTP_CONTROLS,
};

describe('computeCurrentParams', () => {
  it('keeps the opening link as it was (relative time, query bar query) when nothing changed, without the selection', () => {
    const { selection: _dropped, ...rest } = snapshot.baseParams;
    expect(computeCurrentParams(snapshot)).toEqual(rest);
  });

  it('replaces each changed part: tab, time (absolute), index (dropping the data view), preset, home networks, HTTP controls', () => {
    const context: QueryContext = { ...baseContext, index: 'zeek-*', timeRange: { from: '2024-04-02T00:00:00.000Z', to: '2024-04-03T00:00:00.000Z' }, fieldMappingPreset: 'zeek', homeNetworks: [] };
    const httpControls = { ...DEFAULT_HTTP_CONTROLS, threshold: 2 };
    const params = computeCurrentParams({ ...snapshot, context, analysis: 'http', httpControls });
    expect(params).toEqual({
      savedViewId: 'v1',
      index: 'zeek-*',
      analysis: 'http',
      fieldMappingPreset: 'zeek',
      timeRange: context.timeRange,
      query: snapshot.baseParams.query,
      filters: [],
      homeNetworks: [],
      httpControls,
    });
  });

  it('replaces the query bar query and filters by a DSL query typed in the app, and by "no query" when it was cleared', () => {
    const typed = { term: { 'rule.id': '2024218' } };
    const withDsl = computeCurrentParams({ ...snapshot, context: { ...baseContext, query: typed } });
    expect(withDsl.queryDsl).toEqual(typed);
    expect(withDsl).not.toHaveProperty('query');
    expect(withDsl).not.toHaveProperty('filters');
    const cleared = computeCurrentParams({ ...snapshot, baseParams: { ...snapshot.baseParams, queryDsl: typed }, context: { ...baseContext, query: undefined } });
    expect(cleared).toMatchObject({ query: { query: '', language: 'kuery' }, filters: [] });
    expect(cleared).not.toHaveProperty('queryDsl');
  });
});
