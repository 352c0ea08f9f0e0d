/**
 * Conversations over Elasticsearch at two sizes — the published outbreak (2,461,337 alerts, 4,818
 * conversations) and its scaled variant (10,000,000 alerts, 1,002,144 conversations) — three ways in the
 * same run, against the same documents:
 *   route   POST to the conversations route over HTTP (production route code, in a child process);
 *   floor   the route's composite aggregation paged by after_key, with nothing done to the pages;
 *   scroll  every alert fetched (point in time + search_after) and grouped in JavaScript, as a notebook does.
 * Prints route/floor and scroll/route ratios and the route process's peak RSS; writes
 * bench/results/conversations.json. The sample indexes are loaded first unless they already hold the right
 * number of alerts. How to run and what is measured: README.md beside this file.
 *
 *   npm run bench:conversations -- [--datasets outbreak,outbreak-scaled] [--repeats N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

import { Client } from '@elastic/elasticsearch';

import { buildSearchQuery } from '../../server/sources/elasticsearch/build_search_query';
import { isSampleDatasetId, SAMPLE_DATASETS } from '../../server/sample_data';
import type { SampleDatasetId } from '../../server/sample_data';
import type { ConversationGroupsQuery } from '../../server/sources/analysis_source';
import { buildBenchRequest } from './bench_request';
import { ensureElasticsearch } from './ensure_elasticsearch';
import { ensureSampleIndex } from './ensure_sample_index';
import { startRouteProcess } from './measure_route';
import type { RouteRun } from './measure_route';
import type { ScrollAndGroupInput, ScrollAndGroupRun } from './scroll_and_group';
import { timeCompositeFloor } from './time_composite_floor';
import type { FloorRun } from './time_composite_floor';

const ROOT = resolve(__dirname, '..', '..');
/**
 * The floor's composite page size. Every page of a bare composite makes Elasticsearch scan all matching
 * documents again, so larger pages make a faster floor: 25,000 (the route's partition pages are 5,000,
 * sized for memory, and each scans only its own partition).
 */
const FLOOR_PAGE_SIZE = 25_000;
const GOALS = { routeOverFloor: 1.5, scrollOverRoute: 20, peakRssMb: 300 } as const;
const log = (message: string): void => console.error(`[bench] ${message}`);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const fmt = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

interface DatasetResult {
  readonly dataset: SampleDatasetId;
  readonly index: string;
  readonly alerts: number;
  readonly conversations: number;
  readonly route: { readonly seconds: number; readonly runs: readonly number[]; readonly response_mib: number; readonly peak_rss_mib: number; readonly idle_rss_mib: number };
  readonly floor: { readonly seconds: number; readonly runs: readonly number[]; readonly pages: number; readonly page_size: number };
  readonly scroll: ScrollAndGroupRun;
  readonly route_over_floor: number;
  readonly scroll_over_route: number;
  readonly same_result: boolean;
}

async function timeRange(client: Client, index: string): Promise<{ first: number; last: number }> {
  const response = await client.search<unknown, { first: { value: number | null }; last: { value: number | null } }>({
    index,
    size: 0,
    aggs: { first: { min: { field: '@timestamp' } }, last: { max: { field: '@timestamp' } } },
  });
  const first = response.aggregations?.first.value;
  const last = response.aggregations?.last.value;
  if (typeof first !== 'number' || typeof last !== 'number') throw new Error(`${index} has no @timestamp values`);
  return { first, last };
}

/**
 * One untimed search touching the fields every contender reads, so the one-time cost of a fresh node or a
 * refreshed index (building the global ordinals of the three group fields, which the first `terms` or
 * `composite` on them pays, and paging in the timestamp's doc values) is charged to none of them. Without it
 * the first contender to run, the route, paid several seconds that the floor and scroll-and-group did not.
 */
