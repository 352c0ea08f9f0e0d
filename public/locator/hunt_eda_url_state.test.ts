import { decodeHuntEdaUrlState, encodeHuntEdaUrlState, type HuntEdaLocatorParams } from './hunt_eda_url_state';
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

  it('locates the app at /app/huntEda with the same search string', async () => {
    await expect(huntEdaLocatorDefinition.getLocation({ savedViewId: 'v 1' })).resolves.toEqual({ app: 'huntEda', path: '/?view=v+1', state: {} });
  });
});
