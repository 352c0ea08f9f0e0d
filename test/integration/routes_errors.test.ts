/**
 * The analysis routes over real HTTP against the real Elasticsearch: bad input and faults each get their
 * own status and a message naming the field, index or cluster; a small index gives exact results.
 */
import { Client } from '@elastic/elasticsearch';
import { CONVERSATIONS_API_PATH, decodeConversationsResponse } from '../../common/api/conversations';
import type { EncodedConversationsResponse } from '../../common/api/conversations';
import { DISTRIBUTION_API_PATH } from '../../common/api/distribution';
import { FIELDS_API_PATH } from '../../common/api/fields';
import type { FieldsResponse } from '../../common/api/fields';
import { RARE_VALUES_API_PATH } from '../../common/api/rare_values';
import { TIMELINE_API_PATH } from '../../common/api/timeline';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

jest.setTimeout(60_000);

const index = uniqueIndexName('routes-errors');
const timeRange = { from: '2024-03-01T00:00:00Z', to: '2024-03-02T00:00:00Z' };
const fields = { timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.category', source: 'source.ip', destination: 'destination.ip' };
const conversationsBody = { index, time_range: timeRange, fields, home_networks: ['10.0.0.0/8'] };

let client: Client;
let server: RoutesServer;

beforeAll(async () => {
  client = createTestEsClient();
  await client.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: {
      properties: {
        '@timestamp': { type: 'date' },
        rule: { properties: { id: { type: 'keyword' }, name: { type: 'text' }, category: { type: 'keyword' } } },
        source: { properties: { ip: { type: 'ip' } } },
        destination: { properties: { ip: { type: 'ip' } } },
        http: { properties: { request: { properties: { method: { type: 'keyword' } } } } },
      },
    },
  });
  const docs = [
    ['2024-03-01T01:00:00Z', '2001', '10.0.0.5', '203.0.113.7'],
    ['2024-03-01T03:30:00Z', '2001', '10.0.0.5', '203.0.113.7'],
    ['2024-03-01T02:00:00Z', '2001', '10.0.0.6', '10.0.0.9'],
    ['2024-03-01T05:00:00Z', '2002', '198.51.100.4', '10.0.0.9'],
    ['2024-03-03T00:00:00Z', '2002', '198.51.100.4', '10.0.0.9'],
  ].map(([timestamp, sid, source, destination]) => ({
    '@timestamp': timestamp,
    rule: { id: sid, name: `rule ${sid}`, category: `category ${sid}` },
    source: { ip: source },
    destination: { ip: destination },
    http: { request: { method: 'GET' } },
  }));
  const bulk = await client.bulk({ refresh: 'wait_for', operations: docs.flatMap((doc) => [{ index: { _index: index } }, doc]) });
  expect(bulk.errors).toBe(false);
  server = await startRoutesServer(client);
});

afterAll(async () => {
  await server.close();
  await client.indices.delete({ index, ignore_unavailable: true });
  await client.close();
});

describe('conversations over HTTP', () => {
  it('returns every conversation of the time range with OTR and direction', async () => {
    const { status, body } = await server.post(CONVERSATIONS_API_PATH, conversationsBody);
    expect(status).toBe(200);
    // On the wire each text is sent once (10.0.0.9 is the destination of two rows) and rows name it by index.
    const wire = (body as EncodedConversationsResponse).conversations;
    expect(wire.strings.filter((text) => text === '10.0.0.9')).toHaveLength(1);
    expect(new Set(wire.strings).size).toBe(wire.strings.length);
    const response = decodeConversationsResponse(body as EncodedConversationsResponse);
    expect(response.conversations).toEqual({
      signature_id: ['2001', '2001', '2002'],
      signature_name: ['category 2001', 'category 2001', 'category 2002'],
      source_ip: ['10.0.0.5', '10.0.0.6', '198.51.100.4'],
      destination_ip: ['203.0.113.7', '10.0.0.9', '10.0.0.9'],
      first_seen: [Date.parse('2024-03-01T01:00:00Z'), Date.parse('2024-03-01T02:00:00Z'), Date.parse('2024-03-01T05:00:00Z')],
      last_seen: [Date.parse('2024-03-01T03:30:00Z'), Date.parse('2024-03-01T02:00:00Z'), Date.parse('2024-03-01T05:00:00Z')],
      otr_seconds: [9000, 0, 0],
      observations: [2, 1, 1],
      direction: ['internal_to_external', 'internal_to_internal', 'external_to_internal'],
    });
    expect(response).toMatchObject({ total_conversations: 3, truncated: false, partial: false, warnings: [] });
    expect(response.summary.unique_sources).toBe(3);
  });

  it('stops at max_conversations with a truncation warning and the exact total', async () => {
    const { status, body } = await server.post(CONVERSATIONS_API_PATH, { ...conversationsBody, max_conversations: 2 });
    expect(status).toBe(200);
    const response = decodeConversationsResponse(body as EncodedConversationsResponse);
    expect(response.conversations.signature_id).toHaveLength(2);
    expect(response).toMatchObject({ truncated: true, total_conversations: 3 });
    expect(response.warnings[0]).toEqual({ code: 'truncated', message: expect.stringMatching(/^showing the first 2 of 3 conversations/) });
  });
});