async function warmUp(client: Client, query: ConversationGroupsQuery): Promise<void> {
  const { fields } = query;
  await client.search({
    index: query.index,
    size: 0,
    track_total_hits: false,
    request_cache: false,
    aggs: {
      signature_id: { terms: { field: fields.signatureId, size: 1 } },
      source_ip: { terms: { field: fields.sourceIp, size: 1 } },
      destination_ip: { terms: { field: fields.destinationIp, size: 1 } },
      first_seen: { min: { field: query.timestampField } },
    },
  });
}

/** The node's maximum JVM heap, for the report (a single-node cluster). */
async function elasticsearchHeapGib(client: Client): Promise<number> {
  const stats = await client.nodes.stats({ metric: 'jvm' });
  const node = Object.values(stats.nodes)[0];
  return (node?.jvm?.mem?.heap_max_in_bytes ?? Number.NaN) / 2 ** 30;
}

function runScrollAndGroup(esUrl: string, input: ScrollAndGroupInput): ScrollAndGroupRun {
  const dir = mkdtempSync(join(tmpdir(), 'conversations-bench-'));
  try {
    const file = join(dir, 'input.json');
    writeFileSync(file, JSON.stringify(input));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'scroll_and_group.ts'), esUrl, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out) as ScrollAndGroupRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDataset(client: Client, esUrl: string, dataset: SampleDatasetId, repeats: number): Promise<DatasetResult> {
  const { index, documents } = await ensureSampleIndex(client, dataset, SAMPLE_DATASETS[dataset].defaultIndex, log);
  const range = await timeRange(client, index);
  const { body, groupsQuery } = buildBenchRequest(index, range.first, range.last);
  const pageSize = FLOOR_PAGE_SIZE;

  log(`${dataset}: warming up (global ordinals of the group fields, untimed)`);
  await warmUp(client, groupsQuery);

  const route = await startRouteProcess(esUrl);
  const routeRuns: RouteRun[] = [];
  const floorRuns: FloorRun[] = [];
  try {
    // Alternated, so neither side always runs on the caches the other warmed. The shard request cache is
    // cleared before each run: a repeated size-0 search would otherwise be answered from it, not computed.
    for (let r = 0; r < repeats; r++) {
      log(`${dataset}: route run ${r + 1}/${repeats}`);
      await client.indices.clearCache({ index, request: true });
      routeRuns.push(await route.post(body));
      log(`${dataset}: route ${fmt(routeRuns[r].seconds, 2)} s; floor run ${r + 1}/${repeats}`);
      await client.indices.clearCache({ index, request: true });
      floorRuns.push(await timeCompositeFloor(client, groupsQuery, pageSize));
      log(`${dataset}: floor ${fmt(floorRuns[r].seconds, 2)} s`);
    }
  } finally {
    await route.stop();
  }
  log(`${dataset}: scroll-and-group over ${fmt(documents)} alerts`);
  const scroll = runScrollAndGroup(esUrl, { index, query: buildSearchQuery(groupsQuery, [{ kind: 'exists', field: groupsQuery.timestampField }]), fields: { timestamp: groupsQuery.timestampField, ...groupsQuery.fields } });
  log(`${dataset}: scroll-and-group ${fmt(scroll.seconds, 1)} s`);

  const bestRoute = routeRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const bestFloor = floorRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const response = bestRoute.response;
  const conversations = response.total_conversations ?? response.summary.conversations;
  const same =
    routeRuns.every((run) => run.response.total_conversations === bestFloor.buckets && !run.response.truncated && !run.response.partial) &&
    response.summary.conversations === bestFloor.buckets &&
    response.summary.total_observations === documents &&
    bestFloor.observations === documents &&
    scroll.groups === bestFloor.buckets &&
    scroll.observations === documents &&
    scroll.hits === documents;
  return {
    dataset,
    index,
    alerts: documents,
    conversations,
    route: {
      seconds: bestRoute.seconds,
      runs: routeRuns.map((run) => run.seconds),
      response_mib: bestRoute.responseBytes / 2 ** 20,
      peak_rss_mib: Math.max(...routeRuns.map((run) => run.peakRssMib)),
      idle_rss_mib: route.idleRssMib,
    },
    floor: { seconds: bestFloor.seconds, runs: floorRuns.map((run) => run.seconds), pages: bestFloor.pages, page_size: pageSize },
    scroll,
    route_over_floor: bestRoute.seconds / bestFloor.seconds,
    scroll_over_route: scroll.seconds / bestRoute.seconds,
    same_result: same,
  };
}

