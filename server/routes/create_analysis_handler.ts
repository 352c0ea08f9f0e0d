import type { IKibanaResponse, KibanaRequest, KibanaResponseFactory, RequestHandler, RequestHandlerContext } from '@kbn/core/server';
import { abortOnClientGone } from './abort_on_client_gone';
import type { RouteDependencies, RouteSource } from './route_dependencies';
import { toErrorResponse } from './to_error_response';
import { toJsonStream } from './to_json_stream';

export interface AnalysisHandlerOptions {
  /** Write the result as a stream of JSON pieces (toJsonStream): for results with million-row columns. */
  readonly streamJson?: boolean;
}

/**
 * The one handler shape of every analysis route: take the request's source, run the service with the
 * validated body and a signal tied to the client's connection, answer 200 with its result or map its
 * failure. Routes stay a dozen lines of glue around their contract and service.
 */
export function createAnalysisHandler<Body, Result extends object>(
  deps: RouteDependencies,
  run: (source: RouteSource, body: Body, signal: AbortSignal) => Promise<Result>,
  options: AnalysisHandlerOptions = {},
): RequestHandler<unknown, unknown, Body> {
  return async (context: RequestHandlerContext, request: KibanaRequest<unknown, unknown, Body>, response: KibanaResponseFactory): Promise<IKibanaResponse> => {
    const abort = abortOnClientGone(request);
    try {
      const source = await deps.getSource(context);
      const result = await run(source, request.body, abort.signal);
      if (options.streamJson === true) return response.ok({ body: toJsonStream(result), headers: { 'content-type': 'application/json; charset=utf-8' } });
      return response.ok({ body: result });
    } catch (error) {
      return toErrorResponse(error, response, deps.logger);
    } finally {
      abort.dispose();
    }
  };
}
