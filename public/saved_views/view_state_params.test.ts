import { huntEdaViewStateSchema } from '../../common/saved_views/hunt_eda_view';
import { DEFAULT_HTTP_CONTROLS } from '../application/lib/http_controls';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { toHuntEdaViewState, toLocatorParams } from './view_state_params';

const params: HuntEdaLocatorParams = {
  savedViewId: 'old',
  dataViewId: 'dv-alerts',
  analysis: 'http',
  fieldMappingPreset: 'suricata_eve',
  timeRange: { from: 'now-30d', to: 'now' },
  query: { query: 'http.method:POST', language: 'kuery' },
  filters: [{ meta: { key: 'host', negate: true, index: 'dv-alerts' }, query: { match_phrase: { host: 'cdn.example' } }, $state: { store: 'appState' } } as never],
  queryDsl: { term: { 'http.method': 'POST' } },
  homeNetworks: ['192.168.0.0/16'],
  httpControls: { ...DEFAULT_HTTP_CONTROLS, decomposition: 'stl', methods: ['POST'] },
  field: 'http.method',
  fieldRole: 'http_method',
  selection: { kind: 'signature', signatureId: '1' },
};

describe('saved view ↔ link', () => {
  it('stores the link as a valid view (trimmed title, filters without $state, app-only parts in options)', () => {
    const state = toHuntEdaViewState(params, { title: '  POST bursts ', description: '  ' });
    expect(huntEdaViewStateSchema.parse(state)).toEqual(state);
    expect(state).toEqual({
      title: 'POST bursts',
      data_view_id: 'dv-alerts',
      analysis: 'http',
      field_mapping_preset: 'suricata_eve',
      query: { query: 'http.method:POST', language: 'kuery' },
      filters: [{ meta: { key: 'host', negate: true, index: 'dv-alerts' }, query: { match_phrase: { host: 'cdn.example' } } }],
      time_range: { from: 'now-30d', to: 'now' },
      options: { query_dsl: params.queryDsl, home_networks: ['192.168.0.0/16'], http_controls: params.httpControls, field: 'http.method', field_role: 'http_method' },
    });
  });

  it('opens a view as the same link it was saved from, under the view\'s own id (no selection: that only opens a link)', () => {
    const state = toHuntEdaViewState(params, { title: 'POST bursts' });
    const { params: reopened, problems } = toLocatorParams({ ...state, id: 'v7', version: '2', updated_at: undefined });
    const { selection: _s, filters: _f, ...rest } = params;
    expect(problems).toEqual([]);
    expect(reopened).toEqual({ ...rest, savedViewId: 'v7', filters: state.filters });
  });

  it('saves an index-pattern link (standalone, ad-hoc data view) with index, and refuses a link with neither', () => {
    expect(toHuntEdaViewState({ index: 'zeek-*' }, { title: 't' })).toMatchObject({ index: 'zeek-*', analysis: 'conversations', field_mapping_preset: 'ecs', query: { query: '', language: 'kuery' }, filters: [], options: {} });
    expect(toHuntEdaViewState({ index: 'zeek-*' }, { title: 't' })).not.toHaveProperty('data_view_id');
    expect(() => toHuntEdaViewState({ analysis: 'http' }, { title: 't' })).toThrow('nothing to save yet: the view has neither a data view nor an index pattern');
  });

  it('opens a view whose options this version cannot read, leaving them out and naming them', () => {
    const view = { ...toHuntEdaViewState({ index: 'x' }, { title: 'Odd' }), id: 'v', version: '1', updated_at: undefined };
    const { params: opened, problems } = toLocatorParams({ ...view, options: { home_networks: ['not-a-cidr'], http_controls: { threshold: 3 }, newer_option: 1 } });
    expect(opened).not.toHaveProperty('homeNetworks');
    expect(opened).not.toHaveProperty('httpControls');
    expect(problems).toEqual([
      'saved view "Odd": option home_networks ignored (expected a CIDR (e.g. 10.0.0.0/8 or fd00::/8))',
      expect.stringMatching(/^saved view "Odd": option http_controls ignored \(/),
    ]);
  });
});
