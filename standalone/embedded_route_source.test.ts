import { describeDatasetFields, isMatchAllQuery, matchDatasets } from './embedded_route_source';

describe('isMatchAllQuery', () => {
  it('accepts what buildEsQuery makes of an empty query bar, and match_all', () => {
    expect(isMatchAllQuery({ bool: { must: [], filter: [], should: [], must_not: [] } })).toBe(true);
    expect(isMatchAllQuery({ match_all: {} })).toBe(true);
    expect(isMatchAllQuery(undefined)).toBe(true);
  });
  it('refuses any query that selects', () => {
    expect(isMatchAllQuery({ bool: { must: [{ query_string: { query: 'GET' } }], filter: [], should: [], must_not: [] } })).toBe(false);
    expect(isMatchAllQuery({ bool: { must: [], minimum_should_match: 1 } })).toBe(false);
    expect(isMatchAllQuery({ term: { method: 'GET' } })).toBe(false);
  });
});

describe('matchDatasets', () => {
  it('matches names as Elasticsearch matches index patterns', () => {
    const names = ['suricata', 'zeek_http', 'zeek_conn'];
    expect(matchDatasets('zeek_*', names)).toEqual(['zeek_http', 'zeek_conn']);
    expect(matchDatasets('suricata, zeek_http', names)).toEqual(['suricata', 'zeek_http']);
    expect(matchDatasets('zeek.http', names)).toEqual([]);
  });
});

describe('describeDatasetFields', () => {
  it('names kinds with Elasticsearch types and the time field as date', () => {
    const fields = describeDatasetFields({
      name: 'suricata',
      files: [],
      rows: 0,
      timestampField: 'timestamp',
      fields: [
        { name: 'timestamp', kind: 'text' },
        { name: 'src_port', kind: 'number' },
        { name: 'vars.flowbits', kind: 'other' },
      ],
    });
    expect(fields).toEqual([
      { name: 'timestamp', types: ['date'], aggregatable: true, searchable: true },
      { name: 'src_port', types: ['double'], aggregatable: true, searchable: true },
      { name: 'vars.flowbits', types: ['object'], aggregatable: false, searchable: false },
    ]);
  });
});
