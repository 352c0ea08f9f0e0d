/**
 * The same events in Elasticsearch and in files give the same raw-events drill-downs through the same route
 * (register_routes.ts over HTTP): once with Elasticsearch as the source, once with the embedded engine
 * (standalone's EmbeddedRouteSource) over the files. Compared: the totals, and each event's timestamp and
 * fields (ids differ by nature: `_id` against `file@time`). Data: the real eve.json and Zeek http.log
 * (../shared/data/real), and the start of the generated outbreak and HTTP month (ECS), as the CLI's
 * cross-engine test uses them.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Client } from '@elastic/elasticsearch';
import { EVENTS_API_PATH } from '../../common/api/events';
import type { EventsRequestBody, EventsResponse, RawEventBody } from '../../common/api/events';
import { DEFAULT_HOME_NETWORKS, parseHomeNetworks } from '../../common/network/home_networks';
import { createSampleDocuments, loadDocuments, SAMPLE_DATASETS } from '../../server/sample_data';
import type { SampleDatasetId, SampleDocument } from '../../server/sample_data';
import type { EmbeddedSource } from '../../server/sources/embedded/embedded_source';
import { openEmbeddedSource } from '../../server/sources/embedded/open_embedded_source';
import { EmbeddedRouteSource } from '../../standalone/embedded_route_source';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

jest.setTimeout(300_000);

const REAL = path.resolve(__dirname, '../../../shared/data/real');
const EVE_FILE = path.join(REAL, 'suricata-eve', 'wrccdc-2018-alerts-only.json');
const ZEEK_DIR = path.join(REAL, 'zeek-http');
const SAMPLE_EVENTS = 10_000;

/** Zeek columns compared, with the JSON type Zeek's own JSON writer gives each (count and port are numbers). */
const ZEEK_FIELDS = ['uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'trans_depth', 'method', 'host', 'uri', 'user_agent', 'request_body_len', 'status_code'];
const ZEEK_NUMBERS = new Set(['id.orig_p', 'id.resp_p', 'trans_depth', 'request_body_len', 'status_code']);

let client: Client;
let dir: string;
const indices: string[] = [];
const engines: EmbeddedSource[] = [];
const servers: RoutesServer[] = [];
let viaEs: RoutesServer;

/** A routes server whose every request reads the given files with the embedded engine. */
async function serveFiles(paths: readonly string[]): Promise<RoutesServer> {
  const engine = await openEmbeddedSource(paths);
  engines.push(engine);
  const server = await startRoutesServer(client, async () => new EmbeddedRouteSource(engine));
  servers.push(server);
  return server;
}

async function events(server: RoutesServer, body: EventsRequestBody): Promise<EventsResponse> {
  const { status, body: response } = await server.post(EVENTS_API_PATH, body);
  if (status !== 200) throw new Error(`events route answered ${status}: ${JSON.stringify(response)}`);
  return response as EventsResponse;
}

/** What both engines must agree on, in an order that does not depend on how each breaks timestamp ties. */
function comparable(response: EventsResponse): { total: EventsResponse['total']; events: Array<Pick<RawEventBody, 'timestamp' | 'source'>> } {
  const times = response.events.map((event) => event.timestamp);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const events = response.events.map(({ timestamp, source }) => ({ timestamp, source }));
  const key = (event: { timestamp: number; source: unknown }): string => `${String(event.timestamp).padStart(16, '0')}${JSON.stringify(event.source)}`;
  events.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { total: response.total, events };
}

/** Asks both engines the same drill-down (each under its own index name) and requires the same answer. */
async function expectSameEvents(files: RoutesServer, esIndex: string, datasetName: string, body: Omit<EventsRequestBody, 'index'>): Promise<EventsResponse> {
  const [fromEs, fromFiles] = await Promise.all([events(viaEs, { ...body, index: esIndex }), events(files, { ...body, index: datasetName })]);
  expect(fromFiles.events.length).toBeGreaterThan(0);
  expect(comparable(fromEs)).toEqual(comparable(fromFiles));
  expect(fromFiles.events.every((event) => event.index === datasetName)).toBe(true);
  expect(fromEs.events.every((event) => event.index === esIndex)).toBe(true);
  return fromFiles;
}

function firstDocuments(dataset: SampleDatasetId, count: number): SampleDocument[] {
  const taken: SampleDocument[] = [];
  for (const document of createSampleDocuments(dataset).documents) {
    taken.push(document);
    if (taken.length === count) break;
  }
  return taken;
}

/** The same generated ECS documents into a fresh index (the sample's template) and into an NDJSON file. */
async function loadSample(dataset: SampleDatasetId): Promise<{ index: string; file: string; documents: Array<Record<string, unknown>> }> {
  const documents = firstDocuments(dataset, SAMPLE_EVENTS);
  const index = uniqueIndexName(`routes-events-${dataset}`);
  indices.push(index);
  const template = { name: `${index}-template`, body: { ...SAMPLE_DATASETS[dataset].template.body, index_patterns: [index], priority: 500 } };
  await loadDocuments({ client, index, template, documents });
  const file = path.join(dir, `${dataset}.ecs.ndjson`);
  fs.writeFileSync(file, documents.map((document) => document.source).join('\n') + '\n');
  return { index, file, documents: documents.map((document) => JSON.parse(document.source) as Record<string, unknown>) };
}

function get(document: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), document);
}

