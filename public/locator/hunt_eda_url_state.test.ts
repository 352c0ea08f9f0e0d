import { decodeHuntEdaUrlState, encodeHuntEdaUrlState, type HuntEdaLocatorParams } from './hunt_eda_url_state';
import { DEFAULT_HTTP_CONTROLS } from '../application/lib/http_controls';
import { huntEdaLocatorDefinition } from './hunt_eda_locator';

const params: HuntEdaLocatorParams = {
  dataViewId: 'logs-suricata',
  analysis: 'conversations',
  fieldMappingPreset: 'suricata_eve',
  timeRange: { from: 'now-15d', to: 'now' },
  query: { query: 'alert.severity <= 2 & "quoted"', language: 'kuery' },
  filters: [{ meta: { key: 'src_ip', negate: true, index: 'logs-suricata' }, query: { match_phrase: { src_ip: '10.0.0.1' } } }],
  field: 'alert.signature_id',
  fieldRole: 'signature',
};

describe('Hunt EDA URL state', () => {
  it('round-trips every parameter, including a query with reserved characters and filters', () => {
    expect(decodeHuntEdaUrlState(encodeHuntEdaUrlState(params))).toEqual({ params, problems: [] });
  });

  it('drops the filters\' $state (pinned or not is the page\'s business) and leaves out absent params', () => {
    const encoded = encodeHuntEdaUrlState({ filters: [{ meta: {}, query: { exists: { field: 'a' } }, $state: { store: 'globalState' } }] });
    expect(decodeHuntEdaUrlState(encoded).params).toEqual({ filters: [{ meta: {}, query: { exists: { field: 'a' } } }] });
    expect(encodeHuntEdaUrlState({})).toBe('');
  });

  it('reports and drops bad parameters by name instead of failing', () => {
    expect(decodeHuntEdaUrlState('?analysis=dns&mapping=splunk&from=now-1d&filters=%7B&role=port&dataView=x')).toEqual({
      params: { dataViewId: 'x' },
      problems: [
        'analysis: expected conversations or http, got "dns"',
        'mapping: unknown field mapping preset "splunk"',
        'from/to: a time range needs both ends',
        expect.stringMatching(/^filters: /),
        'role: expected one of signature, source, destination, http_method, got "port"',
      ],
    });
  });

  it('round-trips what the app adds to a link: DSL query, home networks (even none), HTTP controls and a selection', () => {
    const appParams: HuntEdaLocatorParams = {
      index: 'zeek-http-*',
      queryDsl: { bool: { must_not: [{ term: { method: 'GET' } }] } },
      homeNetworks: ['10.0.0.0/8', 'fd00::/8'],
      httpControls: { ...DEFAULT_HTTP_CONTROLS, threshold: 2.5, methods: ['POST', 'PUT'] },
      selection: { kind: 'conversation', signatureId: '2024218', sourceIp: '2001:db8::1', destinationIp: '10.0.0.5' },
    };
    expect(decodeHuntEdaUrlState(encodeHuntEdaUrlState(appParams))).toEqual({ params: appParams, problems: [] });
    expect(decodeHuntEdaUrlState(encodeHuntEdaUrlState({ homeNetworks: [] })).params).toEqual({ homeNetworks: [] });
    const bucket: HuntEdaLocatorParams = { selection: { kind: 'bucket', bucketStart: 1_714_521_600_000 } };
    expect(decodeHuntEdaUrlState(encodeHuntEdaUrlState(bucket)).params).toEqual(bucket);
  });

  it('reports a bad DSL query, home network, HTTP control or selection by parameter and field', () => {
    const search = new URLSearchParams({ dsl: '[1]', home: '10.0.0.0/8,intranet', http: JSON.stringify({ ...DEFAULT_HTTP_CONTROLS, threshold: 'high' }), sel: '{"kind":"row"' });
    expect(decodeHuntEdaUrlState(`?${search.toString()}`)).toEqual({
      params: {},
      problems: ['dsl: expected a query DSL object', 'home: not a CIDR: intranet', 'http: threshold: Invalid input: expected number, received string', expect.stringMatching(/^sel: not valid JSON/)],
    });
  });

  it('locates the app at /app/huntEda with the same search string', async () => {
    await expect(huntEdaLocatorDefinition.getLocation({ savedViewId: 'v 1' })).resolves.toEqual({ app: 'huntEda', path: '/?view=v+1', state: {} });
  });
});
