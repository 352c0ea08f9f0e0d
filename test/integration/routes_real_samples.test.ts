/**
 * The analysis routes over real data (../shared/data/real): three days of a real Zeek http.log and a real
 * Suricata eve.json. Every figure a route returns is checked against an independent count over the raw
 * records in this file, not against numbers the routes produced.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Client } from '@elastic/elasticsearch';
import { CONVERSATIONS_API_PATH, decodeConversationsResponse } from '../../common/api/conversations';
import type { EncodedConversationsResponse } from '../../common/api/conversations';
import { DISTRIBUTION_API_PATH } from '../../common/api/distribution';
import type { DistributionResponse } from '../../common/api/distribution';
import { FIELDS_API_PATH } from '../../common/api/fields';
import type { FieldsResponse } from '../../common/api/fields';
import { RARE_VALUES_API_PATH } from '../../common/api/rare_values';
import type { RareValuesResponse } from '../../common/api/rare_values';
import { TIMELINE_API_PATH } from '../../common/api/timeline';
import type { TimelineResponse } from '../../common/api/timeline';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

jest.setTimeout(180_000);

const REAL = path.resolve(__dirname, '../../../shared/data/real');
const zeekIndex = uniqueIndexName('routes-zeek-http');
const eveIndex = uniqueIndexName('routes-suricata-eve');
const timeRange = { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' };

interface ZeekHttp {
  readonly ts: number;
  readonly source: string;
  readonly destination: string;
  readonly method?: string;
  readonly host?: string;
  readonly requestBodyLen?: number;
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
      const body = get('request_body_len');
      records.push({
        ts: Math.round(Number(get('ts')) * 1000),
        source: get('id.orig_h') ?? '',
        destination: get('id.resp_h') ?? '',
        method: get('method'),
        host: get('host'),
        requestBodyLen: body === undefined ? undefined : Number(body),
      });
    }
  }
  return records;
}

const zeek = readZeekHttp();
const inRange = zeek.filter((record) => record.ts >= Date.parse(timeRange.from) && record.ts < Date.parse(timeRange.to));

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = key(item);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

let client: Client;
let server: RoutesServer;

beforeAll(async () => {
  client = createTestEsClient();
  await client.indices.create({
    index: zeekIndex,
    settings: { number_of_shards: 2, number_of_replicas: 0 },
    mappings: {
      dynamic: 'strict',
      properties: {
        ts: { type: 'date' },
        id: { properties: { orig_h: { type: 'ip' }, resp_h: { type: 'ip' } } },
        method: { type: 'keyword' },
        host: { type: 'keyword' },
        request_body_len: { type: 'long' },
      },
    },
  });
  const zeekOps = zeek.flatMap((record) => [
    { index: { _index: zeekIndex } },
    {
      ts: new Date(record.ts).toISOString(),
      id: { orig_h: record.source, resp_h: record.destination },
      ...(record.method !== undefined ? { method: record.method } : {}),
      ...(record.host !== undefined ? { host: record.host } : {}),
      ...(record.requestBodyLen !== undefined ? { request_body_len: record.requestBodyLen } : {}),
    },
  ]);
  const zeekBulk = await client.bulk({ refresh: true, operations: zeekOps });
  expect(zeekBulk.errors).toBe(false);

  // eve.json indexed as a shipper without a template would: dynamic mapping (strings → text + keyword),
  // only the timestamp declared, since Suricata writes offsets without a colon (-0600).
  await client.indices.create({
    index: eveIndex,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: { properties: { timestamp: { type: 'date', format: "strict_date_optional_time||yyyy-MM-dd'T'HH:mm:ss.SSSSSSZ" } } },
  });
  const eve = JSON.parse(fs.readFileSync(path.join(REAL, 'suricata-eve/wrccdc-2018-alerts-only.json'), 'utf8')) as object[];
  const eveBulk = await client.bulk({ refresh: true, operations: eve.flatMap((alert) => [{ index: { _index: eveIndex } }, alert]) });
  expect(eveBulk.errors).toBe(false);

  server = await startRoutesServer(client);
}, 300_000);

afterAll(async () => {
  await server?.close();
  await client.indices.delete({ index: [zeekIndex, eveIndex], ignore_unavailable: true });
  await client.close();
});

describe('Zeek http.log (18,829 real transactions)', () => {
  it('detects the Zeek preset as fitting the HTTP timeline', async () => {
    const { status, body } = await server.post(FIELDS_API_PATH, { index: zeekIndex });
    expect(status).toBe(200);
    const [first] = (body as FieldsResponse).presets;
    expect(first.id).toBe('zeek');
    expect(first.analyses.http_timeline).toEqual({ fits: true, missing: [], not_aggregatable: [] });
    expect(first.analyses.conversations).toEqual({ fits: false, missing: ['note', 'msg'], not_aggregatable: [] });
  });

  it('lists the least common methods with exact counts', async () => {
    const { status, body } = await server.post(RARE_VALUES_API_PATH, { index: zeekIndex, time_range: timeRange, field: 'method', timestamp_field: 'ts', size: 4 });
    expect(status).toBe(200);
    const response = body as RareValuesResponse;
    const expected = [...countBy(inRange, (record) => record.method)].map(([value, count]) => ({ value, count }));
    expected.sort((a, b) => a.count - b.count || (a.value < b.value ? -1 : 1));
    expect(response.values).toEqual(expected.slice(0, 4));
    expect(response.distinct_values).toBe(expected.length);
    // The published counts of the sample (shared/data/real/README.md).
    const byMethod = new Map(expected.map(({ value, count }) => [value, count]));
    expect([byMethod.get('GET'), byMethod.get('HEAD'), byMethod.get('POST'), byMethod.get('CONNECT')]).toEqual([18_286, 222, 172, 25]);
  });

  it('gives request bytes per method with exact counts, min, max, and real outlier documents beyond the fences', async () => {
    const { status, body } = await server.post(DISTRIBUTION_API_PATH, {
      index: zeekIndex,
      time_range: timeRange,
      value_field: 'request_body_len',
      category_field: 'method',
      timestamp_field: 'ts',
      max_outliers_per_category: 5,
    });
    expect(status).toBe(200);
    const response = body as DistributionResponse;
    expect(response.precision).toEqual({ quartiles: 'approximate', fences: 'approximate', count_min_max: 'exact', whiskers_and_outliers: 'exact_given_fences' });
    const withBytes = inRange.filter((record) => record.method !== undefined && record.requestBodyLen !== undefined);
    const methods = [...new Set(withBytes.map((record) => record.method ?? ''))].sort();
    expect(response.categories.map((category) => category.category)).toEqual(methods);
    for (const category of response.categories) {
      const values = withBytes.filter((record) => record.method === category.category).map((record) => record.requestBodyLen ?? 0);
      expect(category.count).toBe(values.length);
      expect(category.min).toBe(Math.min(...values));
      expect(category.max).toBe(Math.max(...values));
      const beyond = values.filter((value) => value < category.lower_fence || value > category.upper_fence);
      expect(category.outliers_total).toBe(beyond.length);
      const inside = values.filter((value) => value >= category.lower_fence && value <= category.upper_fence);
      if (inside.length > 0) {
        expect(category.whisker_low).toBe(Math.min(...inside));
        expect(category.whisker_high).toBe(Math.max(...inside));
      }
      expect(category.outliers.length).toBe(Math.min(5, beyond.length));
      const sortedBeyond = [...beyond].sort((a, b) => b - a);
      for (const outlier of category.outliers) {
        expect(outlier.value < category.lower_fence || outlier.value > category.upper_fence).toBe(true);
        const document = await client.get<{ request_body_len: number; method: string; ts: string }>({ index: zeekIndex, id: outlier.id });
        expect(document._source).toMatchObject({ request_body_len: outlier.value, method: category.category });
        expect(Date.parse(document._source?.ts ?? '')).toBe(outlier.timestamp);
      }
      if (category.outliers.length > 0 && category.outliers.every((outlier) => outlier.value > category.upper_fence)) {
        expect(category.outliers[0].value).toBe(sortedBeyond[0]);
      }
    }
  });

  it('counts every 15-minute bucket of the three days, decomposes the series and drills into its outliers', async () => {
    const { status, body } = await server.post(TIMELINE_API_PATH, {
      index: zeekIndex,
      time_range: timeRange,
      fields: { timestamp: 'ts', source: 'id.orig_h', destination: 'id.resp_h', http_method: 'method', bytes_out: 'request_body_len', domain: 'host' },
    });
    expect(status).toBe(200);
    const response = body as TimelineResponse;
    const from = Date.parse(timeRange.from);
    expect(response.bucket_starts).toHaveLength(288);
    expect(response.bucket_starts[0]).toBe(from);
    const expected = new Array<number>(288).fill(0);
    for (const record of inRange) expected[Math.floor((record.ts - from) / 900_000)] += 1;
    expect(response.values).toEqual(expected);
    expect(response.decomposition?.method).toBe('classical');
    expect(response.decomposition?.residual.filter((value) => value === null)).toHaveLength(96);
    expect(response.outliers.length).toBeGreaterThan(0);
    for (const outlier of response.outliers) {
      const inBucket = inRange.filter((record) => record.ts >= outlier.bucket_start && record.ts < outlier.bucket_start + 900_000);
      expect(outlier.value).toBe(inBucket.length);
      const sources = [...countBy(inBucket, (record) => record.source)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (outlier.top_sources !== null) expect(outlier.top_sources[0]).toEqual({ value: sources[0][0], count: sources[0][1] });
    }
  });

  it('pushes the method, bytes and destination filters down to Elasticsearch', async () => {
    const base = {
      index: zeekIndex,
      time_range: timeRange,
      interval_minutes: 60,
      metric: 'sum_bytes_out',
      fields: { timestamp: 'ts', source: 'id.orig_h', destination: 'id.resp_h', http_method: 'method', bytes_out: 'request_body_len' },
      decomposition: { period: 24 },
    };
    const posts = await server.post(TIMELINE_API_PATH, { ...base, filters: { methods: ['POST', 'PUT'], bytes_out_positive: true } });
    expect(posts.status).toBe(200);
    const postBytes = inRange
      .filter((record) => (record.method === 'POST' || record.method === 'PUT') && (record.requestBodyLen ?? 0) > 0)
      .reduce((sum, record) => sum + (record.requestBodyLen ?? 0), 0);
    expect((posts.body as TimelineResponse).values.reduce((sum, value) => sum + value, 0)).toBe(postBytes);

    const sensor = '64.225.56.201';
    const external = await server.post(TIMELINE_API_PATH, {
      ...base,
      metric: 'count',
      filters: { external_destinations_only: true },
      home_networks: [`${sensor}/32`],
    });
    expect(external.status).toBe(200);
    const notToSensor = inRange.filter((record) => record.destination !== sensor).length;
    expect((external.body as TimelineResponse).values.reduce((sum, value) => sum + value, 0)).toBe(notToSensor);
  });
});

describe('Suricata eve.json (WRCCDC 2018, real alerts, dynamically mapped)', () => {
  it('suggests the eve preset with .keyword fields, and that mapping gives the conversations of the raw alerts', async () => {
    const caps = await server.post(FIELDS_API_PATH, { index: eveIndex });
    expect(caps.status).toBe(200);
    const eve = (caps.body as FieldsResponse).presets[0];
    expect(eve.id).toBe('suricata_eve');
    expect(eve.analyses.conversations.fits).toBe(true);
    expect(eve.mapping).toMatchObject({ signature_id: 'alert.signature_id', signature_name: 'alert.signature.keyword', source: 'src_ip.keyword' });

    const { status, body } = await server.post(CONVERSATIONS_API_PATH, {
      index: eveIndex,
      time_range: { from: '2018-03-23T00:00:00Z', to: '2018-03-26T00:00:00Z' },
      fields: {
        timestamp: eve.mapping.timestamp,
        signature_id: eve.mapping.signature_id,
        signature_name: eve.mapping.signature_name,
        source: eve.mapping.source,
        destination: eve.mapping.destination,
      },
    });
    expect(status).toBe(200);
    const response = decodeConversationsResponse(body as EncodedConversationsResponse);
    const alerts = JSON.parse(fs.readFileSync(path.join(REAL, 'suricata-eve/wrccdc-2018-alerts-only.json'), 'utf8')) as {
      alert: { signature_id: number };
      src_ip: string;
      dest_ip: string;
    }[];
    const keys = new Set(alerts.map((alert) => `${alert.alert.signature_id}|${alert.src_ip}|${alert.dest_ip}`));
    expect(response.total_conversations).toBe(keys.size);
    const returned = response.conversations.signature_id.map((sid, i) => `${sid}|${response.conversations.source_ip[i]}|${response.conversations.destination_ip[i]}`);
    expect(new Set(returned)).toEqual(keys);
    expect(response.summary.total_observations).toBe(alerts.length);
    expect(response.summary.signatures.map((signature) => signature.signature_id)).toContain('2024216');
  });

  it('names the text field when the signature name is mapped to it instead of its keyword', async () => {
    const { status, body } = await server.post(CONVERSATIONS_API_PATH, {
      index: eveIndex,
      time_range: { from: '2018-03-23T00:00:00Z', to: '2018-03-26T00:00:00Z' },
      fields: { timestamp: 'timestamp', signature_id: 'alert.signature_id', signature_name: 'alert.signature', source: 'src_ip.keyword', destination: 'dest_ip.keyword' },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ message: expect.stringContaining('field [alert.signature] is a text field') });
  });
});
