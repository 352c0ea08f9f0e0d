import { eventsRequestSchema } from './events';
import { formatValidationIssues } from './format_validation_issues';

const body = {
  index: 'alerts-*',
  time_range: { from: '2018-03-23T00:00:00Z', to: '2018-03-26T00:00:00Z' },
  timestamp_field: '@timestamp',
  filters: [
    { kind: 'terms', field: 'rule.id', values: ['2024216'] },
    { kind: 'terms', field: 'source.ip', values: ['10.47.1.1'] },
  ],
};

function problems(input: unknown): string {
  const result = eventsRequestSchema.safeParse(input);
  return result.success ? '' : formatValidationIssues(result.error.issues, input);
}

describe('eventsRequestSchema', () => {
  it('defaults to the first 20 events by timestamp, every field, no filters', () => {
    const parsed = eventsRequestSchema.parse({ index: body.index, time_range: body.time_range, timestamp_field: 'ts' });
    expect(parsed).toEqual({ index: 'alerts-*', time_range: body.time_range, timestamp_field: 'ts', filters: [], size: 20, order: 'asc' });
  });

  it('accepts terms and networks filters (an HTTP bucket: methods and external destinations)', () => {
    expect(
      problems({
        ...body,
        filters: [
          { kind: 'terms', field: 'http.request.method', values: ['POST', 'PUT'] },
          { kind: 'networks', field: 'destination.ip', cidrs: ['10.0.0.0/8', 'fd00::/8'], negate: true },
        ],
      }),
    ).toBe('');
  });

  it('names the field and the problem for bad bodies', () => {
    expect(problems({ ...body, size: 501 })).toBe('body.size: expected at most 500');
    expect(problems({ ...body, size: 0 })).toBe('body.size: expected at least 1');
    expect(problems({ ...body, timestamp_field: undefined })).toBe('body.timestamp_field: required');
    expect(problems({ ...body, filters: [{ kind: 'terms', field: 'rule.id', values: [] }] })).toBe('body.filters[0].values: expected at least one value');
    expect(problems({ ...body, filters: [{ kind: 'networks', field: 'destination.ip', cidrs: ['10.0.0.0/33'] }] })).toBe(
      'body.filters[0].cidrs[0]: expected a CIDR (e.g. 10.0.0.0/8 or fd00::/8)',
    );
    expect(problems({ ...body, filters: [{ kind: 'regexp', field: 'x' }] })).toBe('body.filters[0].kind: expected a filter with kind "terms" or "networks"');
    expect(problems({ ...body, order: 'random' })).toBe('body.order: expected "asc" or "desc"');
    expect(problems({ ...body, sort: 'x' })).toBe('body.sort: unknown field');
  });
});
