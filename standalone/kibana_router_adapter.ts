import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Subject } from 'rxjs';
import type {
  CoreRequestHandlerContext,
  ElasticsearchClient,
  HttpResponsePayload,
  IKibanaResponse,
  IRouter,
  KibanaRequest,
  KibanaResponseFactory,
  RequestHandler,
  RequestHandlerContext,
  ResponseError,
  RouteConfig,
  RouteMethod,
  RouteValidationError,
  RouteValidationResultFactory,
  RouteValidatorConfig,
} from '@kbn/core/server';

/**
 * Kibana's router, the subset Hunt EDA's routes use, on fastify: so the very same route files run in the
 * standalone server and are tested over real HTTP. Behaviour follows Kibana's (src/core/packages/http/
 * router-server-internal): validation functions with a `{ ok, badRequest }` factory and a 400 reading
 * `[request body]: <message>`; internal routes refused without `x-elastic-internal-origin` (Kibana 9);
 * error bodies `{ statusCode, error, message, attributes? }`; `events.aborted$` firing when the client
 * closes the connection before the response is sent. Not covered: config-schema validation, versioned
 * routes, authentication and privilege checks (the standalone server has no users; `security` is only
 * checked for shape, as Kibana does at registration).
 */
export interface KibanaRouterAdapterOptions {
  /** The handler context of one request (e.g. createElasticsearchRequestContext). */
  readonly createContext: (request: FastifyRequest) => RequestHandlerContext;
  /** Prepended to every route path (Kibana's base path); default ''. */
  readonly basePath?: string;
}

const INTERNAL_ORIGIN_HEADER = 'x-elastic-internal-origin';

class AdapterValidationError extends Error implements RouteValidationError {
  constructor(
    message: string,
    readonly path: string[],
  ) {
    super(message);
  }
}

const resultFactory: RouteValidationResultFactory = {
  ok: (value) => ({ value }),
  badRequest: (error, path = []) => ({ error: new AdapterValidationError(typeof error === 'string' ? error : error.message, path) }),
};

type Spec = RouteValidatorConfig<unknown, unknown, unknown>['body'];

