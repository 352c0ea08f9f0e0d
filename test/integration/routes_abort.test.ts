/**
 * A client that goes away cancels the Elasticsearch work: the route's AbortSignal (from
 * request.events.aborted$) aborts the in-flight search and no further composite page, plan page or
 * partition is requested. Small pages make the fetch take many searches (first page, a paged plan of the
 * sources, one partition after another).
 */
import type { Client } from '@elastic/elasticsearch';
import { CONVERSATIONS_API_PATH } from '../../common/api/conversations';
import { ElasticsearchSource } from '../../server/sources/elasticsearch/elasticsearch_source';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

jest.setTimeout(120_000);

const index = uniqueIndexName('routes-abort');
const CONVERSATIONS = 4_000;
const PAGE_SIZE = 20;

let client: Client;
let sourceClient: Client;
let server: RoutesServer;
const searches: { started: number; finished: number; aborted: number } = { started: 0, finished: 0, aborted: 0 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  client = createTestEsClient();
  await client.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: { properties: { '@timestamp': { type: 'date' }, sid: { type: 'keyword' }, name: { type: 'keyword' }, src: { type: 'ip' }, dst: { type: 'ip' } } },
  });
  const operations: unknown[] = [];
  for (let i = 0; i < CONVERSATIONS; i += 1) {
    operations.push({ index: { _index: index } }, { '@timestamp': Date.UTC(2024, 2, 1, 0, 0, i % 3600), sid: '1', name: 'n', src: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, dst: '203.0.113.1' });
  }
  const bulk = await client.bulk({ refresh: 'wait_for', operations });
  expect(bulk.errors).toBe(false);

  // The source's own client, so only the route's searches are counted.
  sourceClient = createTestEsClient();
  sourceClient.diagnostic.on('request', () => {
    searches.started += 1;
  });
  sourceClient.diagnostic.on('response', (error) => {
    if (error?.name === 'RequestAbortedError') searches.aborted += 1;
    else searches.finished += 1;
  });
  const options = { pageSize: PAGE_SIZE, pageSizeWithoutNames: PAGE_SIZE, planSourcesPageSize: PAGE_SIZE * 5, concurrency: 1 };
  server = await startRoutesServer(client, async () => new ElasticsearchSource(sourceClient, options));
});

afterAll(async () => {
  await server.close();
  await client.indices.delete({ index, ignore_unavailable: true });
  await sourceClient.close();
  await client.close();
});

it('stops requesting pages and aborts the in-flight search when the client disconnects', async () => {
  const body = {
    index,
    time_range: { from: '2024-03-01T00:00:00Z', to: '2024-03-02T00:00:00Z' },
    fields: { timestamp: '@timestamp', signature_id: 'sid', signature_name: 'name', source: 'src', destination: 'dst' },
  };
  const controller = new AbortController();
  const call = server.post(CONVERSATIONS_API_PATH, body, { signal: controller.signal }).catch((error: unknown) => error);
  // Bounded, so a fetch that takes fewer searches fails here instead of keeping Jest alive.
  for (let waited = 0; searches.started < 5; waited += 5) {
    if (waited > 60_000) throw new Error(`only ${searches.started} searches started in 60 s`);
    await sleep(5);
  }
  controller.abort();
  const outcome = await call;
  expect(outcome).toMatchObject({ name: 'AbortError' });

  await sleep(1000);
  const settled = { ...searches };
  await sleep(1000);
  // Nothing more was asked of Elasticsearch after the client left, and far fewer pages than the full answer.
  expect(searches).toEqual(settled);
  expect(settled.started).toBe(settled.finished + settled.aborted);
  console.log(`abort: ${settled.started} searches requested, ${settled.aborted} aborted in flight`);

  // The same request left alone runs to the end: every conversation, over at least one search per page.
  const before = searches.started;
  const full = await server.post(CONVERSATIONS_API_PATH, body);
  expect(full.status).toBe(200);
  expect((full.body as { total_conversations: number }).total_conversations).toBe(CONVERSATIONS);
  expect(searches.started - before).toBeGreaterThan(CONVERSATIONS / PAGE_SIZE);
  expect(settled.started).toBeLessThan((searches.started - before) / 4);
});
