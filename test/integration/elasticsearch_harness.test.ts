/**
 * The test Elasticsearch itself: the cluster global setup provides is healthy and runs the pinned
 * version, it handles the field types and aggregations the plugin is built on, what the minimal
 * integ-test distribution lacks is exactly what docs/elasticsearch.md says, and the harness's start/stop
 * leave no process behind.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import { ELASTICSEARCH_VERSION, getElasticsearchPaths } from '../../scripts/elasticsearch/elasticsearch_paths';
import { DEFAULT_SERVICE_USER, ensureServiceUser } from '../../scripts/elasticsearch/ensure_service_user';
import { readInstanceState } from '../../scripts/elasticsearch/instance_state';
import { listProcesses, listProcessGroup } from '../../scripts/elasticsearch/process_group';
import { startElasticsearch } from '../../scripts/elasticsearch/start_elasticsearch';
import { stopElasticsearch } from '../../scripts/elasticsearch/stop_elasticsearch';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { getEsHarnessInfo } from '../helpers/get_es_harness_info';
import { uniqueIndexName } from '../helpers/unique_index_name';

const harness = getEsHarnessInfo();
let client: Client;

// Two cores shared with other work: an index creation can take seconds.
jest.setTimeout(60_000);

beforeAll(() => {
  client = createTestEsClient();
});

afterAll(async () => {
  await client.close();
});

describe('the test cluster', () => {
  it('is healthy and, when the harness provides it, runs the pinned version', async () => {
    const health = await client.cluster.health();
    expect(['green', 'yellow']).toContain(health.status);
    expect(health.number_of_nodes).toBeGreaterThanOrEqual(1);

    const nodes = await client.nodes.info({ metric: 'plugins' });
    const versions = Object.values(nodes.nodes).map((node) => node.version);
    if (harness.mode !== 'external') expect(versions).toEqual([ELASTICSEARCH_VERSION]);
  });
});

interface FlowDoc {
  '@timestamp': string;
  source: { ip: string };
  destination: { ip: string; port: number };
  rule: { id: string };
  network: { bytes: number };
}

/** 96 flows over 24 hours: 3 sources x 2 destinations, one rule per source, bytes growing with the hour. */
function makeFlows(): FlowDoc[] {
  const start = Date.parse('2024-03-01T00:00:00Z');
  const sources = ['10.0.0.5', '10.0.0.17', '192.168.1.9'];
  const destinations = ['203.0.113.7', '2001:db8::1'];
  const docs: FlowDoc[] = [];
  for (let i = 0; i < 96; i += 1) {
    const source = sources[i % sources.length];
    // Hours 5..7 stay empty so the date histogram must fill gaps.
    const hour = (i % 21) + (i % 21 >= 5 ? 3 : 0);
    docs.push({
      '@timestamp': new Date(start + hour * 3_600_000 + (i % 7) * 60_000).toISOString(),
      source: { ip: source },
      destination: { ip: destinations[i % destinations.length], port: i % 2 === 0 ? 443 : 53 },
      rule: { id: `sid:${2_000_000 + sources.indexOf(source)}` },
      network: { bytes: 1000 * hour + i },
    });
  }
  return docs;
}

