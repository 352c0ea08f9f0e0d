import { SourceError } from '../source_errors';

/**
 * Native Elasticsearch client failures → the few domain errors routes and the CLI understand. The client's
 * error classes are recognised by `name` (set by @elastic/transport on each class) rather than by
 * `instanceof`, so a client from another copy of the package (Kibana's own) is recognised too.
 */

interface NativeErrorCause {
  readonly type?: string;
  readonly reason?: string | null;
  readonly index?: string;
  readonly caused_by?: NativeErrorCause;
  readonly root_cause?: readonly NativeErrorCause[];
  readonly failed_shards?: readonly { readonly reason?: NativeErrorCause }[];
}

interface NativeClientError extends Error {
  readonly meta?: { readonly statusCode?: number | null; readonly body?: unknown };
}

function isNativeClientError(error: unknown): error is NativeClientError {
  return error instanceof Error;
}

function errorCause(error: NativeClientError): NativeErrorCause | undefined {
  const body = error.meta?.body;
  if (body === null || typeof body !== 'object' || !('error' in body)) return undefined;
  const cause = (body as { error: unknown }).error;
  return cause !== null && typeof cause === 'object' ? (cause as NativeErrorCause) : undefined;
}

/** Every cause in the tree (root causes, failed shards' reasons, caused_by chains), depth first. */
function allCauses(cause: NativeErrorCause | undefined): NativeErrorCause[] {
  if (cause === undefined) return [];
  return [
    cause,
    ...(cause.root_cause ?? []).flatMap(allCauses),
    ...(cause.failed_shards ?? []).flatMap((shard) => allCauses(shard.reason)),
    ...allCauses(cause.caused_by),
  ];
}

/** "Fielddata is disabled on [msg] in [idx]…" / "…set fielddata=true on [msg]…": the field a text mapping refused. */
function textFieldIn(reason: string): string | undefined {
  return (/fielddata=true on \[([^\]]+)\]/.exec(reason) ?? /Fielddata is disabled on \[([^\]]+)\]/.exec(reason))?.[1];
}

function firstReason(causes: readonly NativeErrorCause[]): string {
  const specific = causes.find((cause) => cause.type !== 'search_phase_execution_exception' && cause.reason);
  return specific?.reason ?? causes[0]?.reason ?? 'Elasticsearch rejected the request';
}

export function toSourceError(error: unknown, index: string): SourceError | unknown {
  if (error instanceof SourceError || !isNativeClientError(error)) return error;
  switch (error.name) {
    case 'RequestAbortedError':
      return new SourceError('aborted', 'the request was cancelled', { cause: error });
    case 'TimeoutError':
      return new SourceError('timeout', 'Elasticsearch did not answer in time', { cause: error });
    case 'ConnectionError':
    case 'NoLivingConnectionsError':
      return new SourceError('unavailable', `Elasticsearch is unreachable: ${error.message}`, { cause: error });
    case 'ResponseError':
      break;
    default:
      return error;
  }
  const status = error.meta?.statusCode ?? 0;
  const causes = allCauses(errorCause(error));
  const notFound = causes.find((cause) => cause.type === 'index_not_found_exception');
  if (notFound !== undefined) {
    return new SourceError('not_found', `no index matches [${notFound.index ?? index}]`, { cause: error });
  }
  for (const cause of causes) {
    const field = cause.reason ? textFieldIn(cause.reason) : undefined;
    if (field !== undefined) {
      return new SourceError('not_aggregatable', `field [${field}] is a text field and cannot be aggregated; use a keyword field (e.g. [${field}.keyword])`, {
        cause: error,
      });
    }
    // "Field [x] of type [keyword] is not supported for aggregation [stats]": a numeric or date step on the wrong type.
    const unsupported = cause.reason ? /Field \[([^\]]+)\] of type \[([^\]]+)\] is not supported for aggregation \[([^\]]+)\]/.exec(cause.reason) : null;
    if (unsupported !== null) {
      const [, name, type, aggregation] = unsupported;
      return new SourceError('not_aggregatable', `field [${name}] of type [${type}] cannot be used for ${aggregation}`, { cause: error });
    }
  }
  if (status === 429 || status === 502 || status === 503 || status === 504) {
    return new SourceError('unavailable', `Elasticsearch is unavailable (${status}): ${firstReason(causes)}`, { cause: error });
  }
  if (status === 408) return new SourceError('timeout', 'Elasticsearch did not answer in time', { cause: error });
  if (status === 400) return new SourceError('bad_query', firstReason(causes), { cause: error });
  // 401/403 and anything else keep their native status: the route passes those through.
  return error;
}

/**
 * Whether a search failed because its aggregations would build more buckets than search.max_buckets
 * allows, whether the error is the client's or the SourceError made of it (its `cause`).
 */
export function isTooManyBucketsError(error: unknown): boolean {
  const native = error instanceof SourceError ? error.cause : error;
  if (!isNativeClientError(native)) return false;
  return allCauses(errorCause(native)).some((cause) => cause.type === 'too_many_buckets_exception');
}
