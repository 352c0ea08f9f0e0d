import { errors } from '@elastic/elasticsearch';
import type { DiagnosticResult } from '@elastic/elasticsearch';
import { isSourceError } from '../source_errors';
import tooManyBucketsBody from './__fixtures__/too_many_buckets_error.json';
import { isTooManyBucketsError, toSourceError } from './errors';

function responseError(statusCode: number, error: unknown): errors.ResponseError {
  const meta = { body: { error, status: statusCode }, statusCode, headers: {}, warnings: null } as unknown as DiagnosticResult;
  return new errors.ResponseError(meta);
}

function codeOf(error: unknown): string {
  const mapped = toSourceError(error, 'alerts-*');
  return isSourceError(mapped) ? `${mapped.code}: ${mapped.message}` : 'unmapped';
}

describe('toSourceError', () => {
  it('maps a missing index to not_found naming it', () => {
    const error = responseError(404, {
      type: 'index_not_found_exception',
      reason: 'no such index [nope]',
      index: 'nope',
      root_cause: [{ type: 'index_not_found_exception', reason: 'no such index [nope]', index: 'nope' }],
    });
    expect(codeOf(error)).toBe('not_found: no index matches [nope]');
  });

  it('maps a text field refused by an aggregation to not_aggregatable naming the field', () => {
    const reason =
      'Fielddata is disabled on [alert.signature] in [suricata]. Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [alert.signature] in order to load field data by uninverting the inverted index. Note that this can use significant memory.';
    const error = responseError(400, {
      type: 'search_phase_execution_exception',
      reason: 'all shards failed',
      root_cause: [{ type: 'illegal_argument_exception', reason }],
      failed_shards: [{ shard: 0, index: 'suricata', reason: { type: 'illegal_argument_exception', reason } }],
    });
    expect(codeOf(error)).toBe(
      'not_aggregatable: field [alert.signature] is a text field and cannot be aggregated; use a keyword field (e.g. [alert.signature.keyword])',
    );
  });

  it('maps a field of the wrong type for a numeric aggregation to not_aggregatable naming it', () => {
    const reason = 'Field [method] of type [keyword] is not supported for aggregation [stats]';
    const error = responseError(400, { type: 'search_phase_execution_exception', reason: 'all shards failed', root_cause: [{ type: 'illegal_argument_exception', reason }] });
    expect(codeOf(error)).toBe('not_aggregatable: field [method] of type [keyword] cannot be used for stats');
  });

  it('maps connection failures to unavailable, timeouts to timeout, aborts to aborted', () => {
    expect(codeOf(new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:1'))).toBe(
      'unavailable: Elasticsearch is unreachable: connect ECONNREFUSED 127.0.0.1:1',
    );
    expect(codeOf(new errors.TimeoutError('Request timed out'))).toMatch(/^timeout: /);
    expect(codeOf(new errors.RequestAbortedError('Request aborted'))).toMatch(/^aborted: /);
    expect(codeOf(responseError(503, { type: 'cluster_block_exception', reason: 'blocked' }))).toMatch(/^unavailable: /);
  });

  it('maps other 400s to bad_query with the most specific reason', () => {
    const error = responseError(400, {
      type: 'search_phase_execution_exception',
      reason: 'all shards failed',
      root_cause: [{ type: 'query_shard_exception', reason: 'failed to create query: For input string: "abc"' }],
    });
    expect(codeOf(error)).toBe('bad_query: failed to create query: For input string: "abc"');
  });

  it('leaves authorisation failures and foreign errors as they are', () => {
    const forbidden = responseError(403, { type: 'security_exception', reason: 'action [indices:data/read/search] is unauthorized' });
    expect(toSourceError(forbidden, 'x')).toBe(forbidden);
    const plain = new TypeError('boom');
    expect(toSourceError(plain, 'x')).toBe(plain);
  });
});

describe('isTooManyBucketsError', () => {
  // The body Elasticsearch 8.19 answered to nested terms with more buckets than search.max_buckets.
  const tooMany = () => responseError(400, tooManyBucketsBody.error);

  it('recognises the limit in the client error and in the domain error made of it', () => {
    expect(isTooManyBucketsError(tooMany())).toBe(true);
    expect(isTooManyBucketsError(toSourceError(tooMany(), 'alerts'))).toBe(true);
  });

  it('recognises nothing else', () => {
    const otherBadQuery = responseError(400, { type: 'search_phase_execution_exception', root_cause: [{ type: 'query_shard_exception', reason: 'failed to create query' }] });
    expect(isTooManyBucketsError(otherBadQuery)).toBe(false);
    expect(isTooManyBucketsError(toSourceError(otherBadQuery, 'alerts'))).toBe(false);
    expect(isTooManyBucketsError(new Error('too_many_buckets_exception'))).toBe(false);
    expect(isTooManyBucketsError(undefined)).toBe(false);
  });
});
