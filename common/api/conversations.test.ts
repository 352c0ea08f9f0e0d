import { conversationsRequestSchema, decodeConversationColumns, DEFAULT_MAX_CONVERSATIONS, getConversationRows } from './conversations';
import { DIRECTIONS } from '../model/direction';

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

describe('decodeConversationColumns', () => {
  const encoded = {
    strings: ['1', 'a', '10.0.0.1', '8.8.8.8', '2', 'b'],
    directions: DIRECTIONS,
    signature_id: [0, 4],
    signature_name: [1, 5],
    source_ip: [2, 3],
    destination_ip: [3, 2],
    first_seen: [0, 1000],
    last_seen: [5000, 1000],
    observations: [3, 1],
    direction: [1, 2],
  };

  it('gives each row its texts and direction back, as the columns the route used to send', () => {
    expect(decodeConversationColumns({ ...encoded, recorded_direction: Int8Array.from([-1, 2]) })).toEqual({
      signature_id: ['1', '2'],
      signature_name: ['a', 'b'],
      source_ip: ['10.0.0.1', '8.8.8.8'],
      destination_ip: ['8.8.8.8', '10.0.0.1'],
      first_seen: [0, 1000],
      last_seen: [5000, 1000],
      otr_seconds: [5, 0],
      observations: [3, 1],
      direction: ['internal_to_external', 'external_to_internal'],
      recorded_direction: [null, 'external_to_internal'],
    });
    expect(decodeConversationColumns(encoded)).not.toHaveProperty('recorded_direction');
  });

  it('names the column and row of a code with nothing behind it', () => {
    expect(() => decodeConversationColumns({ ...encoded, source_ip: [2, 6] })).toThrow('conversations.source_ip[1]: code 6 names no value');
    expect(() => decodeConversationColumns({ ...encoded, direction: [4, 0] })).toThrow('conversations.direction[0]: code 4 names no value');
    expect(() => decodeConversationColumns({ ...encoded, recorded_direction: [0, 9] })).toThrow('conversations.recorded_direction[1]: code 9 names no value');
  });
});