describe('bad input and faults', () => {
  it('answers an invalid body with 400 naming the field and the problem', async () => {
    const { status, body } = await server.post(CONVERSATIONS_API_PATH, { ...conversationsBody, time_range: { from: 'monday', to: timeRange.to } });
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: '[request body]: body.time_range.from: expected an ISO-8601 date (e.g. 2024-04-19T00:00:00Z)',
    });
    const cidr = await server.post(TIMELINE_API_PATH, {
      index,
      time_range: timeRange,
      fields: { timestamp: '@timestamp', source: 'source.ip', destination: 'destination.ip' },
      home_networks: ['10.0.0.0/33'],
    });
    expect(cidr).toMatchObject({ status: 400, body: { message: '[request body]: body.home_networks[0]: expected a CIDR (e.g. 10.0.0.0/8 or fd00::/8)' } });
  });

  it('refuses an internal route without the internal-origin header, as Kibana 9 does', async () => {
    const response = await fetch(`${server.url}${FIELDS_API_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ index }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      `uri [${FIELDS_API_PATH}] with method [post] exists but is not available with the current configuration`,
    );
  });

  it('answers a text field used for grouping with 400 naming the field', async () => {
    const { status, body } = await server.post(CONVERSATIONS_API_PATH, { ...conversationsBody, fields: { ...fields, signature_name: 'rule.name' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      message: 'field [rule.name] is a text field and cannot be aggregated; use a keyword field (e.g. [rule.name.keyword])',
      attributes: { code: 'not_aggregatable' },
    });
  });

  it('answers a keyword field used as a number with 400 naming the field', async () => {
    const { status, body } = await server.post(DISTRIBUTION_API_PATH, {
      index,
      time_range: timeRange,
      value_field: 'http.request.method',
      category_field: 'rule.id',
      timestamp_field: '@timestamp',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ message: expect.stringContaining('[http.request.method]'), attributes: { code: 'not_aggregatable' } });
  });

  it('answers a missing index with 404 naming it', async () => {
    const missing = uniqueIndexName('routes-missing');
    const { status, body } = await server.post(RARE_VALUES_API_PATH, { index: missing, time_range: timeRange, field: 'rule.id', timestamp_field: '@timestamp' });
    expect(status).toBe(404);
    expect(body).toMatchObject({ message: `no index matches [${missing}]`, attributes: { code: 'not_found' } });
    const caps = await server.post(FIELDS_API_PATH, { index: missing });
    expect(caps).toMatchObject({ status: 404, body: { message: `no index matches [${missing}]` } });
  });

  it('returns what the healthy shards gave, marked partial, when some shards fail', async () => {
    // Same field, text in a second index: its shard refuses the aggregation, the first index's shard answers.
    const textIndex = uniqueIndexName('routes-errors-text');
    await client.indices.create({
      index: textIndex,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { '@timestamp': { type: 'date' }, rule: { properties: { id: { type: 'keyword' }, category: { type: 'text' } } }, source: { properties: { ip: { type: 'ip' } } }, destination: { properties: { ip: { type: 'ip' } } } } },
    });
    try {
      await client.index({
        index: textIndex,
        refresh: true,
        document: { '@timestamp': '2024-03-01T06:00:00Z', rule: { id: '2003', category: 'c' }, source: { ip: '10.0.0.1' }, destination: { ip: '10.0.0.2' } },
      });
      const { status, body } = await server.post(CONVERSATIONS_API_PATH, { ...conversationsBody, index: `${index},${textIndex}` });
      expect(status).toBe(200);
      const response = decodeConversationsResponse(body as EncodedConversationsResponse);
      expect(response.partial).toBe(true);
      expect(response.conversations.signature_id).toEqual(['2001', '2001', '2002']);
      expect(response.warnings).toEqual([
        { code: 'partial', message: expect.stringMatching(/^conversations: 1 of 2 shards failed, figures are partial: .*rule\.category/) },
      ]);
    } finally {
      await client.indices.delete({ index: textIndex, ignore_unavailable: true });
    }
  });

  it('answers 503 when the cluster cannot be reached', async () => {
    const nowhere = new Client({ node: 'http://127.0.0.1:9', maxRetries: 0, requestTimeout: 5000 });
    const offline = await startRoutesServer(nowhere);
    try {
      const { status, body } = await offline.post(CONVERSATIONS_API_PATH, conversationsBody);
      expect(status).toBe(503);
      expect(body).toMatchObject({ message: expect.stringMatching(/^Elasticsearch is unreachable: /), attributes: { code: 'unavailable' } });
    } finally {
      await offline.close();
      await nowhere.close();
    }
  });
});

describe('fields over HTTP', () => {
  it('lists the fields with their aggregatability and finds that the ECS preset fits conversations except for rule.name', async () => {
    const { status, body } = await server.post(FIELDS_API_PATH, { index });
    expect(status).toBe(200);
    const response = body as FieldsResponse;
    expect(response.fields.find((field) => field.name === 'rule.name')).toEqual({ name: 'rule.name', types: ['text'], aggregatable: false, searchable: true });
    expect(response.fields.find((field) => field.name === 'source.ip')).toEqual({ name: 'source.ip', types: ['ip'], aggregatable: true, searchable: true });
    const ecs = response.presets.find((preset) => preset.id === 'ecs');
    expect(ecs?.analyses.conversations).toEqual({ fits: false, missing: [], not_aggregatable: ['rule.name'] });
  });
});
