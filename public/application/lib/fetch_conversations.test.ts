import type { ConversationsRequestBody, ConversationsResponse } from '../../../common/api/conversations';
import { ApiError } from '../../services/api_client';
import { fetchConversations } from './fetch_conversations';

const body: ConversationsRequestBody = {
  index: 'alerts-*',
  time_range: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
  fields: { timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip', direction: 'network.direction' },
  home_networks: ['10.0.0.0/8'],
};
const answer = { total_conversations: 3, warnings: [{ code: 'truncated', message: 'showing 3' }] } as unknown as ConversationsResponse;
const textDirection = new ApiError('fields.direction: field [network.direction] is a text field and cannot be aggregated; use a keyword field (e.g. [network.direction.keyword])', {
  statusCode: 400,
  code: 'not_aggregatable',
  field: 'fields.direction',
});

/** A client whose route answers each request in turn from `answers` (an Error is thrown), recording the bodies. */
function clientAnswering(...answers: (ConversationsResponse | Error)[]) {
  const bodies: ConversationsRequestBody[] = [];
  return {
    bodies,
    conversations: async (sent: ConversationsRequestBody): Promise<ConversationsResponse> => {
      bodies.push(sent);
      const next = answers.shift();
      if (next === undefined) throw new Error('asked more often than expected');
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

describe('fetchConversations', () => {
  it('answers as the route does when the request goes through', async () => {
    const client = clientAnswering(answer);
    await expect(fetchConversations(client, body)).resolves.toBe(answer);
    expect(client.bodies).toEqual([body]);
  });

  it('asks again without a direction field the index cannot aggregate, and says so first among the warnings', async () => {
    const client = clientAnswering(textDirection, answer);
    const response = await fetchConversations(client, body);
    const { direction, ...withoutDirection } = body.fields;
    expect(direction).toBe('network.direction');
    expect(client.bodies).toEqual([body, { ...body, fields: withoutDirection }]);
    expect(response.total_conversations).toBe(3);
    expect(response.warnings.map((warning) => warning.code)).toEqual(['direction_field_skipped', 'truncated']);
    expect(response.warnings[0].message).toContain('fields.direction: field [network.direction] is a text field');
  });

  it('passes on every other failure, and a direction failure when no direction was sent', async () => {
    const otherField = new ApiError('field [rule.name] is a text field', { statusCode: 400, code: 'not_aggregatable' });
    await expect(fetchConversations(clientAnswering(otherField), body)).rejects.toBe(otherField);
    const unavailable = new ApiError('Elasticsearch is unreachable', { statusCode: 503, code: 'unavailable' });
    await expect(fetchConversations(clientAnswering(unavailable), body)).rejects.toBe(unavailable);
    const { direction: _direction, ...withoutDirection } = body.fields;
    const client = clientAnswering(textDirection);
    await expect(fetchConversations(client, { ...body, fields: withoutDirection })).rejects.toBe(textDirection);
    expect(client.bodies).toHaveLength(1);
  });

  it('passes on the second failure when asking again fails too', async () => {
    const unavailable = new ApiError('Elasticsearch is unreachable', { statusCode: 503, code: 'unavailable' });
    await expect(fetchConversations(clientAnswering(textDirection, unavailable), body)).rejects.toBe(unavailable);
  });
});
