import { conversationsRequestSchema } from './conversations';
import { formatValidationIssues } from './format_validation_issues';

const validBody = {
  index: 'alerts-*',
  time_range: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
  fields: {
    timestamp: '@timestamp',
    signature_id: 'rule.id',
    signature_name: 'rule.name',
    source: 'source.ip',
    destination: 'destination.ip',
  },
  home_networks: ['10.0.0.0/8'],
};

function messageFor(body: unknown): string {
  const result = conversationsRequestSchema.safeParse(body);
  if (result.success) throw new Error('expected the body to be rejected');
  return formatValidationIssues(result.error.issues, body);
}

describe('formatValidationIssues', () => {
  it('names the nested field and the problem', () => {
    const body = { ...validBody, time_range: { from: 'yesterday', to: validBody.time_range.to } };
    expect(messageFor(body)).toBe('body.time_range.from: expected an ISO-8601 date (e.g. 2024-04-19T00:00:00Z)');
  });

  it('says "required" for a missing field rather than its expected type', () => {
    const { index: _index, ...body } = validBody;
    expect(messageFor(body)).toBe('body.index: required');
  });

  it('indexes array elements and lists every problem', () => {
    const body = { ...validBody, home_networks: ['10.0.0.0/8', '10.0.0.300/8'], max_conversations: 0 };
    expect(messageFor(body)).toBe(
      'body.home_networks[1]: expected a CIDR (e.g. 10.0.0.0/8 or fd00::/8); body.max_conversations: expected at least 1',
    );
  });

  it('names each unknown field under its own path', () => {
    const body = { ...validBody, fields: { ...validBody.fields, sid: 'alert.signature_id' } };
    expect(messageFor(body)).toBe('body.fields.sid: unknown field');
  });

  it('drops zod\'s generic prefix from type errors', () => {
    expect(messageFor({ ...validBody, max_conversations: '10' })).toBe('body.max_conversations: expected a number');
    expect(messageFor({ ...validBody, query: 'tcp' })).toBe('body.query: expected a query DSL object');
  });

  it('rejects a time range that ends before it starts, on the "to" field', () => {
    const body = { ...validBody, time_range: { from: validBody.time_range.to, to: validBody.time_range.from } };
    expect(messageFor(body)).toBe('body.time_range.to: expected a date after time_range.from');
  });

  it('uses the given root for query and params validation', () => {
    const result = conversationsRequestSchema.safeParse({});
    if (result.success) throw new Error('expected the body to be rejected');
    expect(formatValidationIssues(result.error.issues, {}, 'query')).toMatch(/^query\.index: required; /);
  });
});
