import { toCustomQueryFilter, toKibanaFilters } from './to_kibana_filters';

describe('toKibanaFilters', () => {
  it('makes phrase, phrases, range, exists and CIDR filters Discover can show and negate', () => {
    const filters = toKibanaFilters(
      [
        { kind: 'terms', field: 'rule.id', values: ['2024218'] },
        { kind: 'terms', field: 'http.request.method', values: ['PUT', 'DELETE'], negate: true },
        { kind: 'range', field: 'bytes', gte: 10, lt: 20 },
        { kind: 'exists', field: 'url.domain' },
        { kind: 'networks', field: 'destination.ip', cidrs: ['10.0.0.0/8', 'fd00::/8'], negate: true },
      ],
      'dv',
    );
    expect(filters.map((f) => [f.meta.type, f.meta.negate, f.query])).toEqual([
      ['phrase', false, { match_phrase: { 'rule.id': '2024218' } }],
      ['phrases', true, { bool: { should: [{ match_phrase: { 'http.request.method': 'PUT' } }, { match_phrase: { 'http.request.method': 'DELETE' } }], minimum_should_match: 1 } }],
      ['range', false, { range: { bytes: { gte: 10, lt: 20 } } }],
      ['exists', false, { exists: { field: 'url.domain' } }],
      ['custom', true, { bool: { should: [{ term: { 'destination.ip': '10.0.0.0/8' } }, { term: { 'destination.ip': 'fd00::/8' } }], minimum_should_match: 1 } }],
    ]);
    expect(filters.every((f) => f.meta.index === 'dv')).toBe(true);
    expect(filters[4].meta.alias).toBe('destination.ip not in 10.0.0.0/8, fd00::/8');
  });

  it('wraps a compiled query as one labelled custom filter', () => {
    expect(toCustomQueryFilter({ bool: { filter: [] } }, undefined, 'Hunt EDA panel query')).toEqual({
      meta: { index: undefined, type: 'custom', alias: 'Hunt EDA panel query', disabled: false, negate: false },
      query: { bool: { filter: [] } },
    });
  });
});
