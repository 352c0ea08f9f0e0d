import { timelineRequestSchema } from './timeline';
import { formatValidationIssues } from './format_validation_issues';

const body = {
  index: 'zeek-http',
  time_range: { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' },
  fields: { timestamp: 'ts', source: 'id.orig_h', destination: 'id.resp_h' },
};

function problems(input: unknown): string {
  const result = timelineRequestSchema.safeParse(input);
  return result.success ? '' : formatValidationIssues(result.error.issues, input);
}

describe('timelineRequestSchema', () => {
  it('defaults to counts in 15-minute buckets, classical decomposition over a 96-bucket period, 3 σ', () => {
    const parsed = timelineRequestSchema.parse(body);
    expect(parsed.metric).toBe('count');
    expect(parsed.interval_minutes).toBe(15);
    expect(parsed.decomposition).toEqual({ method: 'classical', model: 'additive', period: 96 });
    expect(parsed.outliers).toEqual({ threshold: 3, scale: 'std', top: 5, max_drilldowns: 25 });
    expect(parsed.filters).toEqual({ bytes_out_positive: false, external_destinations_only: false });
  });

  it('asks for the fields and home networks that the chosen metric and filters need', () => {
    expect(problems({ ...body, metric: 'sum_bytes_out' })).toBe('body.fields.bytes_out: required when metric is "sum_bytes_out"');
    expect(problems({ ...body, filters: { methods: ['POST'] } })).toBe('body.fields.http_method: required when filters.methods is set');
    expect(problems({ ...body, filters: { external_destinations_only: true } })).toBe(
      'body.home_networks: required when filters.external_destinations_only is true',
    );
  });

  it('refuses more buckets than Elasticsearch would build', () => {
    const year = { ...body, interval_minutes: 1, time_range: { from: '2023-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } };
    expect(problems(year)).toBe('body.interval_minutes: gives 525600 buckets over time_range; expected at most 50000');
  });

  it('rejects an unknown decomposition method by name', () => {
    expect(problems({ ...body, decomposition: { method: 'x13' } })).toBe('body.decomposition.method: expected "classical" or "stl"');
  });
});
