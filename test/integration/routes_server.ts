/**
 * The analysis routes as they run in production code paths, served over real HTTP for the routes_*
 * integration tests: register_routes.ts on the fastify Kibana-router adapter, with Elasticsearch reached
 * through the handler context (`context.core.elasticsearch.client.asCurrentUser`), unless a test passes
 * its own source factory.
 */
import type { Client } from '@elastic/elasticsearch';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { IRouter, Logger, RequestHandlerContext, SavedObjectsClientContract } from '@kbn/core/server';
import { registerRoutes } from '../../server/routes/register_routes';
import type { RouteDependencies } from '../../server/routes/route_dependencies';
import { createElasticsearchRequestContext, createKibanaRouterAdapter } from '../../standalone/kibana_router_adapter';

export interface RoutesServer {
  readonly url: string;
  readonly app: FastifyInstance;
  /** Errors the routes logged (a 500's cause), so a test can show them. */
  readonly loggedErrors: string[];
  post(path: string, body: unknown, init?: { signal?: AbortSignal; headers?: Record<string, string> }): Promise<{ status: number; body: unknown }>;
  /** Any method; `body` is sent as JSON when given. */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

function createLogger(errors: string[]): Logger {
  const logger: Logger = {
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (error) => {
      errors.push(error instanceof Error ? (error.stack ?? error.message) : typeof error === 'function' ? error() : error);
    },
    fatal: () => undefined,
    isLevelEnabled: () => true,
    get: () => logger,
  };
  return logger;
}

export interface RoutesServerOptions {
  /** The request's saved-objects client (`context.core.savedObjects.client`); unavailable when absent. */
  readonly savedObjects?: SavedObjectsClientContract;
  /** Routes beyond the analysis ones, on the same router (e.g. the sample-data install route). */
  readonly registerMore?: (deps: { router: IRouter; logger: Logger }) => void;
}

/** The standalone context (one Elasticsearch identity), with the given saved-objects client if any. */
function createContext(client: Client, savedObjects: SavedObjectsClientContract | undefined): RequestHandlerContext {
  const context = createElasticsearchRequestContext(client);
  if (!savedObjects) return context;
  return {
    core: context.core.then((core) => ({
      elasticsearch: core.elasticsearch,
      savedObjects: { client: savedObjects, getClient: () => savedObjects },
      get uiSettings() {
        return core.uiSettings;
      },
    })),
  };
}

export async function startRoutesServer(client: Client, getSource?: RouteDependencies['getSource'], options: RoutesServerOptions = {}): Promise<RoutesServer> {
  const app = Fastify({ bodyLimit: 10 * 1024 * 1024 });
  const loggedErrors: string[] = [];
  const logger = createLogger(loggedErrors);
  const router = createKibanaRouterAdapter(app, { createContext: () => createContext(client, options.savedObjects) });
  registerRoutes({ router, logger, ...(getSource !== undefined ? { getSource } : {}) });
  options.registerMore?.({ router, logger });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const send = async (method: string, path: string, body: unknown, init: { signal?: AbortSignal; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-elastic-internal-origin': 'hunt-eda-tests', ...init.headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: init.signal,
    });
    const text = await response.text();
    return { status: response.status, body: text.length > 0 ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    url,
    app,
    loggedErrors,
    post: (path, body, init) => send('POST', path, body, init),
    request: (method, path, body) => send(method, path, body),
    close: () => app.close(),
  };
}