function report(result: DatasetResult, repeats: number): string[] {
  const { route, floor, scroll } = result;
  const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const lines = [
    `${result.dataset}: ${fmt(result.alerts)} alerts → ${fmt(result.conversations)} conversations (index ${result.index})`,
    `  route   POST over HTTP, best of ${repeats}: ${fmt(route.seconds, 2)} s  (runs ${route.runs.map((s) => fmt(s, 2)).join(', ')}; response ${fmt(route.response_mib, 1)} MiB)`,
    `  floor   bare composite, ${fmt(floor.pages)} page(s) of ${fmt(floor.page_size)}, best of ${repeats}: ${fmt(floor.seconds, 2)} s  (runs ${floor.runs.map((s) => fmt(s, 2)).join(', ')})`,
    `  scroll  PIT + search_after, group in JS, one run: ${fmt(scroll.seconds, 1)} s  (peak RSS ${fmt(scroll.peak_rss_mib)} MiB)`,
    `  route / floor  ${fmt(result.route_over_floor, 2)}×  (goal ≤ ${GOALS.routeOverFloor}×: ${mark(result.route_over_floor <= GOALS.routeOverFloor)})`,
    `  scroll / route ${fmt(result.scroll_over_route, 1)}×  (goal ≥ ${GOALS.scrollOverRoute}×: ${mark(result.scroll_over_route >= GOALS.scrollOverRoute)})`,
    `  route process peak RSS ${fmt(route.peak_rss_mib)} MiB (idle ${fmt(route.idle_rss_mib)} MiB)${result.conversations >= 1_000_000 ? `  (goal < ${GOALS.peakRssMb} MB for a million conversations: ${mark(route.peak_rss_mib * 1.048576 < GOALS.peakRssMb)})` : ''}`,
    `  same conversations and observations in all three: ${result.same_result}`,
  ];
  return lines;
}

async function main(): Promise<void> {
  const repeats = Number(option('--repeats') ?? '2');
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--repeats must be a positive integer, got ${option('--repeats')}`);
  const datasets = (option('--datasets') ?? 'outbreak,outbreak-scaled').split(',');
  for (const dataset of datasets) {
    if (!isSampleDatasetId(dataset) || dataset === 'http') throw new Error(`--datasets: expected outbreak and/or outbreak-scaled, got "${dataset}"`);
  }
  const es = await ensureElasticsearch(log);
  const apiKey = process.env.ES_API_KEY;
  const client = new Client({ node: es.url, requestTimeout: 600_000, ...(apiKey ? { auth: { apiKey } } : {}) });
  const results: DatasetResult[] = [];
  let heapGib = Number.NaN;
  try {
    heapGib = await elasticsearchHeapGib(client);
    for (const dataset of datasets as SampleDatasetId[]) results.push(await benchDataset(client, es.url, dataset, repeats));
  } finally {
    await client.close();
    await es.stop();
  }
  const ramGib = totalmem() / 2 ** 30;
  const header = `conversations bench: Elasticsearch at ${es.url} (${es.origin}, heap ${fmt(heapGib, 1)} GiB), ${cpus().length} cores, ${fmt(ramGib, 1)} GiB RAM, Node ${process.version}`;
  const lines = [header, ...results.flatMap((result) => report(result, repeats))];
  console.log(lines.join('\n'));
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'conversations.json'), `${JSON.stringify({ measured_at: new Date().toISOString(), cores: cpus().length, ram_gib: ramGib, elasticsearch_heap_gib: heapGib, repeats, results }, null, 2)}\n`);
  if (results.some((result) => !result.same_result)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
