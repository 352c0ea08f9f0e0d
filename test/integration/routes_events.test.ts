/**
 * The raw-events route over real HTTP against the real Elasticsearch, on the real samples
 * (../shared/data/real): the events a drill-down returns are checked against the raw records read in this
 * file (counts, order, filters, the documents themselves), then bad input and faults.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Client } from '@elastic/elasticsearch';
import { EVENTS_API_PATH } from '../../common/api/events';
import type { EventsRequestBody, EventsResponse } from '../../common/api/events';
import { flattenEventSource } from '../../common/events/flatten_event_source';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

jest.setTimeout(180_000);

const REAL = path.resolve(__dirname, '../../../shared/data/real');
const zeekIndex = uniqueIndexName('routes-events-zeek');
const eveIndex = uniqueIndexName('routes-events-eve');
const zeekRange = { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' };
const eveRange = { from: '2018-03-23T00:00:00Z', to: '2018-03-26T00:00:00Z' };
const SENSOR = '64.225.56.201';

interface ZeekHttp {
  readonly uid: string;
  readonly transDepth: number;
  readonly ts: number;
  readonly source: string;
  readonly destination: string;
  readonly method?: string;
  readonly host?: string;
}

/** Zeek TSV: `#fields` names the columns, `-` is unset, `(empty)` the empty string. */
function readZeekHttp(): ZeekHttp[] {
  const directory = path.join(REAL, 'zeek-http');
  const records: ZeekHttp[] = [];
  for (const file of fs.readdirSync(directory).filter((name) => name.endsWith('.log.gz')).sort()) {
    let columns: string[] = [];
    for (const line of zlib.gunzipSync(fs.readFileSync(path.join(directory, file))).toString('utf8').split('\n')) {
      if (line.startsWith('#fields\t')) columns = line.split('\t').slice(1);
      if (line.length === 0 || line.startsWith('#')) continue;
      const cells = line.split('\t');
      const get = (name: string): string | undefined => {
        const value = cells[columns.indexOf(name)];
        return value === '-' ? undefined : value === '(empty)' ? '' : value;
      };
      records.push({
        uid: get('uid') ?? '',
        transDepth: Number(get('trans_depth')),
        ts: Math.round(Number(get('ts')) * 1000),
        source: get('id.orig_h') ?? '',
        destination: get('id.resp_h') ?? '',
        method: get('method'),
        host: get('host'),
      });
    }
  }
  return records;
}

interface EveAlert {
  readonly timestamp: string;
  readonly src_ip: string;
  readonly dest_ip: string;
  readonly alert: { readonly signature_id: number; readonly signature: string };
}

const zeek = readZeekHttp();
const eve = JSON.parse(fs.readFileSync(path.join(REAL, 'suricata-eve/wrccdc-2018-alerts-only.json'), 'utf8')) as EveAlert[];
/** Suricata writes offsets without a colon (-0600), which Date.parse does not read. */
const eveTime = (alert: EveAlert): number => Date.parse(alert.timestamp.replace(/(\d\d)(\d\d)$/, '$1:$2'));
const byTime = (a: number, b: number): number => a - b;

let client: Client;
let server: RoutesServer;

async function events(body: EventsRequestBody): Promise<EventsResponse> {
  const { status, body: response } = await server.post(EVENTS_API_PATH, body);
  if (status !== 200) throw new Error(`events route answered ${status}: ${JSON.stringify(response)}`);
  return response as EventsResponse;
}