beforeAll(async () => {
  client = createTestEsClient();
  dir = fs.mkdtempSync(path.join(tmpdir(), 'hunt-eda-events-cross-engine-'));
  viaEs = await startRoutesServer(client);
}, 60_000);

afterAll(async () => {
  for (const server of [viaEs, ...servers]) await server?.close();
  for (const engine of engines) await engine.close();
  for (const index of indices) await client.indices.delete({ index, ignore_unavailable: true });
  await client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the raw-events route gives the same events from Elasticsearch and from the files', () => {
  it('real eve.json: a conversation, the first and last alerts of a source, and every alert', async () => {
    const index = uniqueIndexName('routes-events-eve');
    indices.push(index);
    // Strings as keywords, so both engines filter on the very names the file uses (src_ip, not src_ip.keyword).
    await client.indices.create({
      index,
      settings: { number_of_shards: 2, number_of_replicas: 0 },
      mappings: {
        dynamic_templates: [{ strings: { match_mapping_type: 'string', mapping: { type: 'keyword' } } }],
        properties: { timestamp: { type: 'date', format: "strict_date_optional_time||yyyy-MM-dd'T'HH:mm:ss.SSSSSSZ" }, flow: { properties: { start: { type: 'keyword' } } } },
      },
    });
    const alerts = JSON.parse(fs.readFileSync(EVE_FILE, 'utf8')) as Array<{ src_ip: string; dest_ip: string; alert: { signature_id: number } }>;
    const bulk = await client.bulk({ refresh: true, operations: alerts.flatMap((alert) => [{ index: { _index: index } }, alert]) });
    expect(bulk.errors).toBe(false);
    const files = await serveFiles([EVE_FILE]);
    const scope = { time_range: { from: '2018-03-23T00:00:00Z', to: '2018-03-26T00:00:00Z' }, timestamp_field: 'timestamp' };

    const doublePulsar = alerts.find((alert) => alert.alert.signature_id === 2024216);
    const conversation = await expectSameEvents(files, index, 'suricata', {
      ...scope,
      filters: [
        { kind: 'terms', field: 'alert.signature_id', values: ['2024216'] },
        { kind: 'terms', field: 'src_ip', values: [doublePulsar?.src_ip ?? ''] },
        { kind: 'terms', field: 'dest_ip', values: [doublePulsar?.dest_ip ?? ''] },
      ],
    });
    expect(conversation.total).toEqual({ value: 1, relation: 'eq' });

    const source = '10.47.8.151';
    const bySource = { ...scope, size: 3, filters: [{ kind: 'terms' as const, field: 'src_ip', values: [source] }] };
    const first = await expectSameEvents(files, index, 'suricata', bySource);
    expect(first.total.value).toBe(alerts.filter((alert) => alert.src_ip === source).length);
    await expectSameEvents(files, index, 'suricata', { ...bySource, order: 'desc', fields: ['timestamp', 'alert', 'flow.*'] });

    const all = await expectSameEvents(files, index, 'suricata', { ...scope, size: 500 });
    expect(all.total).toEqual({ value: alerts.length, relation: 'eq' });
    expect(all.events).toHaveLength(alerts.length);
  });

  it('real Zeek http.log: an outlier bucket’s events with its method and external-destination filters', async () => {
    const index = uniqueIndexName('routes-events-zeek');
    indices.push(index);
    // Zeek's JSON as indexed as is: ts in epoch seconds (microseconds), counts and ports as numbers.
    await client.indices.create({
      index,
      settings: { number_of_shards: 2, number_of_replicas: 0 },
      mappings: {
        dynamic_templates: [{ strings: { match_mapping_type: 'string', mapping: { type: 'keyword' } } }],
        properties: { ts: { type: 'date', format: 'epoch_second' }, 'id.orig_h': { type: 'ip' }, 'id.resp_h': { type: 'ip' } },
      },
    });
    const operations: unknown[] = [];
    for (const file of fs.readdirSync(ZEEK_DIR).filter((name) => name.endsWith('.log.gz')).sort()) {
      let columns: string[] = [];
      for (const line of zlib.gunzipSync(fs.readFileSync(path.join(ZEEK_DIR, file))).toString('utf8').split('\n')) {
        if (line.startsWith('#fields\t')) columns = line.split('\t').slice(1);
        if (line.length === 0 || line.startsWith('#')) continue;
        const cells = line.split('\t');
        const document: Record<string, unknown> = { ts: Number(cells[columns.indexOf('ts')]) };
        for (const field of ZEEK_FIELDS) {
          const cell = cells[columns.indexOf(field)];
          if (cell === undefined || cell === '-') continue;
          document[field] = ZEEK_NUMBERS.has(field) ? Number(cell) : cell === '(empty)' ? '' : cell;
        }
        operations.push({ index: { _index: index } }, document);
      }
    }
    const bulk = await client.bulk({ refresh: true, operations });
    expect(bulk.errors).toBe(false);
    const files = await serveFiles([ZEEK_DIR]);

    const bucket = { time_range: { from: '2024-04-19T20:00:00Z', to: '2024-04-19T20:15:00Z' }, timestamp_field: 'ts', size: 500, fields: ['ts', ...ZEEK_FIELDS] };
    const whole = await expectSameEvents(files, index, 'zeek_http', bucket);
    expect(whole.events.length).toBe(whole.total.value);
    const elsewhere = await expectSameEvents(files, index, 'zeek_http', {
      ...bucket,
      time_range: { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' },
      filters: [
        { kind: 'terms', field: 'method', values: ['GET', 'CONNECT'] },
        { kind: 'networks', field: 'id.resp_h', cidrs: ['64.225.56.201/32'], negate: true },
      ],
    });
    expect(elsewhere.total.value).toBeLessThan(100);
    const pastLimit = await expectSameEvents(files, index, 'zeek_http', { ...bucket, size: 5, time_range: { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' } });
    expect(pastLimit.total).toEqual({ value: 10_000, relation: 'gte' });
  });

  it('generated outbreak (ECS): the flyout’s drill-down into the conversation with the most observations', async () => {
    const { index, file, documents } = await loadSample('outbreak');
    const conversations = new Map<string, { filters: [string, string, string]; first: number; last: number; n: number }>();
    for (const document of documents) {
      const filters: [string, string, string] = [String(get(document, 'rule.id')), String(get(document, 'source.ip')), String(get(document, 'destination.ip'))];
      const t = Date.parse(String(document['@timestamp']));
      const key = filters.join('|');
      const known = conversations.get(key) ?? { filters, first: t, last: t, n: 0 };
      conversations.set(key, { filters, first: Math.min(known.first, t), last: Math.max(known.last, t), n: known.n + 1 });
    }
    const [largest] = [...conversations.values()].filter((entry) => entry.n <= 500).sort((a, b) => b.n - a.n);
    if (largest === undefined) throw new Error('the outbreak start has conversations');
    expect(largest.n).toBeGreaterThan(20);
    const files = await serveFiles([file]);
    // As build_discover_params builds it: first to last seen (+1 ms, ranges are half-open), sid, source, destination.
    const drillDown = {
      time_range: { from: new Date(largest.first).toISOString(), to: new Date(largest.last + 1).toISOString() },
      timestamp_field: '@timestamp',
      filters: [
        { kind: 'terms' as const, field: 'rule.id', values: [largest.filters[0]] },
        { kind: 'terms' as const, field: 'source.ip', values: [largest.filters[1]] },
        { kind: 'terms' as const, field: 'destination.ip', values: [largest.filters[2]] },
      ],
    };
    const all = await expectSameEvents(files, index, 'ecs', { ...drillDown, size: 500 });
    expect(all.total).toEqual({ value: largest.n, relation: 'eq' });
    const [firstPageEs, firstPageFiles] = await Promise.all([events(viaEs, { ...drillDown, index }), events(files, { ...drillDown, index: 'ecs' })]);
    expect(firstPageFiles.events).toHaveLength(20);
    expect(firstPageEs.events.map((event) => event.timestamp)).toEqual(firstPageFiles.events.map((event) => event.timestamp));
    expect(firstPageFiles.events.map((event) => event.timestamp)).toEqual(all.events.slice(0, 20).map((event) => event.timestamp));
  });

  it('generated HTTP month (ECS): a bucket’s POST/PUT events to outside the home networks', async () => {
    const { index, file, documents } = await loadSample('http');
    const home = parseHomeNetworks([...DEFAULT_HOME_NETWORKS]);
    const external = (ip: string): boolean => home.contains(ip) === false;
    const perBucket = new Map<number, number>();
    for (const document of documents) {
      const method = String(get(document, 'http.request.method'));
      if ((method !== 'POST' && method !== 'PUT') || !external(String(get(document, 'destination.ip')))) continue;
      const start = Math.floor(Date.parse(String(document['@timestamp'])) / 900_000) * 900_000;
      perBucket.set(start, (perBucket.get(start) ?? 0) + 1);
    }
    const [busiest] = [...perBucket].sort((a, b) => b[1] - a[1]);
    if (busiest === undefined) throw new Error('the HTTP month start has POST/PUT requests to the internet');
    const files = await serveFiles([file]);
    const response = await expectSameEvents(files, index, 'ecs', {
      time_range: { from: new Date(busiest[0]).toISOString(), to: new Date(busiest[0] + 900_000).toISOString() },
      timestamp_field: '@timestamp',
      size: 500,
      filters: [
        { kind: 'terms', field: 'http.request.method', values: ['POST', 'PUT'] },
        { kind: 'networks', field: 'destination.ip', cidrs: [...DEFAULT_HOME_NETWORKS], negate: true },
      ],
    });
    expect(response.total).toEqual({ value: busiest[1], relation: 'eq' });
  });
});