describe('core field types and aggregations', () => {
  const index = uniqueIndexName('harness-flows');
  const docs = makeFlows();

  beforeAll(async () => {
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        properties: {
          '@timestamp': { type: 'date' },
          source: { properties: { ip: { type: 'ip' } } },
          destination: { properties: { ip: { type: 'ip' }, port: { type: 'long' } } },
          rule: { properties: { id: { type: 'keyword' } } },
          network: { properties: { bytes: { type: 'long' } } },
        },
      },
    });
    const bulk = await client.bulk({
      refresh: 'wait_for',
      operations: docs.flatMap((doc) => [{ index: { _index: index } }, doc]),
    });
    expect(bulk.errors).toBe(false);
  });

  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true });
  });

  it('pages a composite aggregation over ip and keyword sources to the same counts as the data', async () => {
    const expected = new Map<string, { count: number; bytes: number }>();
    for (const doc of docs) {
      const key = `${doc.source.ip}|${doc.destination.ip}|${doc.rule.id}`;
      const entry = expected.get(key) ?? { count: 0, bytes: 0 };
      expected.set(key, { count: entry.count + 1, bytes: entry.bytes + doc.network.bytes });
    }

    const seen = new Map<string, { count: number; bytes: number }>();
    let after: Record<string, string | number | null> | undefined;
    let pages = 0;
    do {
      const response = await client.search<FlowDoc, { pairs: CompositeAggregate }>({
        index,
        size: 0,
        aggs: {
          pairs: {
            composite: {
              size: 2,
              sources: [
                { src: { terms: { field: 'source.ip' } } },
                { dst: { terms: { field: 'destination.ip' } } },
                { rule: { terms: { field: 'rule.id' } } },
              ],
              ...(after ? { after } : {}),
            },
            aggs: { bytes: { sum: { field: 'network.bytes' } } },
          },
        },
      });
      const pairs = response.aggregations?.pairs;
      if (!pairs) throw new Error('composite aggregation missing from the response');
      for (const bucket of pairs.buckets) {
        seen.set(`${bucket.key.src}|${bucket.key.dst}|${bucket.key.rule}`, { count: bucket.doc_count, bytes: bucket.bytes.value });
      }
      after = pairs.buckets.length > 0 ? pairs.after_key : undefined;
      pages += 1;
    } while (after && pages < 20);

    expect(pages).toBeGreaterThan(2);
    expect(seen).toEqual(expected);
    // ip terms come back in their canonical text form, IPv6 compressed.
    expect([...seen.keys()].some((key) => key.includes('|2001:db8::1|'))).toBe(true);
  });

  it('buckets a date_histogram by hour with empty hours filled and per-hour sums matching the data', async () => {
    const response = await client.search<FlowDoc, { hourly: DateHistogramAggregate }>({
      index,
      size: 0,
      query: { term: { 'destination.port': 443 } },
      aggs: {
        hourly: {
          date_histogram: {
            field: '@timestamp',
            fixed_interval: '1h',
            min_doc_count: 0,
            extended_bounds: { min: '2024-03-01T00:00:00Z', max: '2024-03-01T23:00:00Z' },
          },
          aggs: { bytes: { sum: { field: 'network.bytes' } } },
        },
      },
    });
    const buckets = response.aggregations?.hourly.buckets ?? [];
    expect(buckets).toHaveLength(24);

    const start = Date.parse('2024-03-01T00:00:00Z');
    const expectedCounts = new Array<number>(24).fill(0);
    const expectedBytes = new Array<number>(24).fill(0);
    for (const doc of docs.filter((d) => d.destination.port === 443)) {
      const hour = Math.floor((Date.parse(doc['@timestamp']) - start) / 3_600_000);
      expectedCounts[hour] += 1;
      expectedBytes[hour] += doc.network.bytes;
    }
    expect(buckets.map((bucket) => bucket.key)).toEqual(expectedCounts.map((_, hour) => start + hour * 3_600_000));
    expect(buckets.map((bucket) => bucket.doc_count)).toEqual(expectedCounts);
    expect(buckets.map((bucket) => bucket.bytes.value)).toEqual(expectedBytes);
    expect(buckets.slice(5, 8).map((bucket) => bucket.doc_count)).toEqual([0, 0, 0]);
  });
});

interface CompositeAggregate {
  after_key: Record<string, string | number | null>;
  buckets: Array<{ key: Record<string, string>; doc_count: number; bytes: { value: number } }>;
}

interface DateHistogramAggregate {
  buckets: Array<{ key: number; doc_count: number; bytes: { value: number } }>;
}

/**
 * Requests probing features outside Elasticsearch's core. `minimal` is whether the integ-test zip (modules
 * x-pack-core, x-pack-security, transport-netty4, apm only) accepts it; docs/elasticsearch.md lists the same.
 */
