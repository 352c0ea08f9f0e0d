/**
 * Saved views over real HTTP, composed as the standalone server composes them (start_standalone_server.ts
 * itself loads @fastify/static, which is ESM and does not load under Jest): the Kibana route code on the
 * fastify router adapter, the analysis routes over the test Elasticsearch, and the saved-views routes over
 * the file store, driven by the browser's own saved-views client.
 *
 * What this cannot reach: inside Kibana the same routes use the saved-objects client, which only runs in
 * Kibana. There the store contract below is the saved-objects repository's (create with `overwrite` and
 * `version` → 409 on a stale version or a deleted object, as Kibana's create.ts passes if_seq_no /
 * if_primary_term to Elasticsearch); it is checked against the file store and this HTTP contract only, and
 * the adapter's calls in server/saved_views/saved_objects_views_store.test.ts.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '@kbn/core/server';
import { FIELDS_API_PATH } from '../../common/api/fields';
import { SAVED_VIEWS_API_PATH } from '../../common/api/saved_views';
import { SavedViewConflictError, createSavedViewsClient, type SavedViewsHttp } from '../../public/saved_views/saved_views_client';
import { SavedViewNotFoundError, SavedViewVersionConflictError, type SavedViewsStore } from '../../server/saved_views/saved_views_store';
import { registerRoutes } from '../../server/routes/register_routes';
import { createElasticsearchRequestContext, createKibanaRouterAdapter } from '../../standalone/kibana_router_adapter';
import { registerStandaloneSavedViews } from '../../standalone/register_standalone_saved_views';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { CONTRACT_VIEW, describeSavedViewsStoreContract } from '../helpers/describe_saved_views_store_contract';

jest.setTimeout(60_000);

const INTERNAL_ORIGIN = { 'x-elastic-internal-origin': 'hunt-eda-tests' };

function collectingLogger(lines: string[]): Logger {
  const log = (level: string) => (message: string | Error | (() => string)) => {
    lines.push(`${level}: ${typeof message === 'function' ? message() : message instanceof Error ? message.message : message}`);
  };
  const logger: Logger = { trace: log('trace'), debug: () => undefined, info: log('info'), warn: log('warn'), error: log('error'), fatal: log('fatal'), isLevelEnabled: () => true, get: () => logger };
  return logger;
}

/** Kibana's core.http.fetch over global fetch: rejects non-2xx with `response.status` and the route's error `body`. */
function fetchHttp(origin: string): SavedViewsHttp {
  return {
    async fetch(route, { method, body, query }) {
      const url = new URL(route, origin);
      for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, String(value));
      const response = await fetch(url, { method, ...(body !== undefined ? { body } : {}), headers: { 'content-type': 'application/json', ...INTERNAL_ORIGIN } });
      const text = await response.text();
      const parsed: unknown = text === '' ? undefined : JSON.parse(text);
      if (!response.ok) throw Object.assign(new Error(`${method} ${route}: ${response.status}`), { response: { status: response.status }, body: parsed });
      return parsed;
    },
  };
}

const statusOf = (error: unknown) => (error as { response?: { status?: number } }).response?.status;

/** The browser client as a store, so the contract runs end to end: client → HTTP → route → file store. */
function storeOverHttp(origin: string): SavedViewsStore {
  const client = createSavedViewsClient(fetchHttp(origin));
  const notFound = (id: string) => (error: unknown) => {
    throw statusOf(error) === 404 ? new SavedViewNotFoundError(id) : error;
  };
  return {
    find: async ({ search, perPage }) => {
      const { total, views } = await client.find({ ...(search ? { search } : {}), perPage });
      return { total, views: [...views] };
    },
    get: (id) => client.open(id).catch(notFound(id)),
    create: (state) => client.create(state),
    update: (id, state, version) =>
      client.save({ id, version }, state).catch((error: unknown) => {
        throw error instanceof SavedViewConflictError ? new SavedViewVersionConflictError(id) : error;
      }),
    delete: (id) => client.remove(id).catch(notFound(id)),
  };
}

interface Running {
  readonly origin: string;
  readonly dir: string;
  readonly logged: string[];
  close(): Promise<void>;
}

let esClient: Client;
beforeAll(() => {
  esClient = createTestEsClient();
});
afterAll(async () => {
  await esClient.close();
});

