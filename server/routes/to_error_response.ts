import type { IKibanaResponse, KibanaResponseFactory, Logger } from '@kbn/core/server';
import { HomeNetworksError } from '../../common/network/home_networks';
import { isSourceError } from '../sources/source_errors';
import type { SourceErrorCode } from '../sources/source_errors';

const STATUS_BY_CODE: Readonly<Record<SourceErrorCode, number>> = {
  bad_query: 400,
  not_aggregatable: 400,
  bad_file: 400,
  not_found: 404,
  // Client closed request (nginx's 499): nobody reads it, but logs show why the handler stopped.
  aborted: 499,
  unavailable: 503,
  timeout: 504,
};

function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object' || !('statusCode' in error)) return undefined;
  const status = (error as { statusCode: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Maps a failure to its response: a source's domain error to its status with the source's message (which
 * names the field or index), the user's own authorisation failures (401/403 from Elasticsearch) as they
 * are, anything else to a logged 500 without internals.
 */
export function toErrorResponse(error: unknown, response: KibanaResponseFactory, logger: Logger): IKibanaResponse {
  if (isSourceError(error)) {
    const attributes = error.field !== undefined ? { code: error.code, field: error.field } : { code: error.code };
    return response.customError({ statusCode: STATUS_BY_CODE[error.code], body: { message: error.message, attributes } });
  }
  if (error instanceof HomeNetworksError) {
    return response.badRequest({ body: { message: error.message, attributes: { code: 'bad_home_networks' } } });
  }
  const status = statusOf(error);
  if (status === 401 || status === 403) {
    const message = error instanceof Error ? error.message : 'not authorised';
    return response.customError({ statusCode: status, body: { message, attributes: { code: status === 401 ? 'unauthorized' : 'forbidden' } } });
  }
  logger.error(error instanceof Error ? error : String(error));
  return response.customError({ statusCode: 500, body: { message: 'internal error while running the analysis; see the Kibana server log' } });
}