/** Runs one validation function; a thrown error counts as a failed validation, as in Kibana. */
function validatePart(spec: Spec, data: unknown, namespace: string): { value: unknown } | { error: string } {
  if (spec === undefined) return { value: {} };
  if (typeof spec !== 'function') throw new Error('kibana_router_adapter supports validation functions only');
  try {
    const result = spec(data, resultFactory);
    return result.error !== undefined ? { error: `[${namespace}]: ${result.error.message}` } : { value: result.value };
  } catch (error) {
    return { error: `[${namespace}]: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Kibana's path syntax → fastify's: `{id}` → `:id`, `{path*}` → `*` (Kibana's router is hapi, whose
 * parameters are braced). The handler still sees `request.params.id`.
 */
export function toFastifyPath(kibanaPath: string): string {
  return kibanaPath.replace(/\{(\w+)\*\}/g, '*').replace(/\{(\w+)(\?)?\}/g, (_match, name: string, optional: string | undefined) => `:${name}${optional ?? ''}`);
}

function checkSecurity(config: RouteConfig<unknown, unknown, unknown, RouteMethod>): void {
  const authz = config.security?.authz;
  if (authz === undefined) return;
  if ('requiredPrivileges' in authz && authz.requiredPrivileges.length === 0) {
    throw new Error(`route ${config.path}: security.authz.requiredPrivileges must not be empty`);
  }
  if ('enabled' in authz && authz.enabled === false && !authz.reason) {
    throw new Error(`route ${config.path}: security.authz disabled without a reason`);
  }
}

function errorBody(status: number, error: ResponseError | undefined): { statusCode: number; error: string; message: string; attributes?: Record<string, unknown> } {
  const base = { statusCode: status, error: STATUS_CODES[status] ?? 'Error' };
  if (error === undefined) return { ...base, message: STATUS_CODES[status] ?? 'Error' };
  if (typeof error === 'string') return { ...base, message: error };
  if (error instanceof Error) return { ...base, message: error.message };
  const message = error.message instanceof Error ? error.message.message : error.message;
  return { ...base, message, ...(error.attributes !== undefined ? { attributes: error.attributes } : {}) };
}

function response(status: number, options: { body?: unknown; headers?: Record<string, string | string[]> } = {}): IKibanaResponse {
  return { status, payload: options.body as HttpResponsePayload, options: options as IKibanaResponse['options'] };
}

const responseFactory: KibanaResponseFactory = {
  ok: (options = {}) => response(200, options) as never,
  accepted: (options = {}) => response(202, options) as never,
  noContent: (options = {}) => response(204, options),
  badRequest: (options = {}) => response(400, options),
  unauthorized: (options = {}) => response(401, options),
  forbidden: (options = {}) => response(403, options),
  notFound: (options = {}) => response(404, options),
  conflict: (options = {}) => response(409, options),
  customError: (options) => response(options.statusCode, options),
  custom: (options) => response(options.statusCode, options) as never,
};

function toKibanaRequest(raw: FastifyRequest, reply: FastifyReply, method: RouteMethod, config: RouteConfig<unknown, unknown, unknown, RouteMethod>, parts: { params: unknown; query: unknown; body: unknown }): KibanaRequest {
  const aborted$ = new Subject<void>();
  const completed$ = new Subject<void>();
  reply.raw.once('close', () => {
    // The response stream closes either after the last byte (completed) or because the client went away.
    if (reply.raw.writableFinished) completed$.next();
    else aborted$.next();
    aborted$.complete();
    completed$.complete();
  });
  const id = randomUUID();
  return {
    id,
    uuid: id,
    url: new URL(raw.url, `http://${raw.headers.host ?? 'localhost'}`),
    route: { path: config.path, method, options: config.options ?? {} },
    headers: raw.headers,
    isSystemRequest: raw.headers['kbn-system-request'] === 'true',
    events: { aborted$: aborted$.asObservable(), completed$: completed$.asObservable() },
    auth: { isAuthenticated: false },
    params: parts.params,
    query: parts.query,
    body: parts.body,
  };
}

async function send(reply: FastifyReply, result: IKibanaResponse): Promise<void> {
  reply.code(result.status);
  for (const [name, value] of Object.entries(result.options.headers ?? {})) reply.header(name, value);
  if (result.status >= 400) {
    await reply.send(errorBody(result.status, result.payload as ResponseError | undefined));
    return;
  }
  await reply.send(result.payload);
}

/** True when the request announces a body (a length above zero, or chunked). */
function announcesBody(raw: FastifyRequest): boolean {
  return Number(raw.headers['content-length'] ?? 0) > 0 || raw.headers['transfer-encoding'] !== undefined;
}

export function createKibanaRouterAdapter(app: FastifyInstance, { createContext, basePath = '' }: KibanaRouterAdapterOptions): IRouter {
  // Kibana's http.fetch sends `content-type: application/json` on every call, DELETE and GET included; hapi
  // reads an empty body as none, fastify refuses it (400). An empty body is no body here too.
  app.addHook('onRequest', async (raw) => {
    if (!announcesBody(raw)) delete raw.headers['content-type'];
  });
  const register =
    <Method extends RouteMethod>(method: Method) =>
    <P, Q, B>(config: RouteConfig<P, Q, B, Method>, handler: RequestHandler<P, Q, B, RequestHandlerContext, Method>): void => {
      const route = config as unknown as RouteConfig<unknown, unknown, unknown, RouteMethod>;
      checkSecurity(route);
      const run = handler as unknown as RequestHandler;
      app.route({
        method: method.toUpperCase() as Uppercase<Method>,
        url: `${basePath}${toFastifyPath(config.path)}`,
        handler: async (raw, reply) => {
          if ((config.options?.access ?? 'internal') === 'internal' && raw.headers[INTERNAL_ORIGIN_HEADER] === undefined) {
            await send(reply, responseFactory.badRequest({ body: `uri [${raw.url.split('?')[0]}] with method [${method}] exists but is not available with the current configuration` }));
            return;
          }
          const validators = typeof config.validate === 'function' ? config.validate() : config.validate;
          const specs = (validators === false ? {} : validators) as RouteValidatorConfig<unknown, unknown, unknown>;
          const params = validatePart(specs.params, raw.params, 'request params');
          const query = validatePart(specs.query, raw.query, 'request query');
          const body = validatePart(specs.body, raw.body, 'request body');
          for (const part of [params, query, body]) {
            if ('error' in part) {
              await send(reply, responseFactory.badRequest({ body: part.error }));
              return;
            }
          }
          const values = { params: 'value' in params ? params.value : {}, query: 'value' in query ? query.value : {}, body: 'value' in body ? body.value : {} };
          const result = await run(createContext(raw), toKibanaRequest(raw, reply, method, route, values), responseFactory);
          if (!reply.raw.destroyed) await send(reply, result);
        },
      });
    };
  return {
    routerPath: basePath || '/',
    get: register('get'),
    post: register('post'),
    put: register('put'),
    patch: register('patch'),
    delete: register('delete'),
  };
}

function unavailable(what: string): never {
  throw new Error(`${what} is not available in the standalone server`);
}

/**
 * A handler context whose Elasticsearch client is the given one for both users (the standalone server
 * connects with one identity); saved objects and ui settings are Kibana services it does not have.
 */
export function createElasticsearchRequestContext(client: ElasticsearchClient): RequestHandlerContext {
  const core: CoreRequestHandlerContext = {
    elasticsearch: { client: { asCurrentUser: client, asInternalUser: client } },
    get savedObjects(): CoreRequestHandlerContext['savedObjects'] {
      return unavailable('savedObjects');
    },
    get uiSettings(): CoreRequestHandlerContext['uiSettings'] {
      return unavailable('uiSettings');
    },
  };
  return { core: Promise.resolve(core) };
}