async function startServer(): Promise<Running> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hunt-eda-views-http-'));
  const logged: string[] = [];
  const logger = collectingLogger(logged);
  const app: FastifyInstance = Fastify();
  const router = createKibanaRouterAdapter(app, { createContext: () => createElasticsearchRequestContext(esClient) });
  registerRoutes({ router, logger });
  registerStandaloneSavedViews({ router, logger, dir: path.join(dir, 'views') });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    origin,
    dir,
    logged,
    close: async () => {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describeSavedViewsStoreContract('standalone server over HTTP', async () => {
  const running = await startServer();
  return { store: storeOverHttp(running.origin), close: running.close };
});

describe('saved views routes over HTTP', () => {
  let running: Running;
  const request = async (method: string, route: string, body?: unknown, headers: Record<string, string> = INTERNAL_ORIGIN) => {
    const response = await fetch(new URL(route, running.origin), { method, headers: { 'content-type': 'application/json', ...headers }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as Record<string, unknown> | undefined };
  };
  const one = (id: string) => `${SAVED_VIEWS_API_PATH}/${encodeURIComponent(id)}`;

  beforeEach(async () => {
    running = await startServer();
  });
  afterEach(async () => {
    await running.close();
  });

  it('creates (200), updates at the current version (200), refuses the stale version (409), deletes (204), then 404', async () => {
    const created = await request('POST', SAVED_VIEWS_API_PATH, CONTRACT_VIEW);
    expect(created.status).toBe(200);
    const id = String(created.body?.id);
    const version = String(created.body?.version);
    expect(await readdir(path.join(running.dir, 'views'))).toEqual([`${id}.json`]);

    const updated = await request('PUT', one(id), { ...CONTRACT_VIEW, title: 'Theirs', version });
    expect(updated).toMatchObject({ status: 200, body: { id, title: 'Theirs' } });
    expect(updated.body?.version).not.toBe(version);

    const stale = await request('PUT', one(id), { ...CONTRACT_VIEW, title: 'Mine', version });
    expect(stale).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: `saved view ${id} was changed or deleted by someone else since you opened it; reload it, or save yours as a new view`,
        attributes: { code: 'conflict' },
      },
    });
    expect((await request('GET', one(id))).body?.title).toBe('Theirs');

    const listed = await request('GET', `${SAVED_VIEWS_API_PATH}?search=theirs`);
    expect(listed).toMatchObject({ status: 200, body: { total: 1, views: [{ id, title: 'Theirs' }] } });

    expect((await request('DELETE', one(id))).status).toBe(204);
    expect(await request('GET', one(id))).toMatchObject({ status: 404, body: { message: `saved view ${id} not found`, attributes: { code: 'not_found' } } });
    expect((await request('DELETE', one(id))).status).toBe(404);
    expect(running.logged.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('refuses an update without a version, and a view naming both or neither of a data view and an index, naming the field', async () => {
    const created = await request('POST', SAVED_VIEWS_API_PATH, CONTRACT_VIEW);
    const noVersion = await request('PUT', one(String(created.body?.id)), CONTRACT_VIEW);
    expect(noVersion.status).toBe(400);
    expect(noVersion.body?.message).toBe('[request body]: body.version: required');
    const both = await request('POST', SAVED_VIEWS_API_PATH, { ...CONTRACT_VIEW, index: 'logs-*' });
    expect(both.status).toBe(400);
    expect(both.body?.message).toContain('data_view_id: expected exactly one of data_view_id (a data view) or index (an index pattern)');
    expect((await request('GET', `${SAVED_VIEWS_API_PATH}?per_page=0`)).body?.message).toBe('[request query]: query.per_page: expected per_page of at least 1');
  });

  it('refuses a call without the internal-origin header, as Kibana 9 does for internal routes', async () => {
    expect((await request('GET', SAVED_VIEWS_API_PATH, undefined, {})).status).toBe(400);
  });
});

describe('saved views beside the analysis routes', () => {
  it('serves both on one router: a saved view names an index the analysis routes read from Elasticsearch', async () => {
    const running = await startServer();
    try {
      const headers = { 'content-type': 'application/json', ...INTERNAL_ORIGIN };
      const fields = await fetch(new URL(FIELDS_API_PATH, running.origin), { method: 'POST', headers, body: JSON.stringify({ index: 'no-such-index-hunt-eda-views' }) });
      // The analysis route reached Elasticsearch (and names the index it could not find).
      expect(await fields.json()).toMatchObject({ statusCode: 404, message: expect.stringContaining('no-such-index-hunt-eda-views') });
      const { data_view_id: _none, ...rest } = CONTRACT_VIEW;
      const saved = await fetch(new URL(SAVED_VIEWS_API_PATH, running.origin), { method: 'POST', headers, body: JSON.stringify({ ...rest, index: 'no-such-index-hunt-eda-views' }) });
      expect(await saved.json()).toMatchObject({ index: 'no-such-index-hunt-eda-views', version: '1' });
    } finally {
      await running.close();
    }
  });
});
