import { errors, type Client } from '@elastic/elasticsearch';
import type { SampleIndexTemplate } from './index_templates';
import { SampleDataLoadError } from './sample_data_load_error';

/** A document ready for `_bulk`: its `_id` and its JSON text. */
export interface SampleDocument {
  readonly id: string;
  readonly source: string;
}

export interface LoadDocumentsOptions {
  readonly client: Client;
  readonly index: string;
  readonly documents: Iterable<SampleDocument> | AsyncIterable<SampleDocument>;
  /** Installed (overwritten) before the index is created, so the index picks up its mappings. */
  readonly template?: SampleIndexTemplate;
  /** Documents per `_bulk` request. Default 5,000. */
  readonly batchSize?: number;
  /** `_bulk` requests in flight at once. Default 2. */
  readonly concurrency?: number;
  /** Called after each batch with the number of documents indexed so far. */
  readonly onProgress?: (indexed: number) => void;
  readonly signal?: AbortSignal;
}

export interface LoadDocumentsResult {
  readonly index: string;
  readonly documents: number;
  readonly tookMs: number;
  readonly documentsPerSecond: number;
}

interface BulkItem {
  readonly _id?: string;
  readonly status?: number;
  readonly error?: { readonly type?: string; readonly reason?: string; readonly caused_by?: { readonly type?: string; readonly reason?: string } };
}
interface BulkResponse {
  readonly errors?: boolean;
  readonly items?: readonly Readonly<Record<string, BulkItem>>[];
}

const MAX_RETRIES = 5;

/** The cluster's node URLs without credentials, for error messages. */
export function describeCluster(client: Client): string {
  const urls = client.connectionPool.connections.map((connection) => {
    const url = new URL(connection.url.toString());
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  });
  return urls.join(', ') || '(no nodes configured)';
}

/**
 * Indexes documents with hand-rolled `_bulk` batches (`index` actions with the documents' own ids, so loading
 * twice overwrites rather than duplicates). Memory stays bounded: at most `concurrency` batches exist at once.
 * Refresh and per-request translog fsync are switched off during the load and restored (then the index
 * refreshed) at the end, also on failure.
 *
 * Errors (SampleDataLoadError): `unreachable` names the cluster URL; `refused_document` names the first
 * refused document's id, the index and Elasticsearch's reason; a batch throttled (429) is retried up to five
 * times with exponential backoff.
 */
export async function loadDocuments(options: LoadDocumentsOptions): Promise<LoadDocumentsResult> {
  const { client, index, signal } = options;
  const batchSize = options.batchSize ?? 5000;
  const concurrency = options.concurrency ?? 2;
  const started = Date.now();
  await assertReachable(client);
  if (options.template) await installIndexTemplate(client, options.template);
  await ensureIndex(client, index);
  // No refreshes and no fsync per bulk request while loading; both restored to their defaults at the end.
  await request(
    client,
    () => client.indices.putSettings({ index, settings: { refresh_interval: '-1', 'translog.durability': 'async' } }),
    `configure index ${index}`,
  );

  let indexed = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const dispatch = (ids: string[], lines: string[]): void => {
    const sent = sendBatch(client, index, ids, lines, signal).then(
      () => {
        indexed += ids.length;
        options.onProgress?.(indexed);
      },
      (error: unknown) => {
        failure = failure ?? error;
      },
    );
    const tracked = sent.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  try {
    let ids: string[] = [];
    let lines: string[] = [];
    for await (const doc of options.documents) {
      ids.push(doc.id);
      lines.push(`{"index":{"_id":${JSON.stringify(doc.id)}}}\n${doc.source}\n`);
      if (ids.length >= batchSize) {
        if (signal?.aborted) throw new SampleDataLoadError('aborted', `Loading into ${index} was aborted`);
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
        if (failure) throw failure;
        dispatch(ids, lines);
        ids = [];
        lines = [];
      }
    }
    if (ids.length > 0) dispatch(ids, lines);
    while (inFlight.size > 0) await Promise.race(inFlight);
    if (failure) throw failure;
  } finally {
    await Promise.allSettled(inFlight);
    // null restores the defaults (the typed API does not accept null).
    await client.transport
      .request({ method: 'PUT', path: `/${encodeURIComponent(index)}/_settings`, body: { index: { refresh_interval: null, 'translog.durability': null } } })
      .catch(() => undefined);
  }
  await request(client, () => client.indices.refresh({ index }), `refresh index ${index}`);
  const tookMs = Date.now() - started;
  return { index, documents: indexed, tookMs, documentsPerSecond: Math.round((indexed * 1000) / Math.max(1, tookMs)) };
}

/** Installs (or overwrites) a composable index template. */
export async function installIndexTemplate(client: Client, template: SampleIndexTemplate): Promise<void> {
  await request(
    client,
    () => client.transport.request({ method: 'PUT', path: `/_index_template/${encodeURIComponent(template.name)}`, body: template.body }),
    `install index template ${template.name}`,
  );
}

async function assertReachable(client: Client): Promise<void> {
  // cluster.health rather than info/ping: the integ-test distribution has no `GET /` handler.
  await request(client, () => client.cluster.health({ timeout: '10s' }), 'check cluster health');
}

async function ensureIndex(client: Client, index: string): Promise<void> {
  try {
    await client.indices.create({ index });
  } catch (error) {
    if (error instanceof errors.ResponseError && error.body?.error?.type === 'resource_already_exists_exception') return;
    throw toLoadError(client, error, `create index ${index}`);
  }
}

async function request<T>(client: Client, call: () => Promise<T>, what: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toLoadError(client, error, what);
  }
}