beforeAll(async () => {
  client = createTestEsClient();
  await client.indices.create({
    index: zeekIndex,
    settings: { number_of_shards: 2, number_of_replicas: 0 },
    mappings: {
      dynamic: 'strict',
      properties: {
        uid: { type: 'keyword' },
        trans_depth: { type: 'integer' },
        ts: { type: 'date' },
        id: { properties: { orig_h: { type: 'ip' }, resp_h: { type: 'ip' } } },
        method: { type: 'keyword' },
        host: { type: 'keyword' },
      },
    },
  });
  const zeekBulk = await client.bulk({
    refresh: true,
    operations: zeek.flatMap((record) => [
      { index: { _index: zeekIndex } },
      {
        uid: record.uid,
        trans_depth: record.transDepth,
        ts: new Date(record.ts).toISOString(),
        id: { orig_h: record.source, resp_h: record.destination },
        ...(record.method !== undefined ? { method: record.method } : {}),
        ...(record.host !== undefined ? { host: record.host } : {}),
      },
    ]),
  });
  expect(zeekBulk.errors).toBe(false);

  // As a shipper without a template indexes eve.json: dynamic mapping, only the timestamp's format declared.
  await client.indices.create({
    index: eveIndex,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: { properties: { timestamp: { type: 'date', format: "strict_date_optional_time||yyyy-MM-dd'T'HH:mm:ss.SSSSSSZ" } } },
  });
  const eveBulk = await client.bulk({ refresh: true, operations: eve.flatMap((alert) => [{ index: { _index: eveIndex } }, alert]) });
  expect(eveBulk.errors).toBe(false);

  server = await startRoutesServer(client);
}, 300_000);

afterAll(async () => {
  await server?.close();
  await client.indices.delete({ index: [zeekIndex, eveIndex], ignore_unavailable: true });
  await client.close();
});