const CAPABILITY_PROBES: ReadonlyArray<{ name: string; minimal: boolean; body: Record<string, unknown> }> = [
  { name: 'composite', minimal: true, body: { aggs: { a: { composite: { sources: [{ ip: { terms: { field: 'ip' } } }] } } } } },
  { name: 'rare_terms', minimal: true, body: { aggs: { a: { rare_terms: { field: 'k' } } } } },
  { name: 'percentiles', minimal: true, body: { aggs: { a: { percentiles: { field: 'n' } } } } },
  { name: 'median_absolute_deviation', minimal: true, body: { aggs: { a: { median_absolute_deviation: { field: 'n' } } } } },
  { name: 'ip_prefix', minimal: true, body: { aggs: { a: { ip_prefix: { field: 'ip', prefix_length: 24 } } } } },
  { name: 'significant_terms', minimal: true, body: { aggs: { a: { significant_terms: { field: 'k' } } } } },
  { name: 'random_sampler', minimal: true, body: { aggs: { a: { random_sampler: { probability: 0.5 }, aggs: { m: { avg: { field: 'n' } } } } } } },
  {
    name: 'cumulative_sum, serial_diff and bucket-level avg/percentiles pipelines',
    minimal: true,
    body: {
      aggs: {
        h: {
          date_histogram: { field: 't', fixed_interval: '1h' },
          aggs: { s: { sum: { field: 'n' } }, c: { cumulative_sum: { buckets_path: 's' } }, d: { serial_diff: { buckets_path: 's' } } },
        },
        avg: { avg_bucket: { buckets_path: 'h>s' } },
        pct: { percentiles_bucket: { buckets_path: 'h>s' } },
      },
    },
  },
  { name: 'runtime field without script (read from _source)', minimal: true, body: { runtime_mappings: { r: { type: 'keyword' } }, fields: ['r'] } },
  { name: 'painless script query', minimal: false, body: { query: { script: { script: 'true' } } } },
  { name: 'runtime field with a painless script', minimal: false, body: { runtime_mappings: { r: { type: 'long', script: 'emit(1)' } }, fields: ['r'] } },
  { name: 'terms with a value script', minimal: false, body: { aggs: { a: { terms: { field: 'k', script: { source: '_value' } } } } } },
  { name: 'boxplot', minimal: false, body: { aggs: { a: { boxplot: { field: 'n' } } } } },
  { name: 'top_metrics', minimal: false, body: { aggs: { a: { top_metrics: { metrics: { field: 'n' }, sort: { t: 'desc' } } } } } },
  { name: 'string_stats', minimal: false, body: { aggs: { a: { string_stats: { field: 'k' } } } } },
  { name: 'multi_terms', minimal: false, body: { aggs: { a: { multi_terms: { terms: [{ field: 'k' }, { field: 'ip' }] } } } } },
  { name: 't_test', minimal: false, body: { aggs: { a: { t_test: { a: { field: 'n' }, b: { field: 'n' }, type: 'paired' } } } } },
  { name: 'auto_date_histogram', minimal: false, body: { aggs: { a: { auto_date_histogram: { field: 't', buckets: 5 } } } } },
  { name: 'matrix_stats', minimal: false, body: { aggs: { a: { matrix_stats: { fields: ['n'] } } } } },
  {
    name: 'derivative',
    minimal: false,
    body: { aggs: { h: { date_histogram: { field: 't', fixed_interval: '1h' }, aggs: { s: { sum: { field: 'n' } }, d: { derivative: { buckets_path: 's' } } } } } },
  },
  {
    name: 'bucket_sort',
    minimal: false,
    body: { aggs: { h: { date_histogram: { field: 't', fixed_interval: '1h' }, aggs: { s: { sum: { field: 'n' } }, o: { bucket_sort: { size: 1 } } } } } },
  },
];