function toLoadError(client: Client, error: unknown, what: string): SampleDataLoadError {
  if (error instanceof SampleDataLoadError) return error;
  if (error instanceof errors.ConnectionError || error instanceof errors.TimeoutError || error instanceof errors.NoLivingConnectionsError) {
    return new SampleDataLoadError('unreachable', `Elasticsearch at ${describeCluster(client)} is unreachable (${what}): ${error.message}`);
  }
  if (error instanceof errors.RequestAbortedError) return new SampleDataLoadError('aborted', `Request to ${describeCluster(client)} aborted (${what})`);
  if (error instanceof errors.ResponseError) {
    const cause = error.body?.error;
    const reason = cause ? `${cause.type ?? 'error'}: ${cause.reason ?? JSON.stringify(cause)}` : error.message;
    return new SampleDataLoadError('request_failed', `Elasticsearch at ${describeCluster(client)} failed to ${what} (HTTP ${error.statusCode}): ${reason}`);
  }
  return new SampleDataLoadError('request_failed', `Elasticsearch at ${describeCluster(client)} failed to ${what}: ${(error as Error)?.message ?? String(error)}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendBatch(client: Client, index: string, ids: string[], lines: string[], signal: AbortSignal | undefined): Promise<void> {
  let pendingIds = ids;
  let pendingLines = lines;
  for (let attempt = 0; ; attempt += 1) {
    const response = await request(
      client,
      () =>
        client.transport.request<BulkResponse>(
          {
            method: 'POST',
            path: `/${encodeURIComponent(index)}/_bulk`,
            querystring: { filter_path: 'errors,items.*.error,items.*.status' },
            bulkBody: pendingLines.join(''),
          },
          { signal, maxRetries: 3 },
        ),
      `index a batch into ${index}`,
    );
    if (!response.errors) return;
    const retryIds: string[] = [];
    const retryLines: string[] = [];
    const items = response.items ?? [];
    for (let i = 0; i < items.length; i += 1) {
      const item = Object.values(items[i])[0];
      if (!item?.error) continue;
      if (item.status === 429) {
        retryIds.push(pendingIds[i]);
        retryLines.push(pendingLines[i]);
        continue;
      }
      const cause = item.error.caused_by ? ` (caused by ${item.error.caused_by.type}: ${item.error.caused_by.reason})` : '';
      throw new SampleDataLoadError(
        'refused_document',
        `Elasticsearch refused document ${pendingIds[i]} in ${index}: ${item.error.type}: ${item.error.reason}${cause}`,
        pendingIds[i],
      );
    }
    if (retryIds.length === 0) return;
    if (attempt >= MAX_RETRIES) {
      throw new SampleDataLoadError('request_failed', `Elasticsearch kept rejecting ${retryIds.length} documents in ${index} with 429 (too many requests) after ${MAX_RETRIES} retries`, retryIds[0]);
    }
    await sleep(500 * 2 ** attempt);
    pendingIds = retryIds;
    pendingLines = retryLines;
  }
}
