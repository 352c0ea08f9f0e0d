import { conversationsRequestSchema, DEFAULT_MAX_CONVERSATIONS, getConversationRows } from './conversations';

describe('conversationsRequestSchema', () => {
  const body = {
    index: 'suricata-*',
    time_range: { from: '2018-04-26T00:00:00+02:00', to: '2018-05-06T00:00:00.000Z' },
    query: { bool: { filter: [{ term: { 'event.kind': 'alert' } }] } },
    fields: {
      timestamp: 'timestamp',
      signature_id: 'alert.signature_id',
      signature_name: 'alert.signature',
      source: 'src_ip',
      destination: 'dest_ip',
    },
    home_networks: ['192.168.0.0/16', 'fd00::/8'],
  };

  it('fills in the default maximum and keeps the query object as sent', () => {
    const parsed = conversationsRequestSchema.parse(body);
    expect(parsed.max_conversations).toBe(DEFAULT_MAX_CONVERSATIONS);
    expect(parsed.query).toEqual(body.query);
  });

  it('rejects a maximum above the limit and a non-integer one', () => {
    expect(conversationsRequestSchema.safeParse({ ...body, max_conversations: 5_000_000 }).success).toBe(false);
    expect(conversationsRequestSchema.safeParse({ ...body, max_conversations: 2.5 }).success).toBe(false);
  });

  it('takes an optional direction field and names it when it is not a field name', () => {
    expect(conversationsRequestSchema.parse(body).fields.direction).toBeUndefined();
    const withDirection = { ...body, fields: { ...body.fields, direction: 'network.direction' } };
    expect(conversationsRequestSchema.parse(withDirection).fields.direction).toBe('network.direction');
    const bad = conversationsRequestSchema.safeParse({ ...body, fields: { ...body.fields, direction: '' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['fields', 'direction'], message: 'expected a non-empty field name' });
  });

  it('rejects an index pattern with spaces inside a name', () => {
    expect(conversationsRequestSchema.safeParse({ ...body, index: 'my index' }).success).toBe(false);
    expect(conversationsRequestSchema.safeParse({ ...body, index: 'a-*, b-*' }).success).toBe(true);
  });
});

describe('getConversationRows', () => {
  it('rebuilds row i from the i-th entry of each column', () => {
    const rows = getConversationRows({
      signature_id: ['1', '2'],
      signature_name: ['a', 'b'],
      source_ip: ['10.0.0.1', '10.0.0.2'],
      destination_ip: ['8.8.8.8', '10.0.0.1'],
      first_seen: [0, 1000],
      last_seen: [5000, 1000],
      otr_seconds: [5, 0],
      observations: [3, 1],
      direction: ['internal_to_external', 'internal_to_internal'],
    });
    expect(rows[1]).toEqual({
      signatureId: '2',
      signature: 'b',
      sourceIp: '10.0.0.2',
      destinationIp: '10.0.0.1',
      firstSeen: 1000,
      lastSeen: 1000,
      otrSeconds: 0,
      observations: 1,
      direction: 'internal_to_internal',
    });
  });
});
