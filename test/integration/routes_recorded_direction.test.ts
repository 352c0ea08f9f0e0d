/**
 * The conversations route with a direction field (`fields.direction`, ECS `network.direction`) over HTTP:
 * each conversation's recorded direction and its check against the home networks, from real Elasticsearch
 * (one composite page, and the partitioned fetch with tiny pages) and from the embedded engine over the
 * same documents as an NDJSON file. The alerts are made so every kind of case is there once or twice:
 * agreeing, disagreeing (a sensor that does not know a host as internal), mixed, tied, `unknown` and absent.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import { CONVERSATIONS_API_PATH, decodeConversationsResponse } from '../../common/api/conversations';
import type { ConversationsRequestBody, ConversationsResponse, EncodedConversationsResponse } from '../../common/api/conversations';
import type { EmbeddedSource } from '../../server/sources/embedded/embedded_source';
import { openEmbeddedSource } from '../../server/sources/embedded/open_embedded_source';
import { ElasticsearchSource } from '../../server/sources/elasticsearch/elasticsearch_source';
import { EmbeddedRouteSource } from '../../standalone/embedded_route_source';
import { fetchConversations } from '../../public/application/lib/fetch_conversations';
import { createApiClient, createFetchPost } from '../../public/services/api_client';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

jest.setTimeout(120_000);

const START = Date.parse('2024-04-01T00:00:00Z');

/** One conversation: its alerts' recorded directions, in order (undefined: the alert has no network.direction). */
interface Planned {
  readonly sid: string;
  readonly source: string;
  readonly destination: string;
  readonly recorded: readonly (string | undefined)[];
}

// Home networks 10.0.0.0/8. Comments: the home networks' direction, then what the recording says.
const PLAN: readonly Planned[] = [
  { sid: '1001', source: '10.0.0.1', destination: '10.0.0.2', recorded: ['internal', 'internal', 'internal'] }, // i→i, agrees
  { sid: '1001', source: '10.0.0.3', destination: '198.51.100.7', recorded: ['outbound', 'outbound'] }, // i→e, agrees
  { sid: '1001', source: '10.0.0.4', destination: '10.0.0.5', recorded: ['outbound', 'outbound', 'outbound'] }, // i→i, sensor says outbound
  { sid: '1002', source: '10.0.0.6', destination: '10.0.0.7', recorded: ['outbound', 'internal', 'outbound'] }, // i→i, mixed, mostly outbound
  { sid: '1002', source: '10.0.0.9', destination: '198.51.100.9', recorded: ['unknown', 'unknown'] }, // i→e, nothing comparable
  { sid: '1002', source: '203.0.113.5', destination: '10.0.0.8', recorded: ['external', 'external'] }, // e→i, sensor says external
  { sid: '1003', source: '10.0.0.10', destination: '198.51.100.10', recorded: [undefined, undefined] }, // i→e, not recorded
  { sid: '1003', source: '10.0.0.12', destination: '10.0.0.13', recorded: ['outbound', 'internal'] }, // i→i, a tie: internal sorts first
  { sid: '1003', source: '203.0.113.6', destination: '10.0.0.11', recorded: ['unknown', 'inbound', 'unknown'] }, // e→i, agrees past `unknown`
];

interface Alert {
  readonly '@timestamp': string;
  readonly rule: { readonly id: string; readonly name: string };
  readonly source: { readonly ip: string };
  readonly destination: { readonly ip: string };
  readonly network?: { readonly direction: string };
  readonly labels?: { readonly direction: string };
}

const ALERTS: readonly Alert[] = PLAN.flatMap((conversation, c) =>
  conversation.recorded.map((recorded, i) => ({
    '@timestamp': new Date(START + c * 3_600_000 + i * 60_000).toISOString(),
    rule: { id: conversation.sid, name: `ET rule ${conversation.sid}` },
    source: { ip: conversation.source },
    destination: { ip: conversation.destination },
    ...(recorded !== undefined ? { network: { direction: recorded }, labels: { direction: recorded } } : {}),
  })),
);

