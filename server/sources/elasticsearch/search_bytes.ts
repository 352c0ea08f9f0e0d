import { promisify } from 'node:util';
import { unzip } from 'node:zlib';
import type { estypes } from '@elastic/elasticsearch';
import type { SearchClient } from './elasticsearch_source';

const unzipBytes = promisify(unzip);

/** What the client answers for a search asked `asStream`: the body unread, the status unchecked. */
interface StreamedResult {
  readonly body: AsyncIterable<Buffer | string>;
  readonly statusCode: number | null;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * A search answered as its raw JSON bytes (for scanConversationsResponse), never as one string. The
 * client does not check the status of a streamed answer, so a failure is raised here as the client raises
 * it: an error named ResponseError whose `meta` carries the status and the parsed error body (all that
 * toSourceError and the routes read), so it maps to the same domain error as a parsed search's failure.
 */
export async function searchBytes(client: SearchClient, request: estypes.SearchRequest, options: { readonly signal: AbortSignal }): Promise<Buffer> {
  const result = (await client.search(request, { signal: options.signal, asStream: true, meta: true })) as unknown as StreamedResult;
  const chunks: Buffer[] = [];
  for await (const chunk of result.body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const encoding = String(result.headers['content-encoding'] ?? '').toLowerCase();
  const bytes = encoding.includes('gzip') || encoding.includes('deflate') ? await unzipBytes(Buffer.concat(chunks)) : Buffer.concat(chunks);
  const status = result.statusCode ?? 0;
  if (status >= 400) throw responseError(status, bytes);
  return bytes;
}

function responseError(statusCode: number, bytes: Buffer): Error {
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    body = bytes.toString('utf8');
  }
  const reason = (body as { error?: { reason?: unknown } } | null)?.error?.reason;
  const error = new Error(typeof reason === 'string' ? reason : `Elasticsearch answered ${statusCode}`);
  error.name = 'ResponseError';
  return Object.assign(error, { statusCode, meta: { statusCode, body, headers: {} } });
}