describe('Suricata eve.json (WRCCDC 2018, real alerts, dynamically mapped)', () => {
  it('returns a conversation’s alert as it was indexed, filtered on the .keyword fields the eve preset picks', async () => {
    const alert = eve.find((candidate) => candidate.alert.signature_id === 2024216);
    if (alert === undefined) throw new Error('the sample holds sid 2024216 (README)');
    const response = await events({
      index: eveIndex,
      time_range: eveRange,
      timestamp_field: 'timestamp',
      filters: [
        { kind: 'terms', field: 'alert.signature_id', values: ['2024216'] },
        { kind: 'terms', field: 'src_ip.keyword', values: [alert.src_ip] },
        { kind: 'terms', field: 'dest_ip.keyword', values: [alert.dest_ip] },
      ],
    });
    expect(response.total).toEqual({ value: 1, relation: 'eq' });
    expect(response.partial).toBe(false);
    const [event] = response.events;
    expect(event).toMatchObject({ index: eveIndex, timestamp: eveTime(alert), source: flattenEventSource({ ...alert }) });
    const stored = await client.get({ index: eveIndex, id: event?.id ?? '' });
    expect(stored._source).toEqual(alert);
  });

  it('gives the first and the last alerts of the busiest source in time order with the exact count, and only the asked fields', async () => {
    const counts = new Map<string, number>();
    for (const alert of eve) counts.set(alert.src_ip, (counts.get(alert.src_ip) ?? 0) + 1);
    const [busiest, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const times = eve.filter((alert) => alert.src_ip === busiest).map(eveTime).sort(byTime);
    const body = { index: eveIndex, time_range: eveRange, timestamp_field: 'timestamp', size: 5, filters: [{ kind: 'terms' as const, field: 'src_ip.keyword', values: [busiest] }] };
    const first = await events(body);
    expect(first.total).toEqual({ value: count, relation: 'eq' });
    expect(first.events.map((event) => event.timestamp)).toEqual(times.slice(0, 5));
    expect(first.events.every((event) => event.source.src_ip === busiest)).toBe(true);
    const last = await events({ ...body, order: 'desc', fields: ['timestamp', 'alert'] });
    expect(last.events.map((event) => event.timestamp)).toEqual([...times].reverse().slice(0, 5));
    for (const event of last.events) {
      expect(Object.keys(event.source).every((name) => name === 'timestamp' || name.startsWith('alert.'))).toBe(true);
      expect(event.source['alert.signature_id']).toEqual(expect.any(Number));
    }
  });
});

describe('Zeek http.log (18,829 real transactions)', () => {
  it('gives every event of a busy 15-minute bucket in time order, matching the raw records one for one', async () => {
    const perBucket = new Map<number, ZeekHttp[]>();
    for (const record of zeek) {
      const start = Math.floor(record.ts / 900_000) * 900_000;
      perBucket.set(start, [...(perBucket.get(start) ?? []), record]);
    }
    const [start, records] = [...perBucket].filter(([, inBucket]) => inBucket.length <= 500).sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
    expect(records.length).toBeGreaterThan(100);
    const response = await events({
      index: zeekIndex,
      time_range: { from: new Date(start).toISOString(), to: new Date(start + 900_000).toISOString() },
      timestamp_field: 'ts',
      size: 500,
    });
    expect(response.total).toEqual({ value: records.length, relation: 'eq' });
    expect(response.events.map((event) => event.timestamp)).toEqual(records.map((record) => record.ts).sort(byTime));
    const key = (uid: unknown, depth: unknown): string => `${String(uid)}/${String(depth)}`;
    expect(response.events.map((event) => key(event.source.uid, event.source.trans_depth)).sort()).toEqual(records.map((record) => key(record.uid, record.transDepth)).sort());
  });

  it('applies an outlier bucket’s method and external-destination filters as the timeline does', async () => {
    const expected = zeek.filter((record) => (record.method === 'GET' || record.method === 'CONNECT') && record.destination !== SENSOR);
    // The sensor answers almost every request: the few that went elsewhere are what the filters must find.
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(100);
    const response = await events({
      index: zeekIndex,
      time_range: zeekRange,
      timestamp_field: 'ts',
      size: 500,
      filters: [
        { kind: 'terms', field: 'method', values: ['GET', 'CONNECT'] },
        { kind: 'networks', field: 'id.resp_h', cidrs: [`${SENSOR}/32`], negate: true },
      ],
    });
    expect(response.total).toEqual({ value: expected.length, relation: 'eq' });
    expect(response.events.map((event) => event.timestamp)).toEqual(expected.map((record) => record.ts).sort(byTime));
    expect(response.events.every((event) => ['GET', 'CONNECT'].includes(String(event.source.method)) && event.source['id.resp_h'] !== SENSOR)).toBe(true);
  });

  it('counts exactly up to 10,000 and then says the total is a lower bound', async () => {
    expect(zeek.length).toBeGreaterThan(10_000);
    const response = await events({ index: zeekIndex, time_range: zeekRange, timestamp_field: 'ts', size: 3 });
    expect(response.total).toEqual({ value: 10_000, relation: 'gte' });
    expect(response.events.map((event) => event.timestamp)).toEqual(zeek.map((record) => record.ts).sort(byTime).slice(0, 3));
  });
});

describe('bad input and faults', () => {
  const body = { index: zeekIndex, time_range: zeekRange, timestamp_field: 'ts' };

  it('answers an invalid body with 400 naming the field and the problem', async () => {
    expect(await server.post(EVENTS_API_PATH, { ...body, size: 501 })).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: '[request body]: body.size: expected at most 500' },
    });
    const filter = await server.post(EVENTS_API_PATH, { ...body, filters: [{ kind: 'terms', field: 'method' }] });
    expect(filter).toMatchObject({ status: 400, body: { message: '[request body]: body.filters[0].values: required' } });
  });

  it('answers a text timestamp field with 400 naming it', async () => {
    const { status, body: response } = await server.post(EVENTS_API_PATH, { index: eveIndex, time_range: eveRange, timestamp_field: 'src_ip' });
    expect(status).toBe(400);
    expect(response).toMatchObject({
      message: 'timestamp field [src_ip] is a text field and cannot be sorted on; choose a date field',
      attributes: { code: 'not_aggregatable' },
    });
  });

  it('answers a missing index with 404 naming it', async () => {
    const missing = uniqueIndexName('routes-events-missing');
    const { status, body: response } = await server.post(EVENTS_API_PATH, { ...body, index: missing });
    expect(status).toBe(404);
    expect(response).toMatchObject({ message: `no index matches [${missing}]`, attributes: { code: 'not_found' } });
  });

  it('answers 503 when the cluster cannot be reached', async () => {
    const nowhere = new Client({ node: 'http://127.0.0.1:9', maxRetries: 0, requestTimeout: 5000 });
    const offline = await startRoutesServer(nowhere);
    try {
      const { status, body: response } = await offline.post(EVENTS_API_PATH, body);
      expect(status).toBe(503);
      expect(response).toMatchObject({ message: expect.stringMatching(/^Elasticsearch is unreachable: /), attributes: { code: 'unavailable' } });
    } finally {
      await offline.close();
      await nowhere.close();
    }
  });
});