describe('what the distribution offers', () => {
  const index = uniqueIndexName('harness-probe');

  beforeAll(async () => {
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { ip: { type: 'ip' }, k: { type: 'keyword' }, t: { type: 'date' }, n: { type: 'long' } } },
    });
    await client.bulk({
      refresh: 'wait_for',
      operations: [
        { index: { _index: index } },
        { ip: '10.0.0.1', k: 'a', t: '2024-01-01T00:00:00Z', n: 5 },
        { index: { _index: index } },
        { ip: '10.0.0.2', k: 'b', t: '2024-01-01T01:00:00Z', n: 7 },
      ],
    });
  });

  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true });
  });

  it('accepts exactly the requests docs/elasticsearch.md says it does', async () => {
    const minimal = await isMinimalDistribution(client);
    if (harness.mode !== 'external') expect(minimal).toBe(true);

    const outcome: Record<string, boolean> = {};
    const expected: Record<string, boolean> = {};
    for (const probe of CAPABILITY_PROBES) {
      expected[probe.name] = minimal ? probe.minimal : true;
      try {
        await client.search({ index, size: 0, ...probe.body });
        outcome[probe.name] = true;
      } catch (error) {
        const text = String((error as Error).message);
        // Only "not there" counts as absent; any other failure is a broken probe and must surface.
        if (!/Unknown aggregation type|script_lang not supported/.test(text)) throw error;
        outcome[probe.name] = false;
      }
    }
    expect(outcome).toEqual(expected);
  });

  it('has no GET / handler, so client.info() and client.ping() fail with 405; cluster.health works instead', async () => {
    if (!(await isMinimalDistribution(client))) {
      await expect(client.ping()).resolves.toBe(true);
      return;
    }
    await expect(client.info()).rejects.toThrow(/Incorrect HTTP method for uri \[\/\]/);
    await expect(client.ping()).rejects.toMatchObject({ meta: { statusCode: 405 } });
  });
});

describe('harness start and stop', () => {
  const paths = getElasticsearchPaths();

  it('starts a second node as the service user and stops it leaving no process, port or directory behind', async () => {
    if (harness.mode === 'external') {
      // With ES_URL nothing may be started: no node of this run is recorded anywhere.
      const owners = new Set([process.pid, process.ppid]);
      const dirs = fs.existsSync(paths.runsDir) ? fs.readdirSync(paths.runsDir) : [];
      const ours = dirs.filter((name) => {
        const state = readInstanceState(path.join(paths.runsDir, name));
        return state?.ownerPid !== null && state?.ownerPid !== undefined && owners.has(state.ownerPid);
      });
      expect(ours).toEqual([]);
      return;
    }

    const instanceDir = path.join(paths.runsDir, `lifecycle-${process.pid}-${Date.now().toString(36)}`);
    const instance = await startElasticsearch({ instanceDir, preferredPort: null, heap: '512m', ownerPid: process.pid });
    let stopped = false;
    try {
      expect(instance.url).not.toBe(harness.url);
      const health = (await (await fetch(`${instance.url}/_cluster/health`)).json()) as { status: string };
      expect(['green', 'yellow']).toContain(health.status);

      // The launcher JVM and the server JVM it forks share the group; neither runs as root.
      const members = listProcessGroup(instance.pid);
      expect(members.length).toBeGreaterThanOrEqual(2);
      const serviceUser = ensureServiceUser(DEFAULT_SERVICE_USER);
      const expectedUid = serviceUser ? serviceUser.uid : process.getuid?.();
      for (const member of members) expect(readUid(member.pid)).toBe(expectedUid);

      const result = await stopElasticsearch(instanceDir, { removeInstanceDir: true });
      stopped = true;
      expect(result).toEqual({ wasRunning: true, forced: false });
      expect(listProcessGroup(instance.pid)).toEqual([]);
      expect(listProcesses().filter((info) => info.commandLine.includes(instanceDir))).toEqual([]);
      await expect(canConnect(instance.port)).resolves.toBe(false);
      expect(fs.existsSync(instanceDir)).toBe(false);
      // Stopping again is a no-op, not an error.
      await expect(stopElasticsearch(instanceDir)).resolves.toEqual({ wasRunning: false, forced: false });
    } finally {
      if (!stopped) await stopElasticsearch(instanceDir, { removeInstanceDir: true });
    }
  }, 300_000);
});

/** The integ-test zip has no lang-painless module; every full distribution has it. */
async function isMinimalDistribution(es: Client): Promise<boolean> {
  const nodes = await es.nodes.info({ metric: 'plugins' });
  const modules = Object.values(nodes.nodes).flatMap((node) => (node.modules ?? []).map((module) => module.name));
  return !modules.includes('lang-painless');
}

function readUid(pid: number): number | undefined {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^Uid:\s+(\d+)/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