const index = uniqueIndexName('routes-recorded-direction');
const FIELDS = { timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip' };
const body = (direction: string | undefined, target = index): ConversationsRequestBody => ({
  index: target,
  time_range: { from: '2024-04-01T00:00:00Z', to: '2024-04-02T00:00:00Z' },
  fields: { ...FIELDS, ...(direction !== undefined ? { direction } : {}) },
  home_networks: ['10.0.0.0/8'],
});

let client: Client;
let dir: string;
let viaEs: RoutesServer;
const servers: RoutesServer[] = [];
const engines: EmbeddedSource[] = [];

let filesServer: Promise<RoutesServer> | undefined;

/** A routes server reading the same alerts from an NDJSON file with the embedded engine (dataset `ecs`), made once. */
function viaFiles(): Promise<RoutesServer> {
  filesServer ??= (async () => {
    const file = path.join(dir, 'alerts.ecs.ndjson');
    fs.writeFileSync(file, ALERTS.map((alert) => JSON.stringify(alert)).join('\n') + '\n');
    const engine = await openEmbeddedSource([file]);
    engines.push(engine);
    const server = await startRoutesServer(client, async () => new EmbeddedRouteSource(engine));
    servers.push(server);
    return server;
  })();
  return filesServer;
}

async function conversations(server: RoutesServer, request: ConversationsRequestBody): Promise<ConversationsResponse> {
  const { status, body: response } = await server.post(CONVERSATIONS_API_PATH, request);
  if (status !== 200) throw new Error(`conversations route answered ${status}: ${JSON.stringify(response)}`);
  return decodeConversationsResponse(response as EncodedConversationsResponse);
}

beforeAll(async () => {
  client = createTestEsClient();
  dir = fs.mkdtempSync(path.join(tmpdir(), 'hunt-eda-recorded-direction-'));
  await client.indices.create({
    index,
    // Two shards: the per-group terms merge counts across shards.
    settings: { number_of_shards: 2, number_of_replicas: 0 },
    mappings: {
      properties: {
        '@timestamp': { type: 'date' },
        rule: { properties: { id: { type: 'keyword' }, name: { type: 'keyword' } } },
        source: { properties: { ip: { type: 'ip' } } },
        destination: { properties: { ip: { type: 'ip' } } },
        network: { properties: { direction: { type: 'keyword' } } },
        // As dynamic mapping makes a string: text, with a keyword sub-field.
        labels: { properties: { direction: { type: 'text', fields: { keyword: { type: 'keyword' } } } } },
      },
    },
  });
  const bulk = await client.bulk({ index, refresh: true, operations: ALERTS.flatMap((alert, i) => [{ index: { routing: String(i % 5) } }, alert]) });
  expect(bulk.errors).toBe(false);
  viaEs = await startRoutesServer(client);
}, 60_000);

afterAll(async () => {
  for (const server of [viaEs, ...servers]) await server?.close();
  for (const engine of engines) await engine.close();
  await client?.indices.delete({ index, ignore_unavailable: true });
  await client?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const EXPECTED_RECORDED = [
  'internal_to_internal',
  'internal_to_external',
  'internal_to_external',
  'internal_to_external',
  null,
  'external_to_external',
  null,
  'internal_to_internal',
  'external_to_internal',
];

function expectTheCheck(response: ConversationsResponse): void {
  expect(response.conversations.source_ip).toEqual(PLAN.map((conversation) => conversation.source));
  expect(response.conversations.direction).toEqual([
    'internal_to_internal',
    'internal_to_external',
    'internal_to_internal',
    'internal_to_internal',
    'internal_to_external',
    'external_to_internal',
    'internal_to_external',
    'internal_to_internal',
    'external_to_internal',
  ]);
  expect(response.conversations.recorded_direction).toEqual(EXPECTED_RECORDED);
  expect(response.recorded_direction_check).toEqual({
    field: 'network.direction',
    compared: 7,
    agreeing: 4,
    disagreeing: 3,
    mixed: 2,
    not_recorded: 1,
    disagreements_by_kind: [
      { recorded: 'internal_to_external', computed: 'internal_to_internal', conversations: 2 },
      { recorded: 'external_to_external', computed: 'external_to_internal', conversations: 1 },
    ],
    examples: [
      { row: 2, signature_id: '1001', source_ip: '10.0.0.4', destination_ip: '10.0.0.5', recorded_value: 'outbound', recorded: 'internal_to_external', computed: 'internal_to_internal' },
      { row: 3, signature_id: '1002', source_ip: '10.0.0.6', destination_ip: '10.0.0.7', recorded_value: 'outbound', recorded: 'internal_to_external', computed: 'internal_to_internal' },
      { row: 5, signature_id: '1002', source_ip: '203.0.113.5', destination_ip: '10.0.0.8', recorded_value: 'external', recorded: 'external_to_external', computed: 'external_to_internal' },
    ],
    unrecognized: [{ value: 'unknown', conversations: 2 }],
  });
  expect(response.warnings).toEqual([
    {
      code: 'direction_disagreement',
      message:
        'network.direction disagrees with the home networks for 3 of 7 conversations it records a direction for ' +
        '(2 recorded internal_to_external where the home networks give internal_to_internal; 1 recorded external_to_external where the home networks give external_to_internal); ' +
        'e.g. signature 1001 10.0.0.4 → 10.0.0.5 records "outbound". ' +
        "The home networks' direction is used: check the home networks or the sensor's internal networks",
    },
  ]);
  expect(response).toMatchObject({ total_conversations: PLAN.length, truncated: false, partial: false });
}

describe('the conversations route with a direction field', () => {
  it('answers each conversation’s recorded direction and warns of the disagreements with exact counts', async () => {
    expectTheCheck(await conversations(viaEs, body('network.direction')));
  });

  it('answers the same through the partitioned fetch (pages of one group)', async () => {
    const small = new ElasticsearchSource(client, { pageSize: 2, pageSizeWithoutNames: 3, planSourcesPageSize: 2, planNamesPageSize: 2, planDelayMs: 0 });
    const partitioned = await startRoutesServer(client, async () => small);
    servers.push(partitioned);
    expectTheCheck(await conversations(partitioned, body('network.direction')));
  });

  it('answers without a check when no direction field is given, as before', async () => {
    const response = await conversations(viaEs, body(undefined));
    expect(response.conversations).not.toHaveProperty('recorded_direction');
    expect(response).not.toHaveProperty('recorded_direction_check');
    expect(response.warnings).toEqual([]);
    expect(response.conversations.source_ip).toEqual(PLAN.map((conversation) => conversation.source));
  });

  it('answers a text direction field with 400 naming fields.direction; its keyword sub-field gives the same check', async () => {
    const { status, body: error } = await viaEs.post(CONVERSATIONS_API_PATH, body('labels.direction'));
    expect(status).toBe(400);
    expect(error).toMatchObject({
      message: 'fields.direction: field [labels.direction] is a text field and cannot be aggregated; use a keyword field (e.g. [labels.direction.keyword])',
      attributes: { code: 'not_aggregatable', field: 'fields.direction' },
    });
    const keyword = await conversations(viaEs, body('labels.direction.keyword'));
    expect(keyword.conversations.recorded_direction).toEqual(EXPECTED_RECORDED);
    expect(keyword.recorded_direction_check).toMatchObject({ field: 'labels.direction.keyword', compared: 7, disagreeing: 3 });
  });

  it('lets the app ask again without a text direction field, through its own API client: the same conversations, one warning more', async () => {
    const client = createApiClient(createFetchPost(fetch, viaEs.url));
    const [fallback, plain] = await Promise.all([fetchConversations(client, body('labels.direction')), conversations(viaEs, body(undefined))]);
    expect(fallback.conversations).toEqual(plain.conversations);
    expect(fallback.summary).toEqual(plain.summary);
    expect(fallback).not.toHaveProperty('recorded_direction_check');
    expect(fallback.warnings).toEqual([
      {
        code: 'direction_field_skipped',
        message: expect.stringMatching(/^fields\.direction: field \[labels\.direction\] is a text field .*Left out: directions come from the home networks alone/),
      },
      ...plain.warnings,
    ]);
  });

  it('counts every conversation as not recorded for a field the index lacks, with nothing to warn', async () => {
    // A terms aggregation on an unmapped field answers no values; the mapping's field is optional, not wrong.
    const response = await conversations(viaEs, body('observer.direction'));
    expect(response.conversations.recorded_direction).toEqual(PLAN.map(() => null));
    expect(response.recorded_direction_check).toMatchObject({ field: 'observer.direction', compared: 0, disagreeing: 0, not_recorded: PLAN.length });
    expect(response.warnings).toEqual([]);
  });

  it('answers the same from the embedded engine over the same alerts as an NDJSON file', async () => {
    const files = await viaFiles();
    const [fromFiles, fromEs] = await Promise.all([conversations(files, body('network.direction', 'ecs')), conversations(viaEs, body('network.direction'))]);
    expectTheCheck(fromFiles);
    expect(fromFiles).toEqual(fromEs);
    const lacking = await conversations(files, body('observer.direction', 'ecs'));
    expect(lacking.recorded_direction_check).toMatchObject({ compared: 0, not_recorded: PLAN.length });
  });

  it('says a truncation once, as the route\'s truncated warning with the total, from either engine and not as partial', async () => {
    const files = await viaFiles();
    const cut = { ...body('network.direction'), max_conversations: 4 };
    const [fromFiles, fromEs] = await Promise.all([conversations(files, { ...cut, index: 'ecs' }), conversations(viaEs, cut)]);
    for (const response of [fromFiles, fromEs]) {
      expect(response).toMatchObject({ truncated: true, total_conversations: PLAN.length, partial: false });
      expect(response.conversations.recorded_direction).toEqual(EXPECTED_RECORDED.slice(0, 4));
      expect(response.warnings.map((warning) => warning.code)).toEqual(['truncated', 'direction_disagreement']);
      expect(response.warnings[0].message).toBe(
        `showing the first 4 of ${PLAN.length} conversations (max_conversations); narrow the time range or query, or raise the maximum`,
      );
    }
    expect(fromFiles).toEqual(fromEs);
  });
});
