/**
 * The analysis routes as they run in production code paths, served over real HTTP for the routes_*
 * integration tests: register_routes.ts on the fastify Kibana-router adapter, with Elasticsearch reached
 * through the handler context (`context.core.elasticsearch.client.asCurrentUser`), unless a test passes
 * its own source factory.
 */
import type { Client } from '@elastic/elasticsearch';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '@kbn/core/server';
import { registerRoutes } from '../../server/routes/register_routes';
import type { RouteDependencies } from '../../server/routes/route_dependencies';
import { createElasticsearchRequestContext, createKibanaRouterAdapter } from '../../standalone/kibana_router_adapter';

export interface RoutesServer {
  readonly url: string;
  readonly app: FastifyInstance;
  /** Errors the routes logged (a 500's cause), so a test can show them. */
  readonly loggedErrors: string[];
  post(path: string, body: unknown, init?: { signal?: AbortSignal; headers?: Record<string, string> }): Promise<{ status: number; body: unknown }>;
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

export async function startRoutesServer(client: Client, getSource?: RouteDependencies['getSource']): Promise<RoutesServer> {
  const app = Fastify({ bodyLimit: 10 * 1024 * 1024 });
  const loggedErrors: string[] = [];
  const router = createKibanaRouterAdapter(app, { createContext: () => createElasticsearchRequestContext(client) });
  registerRoutes({ router, logger: createLogger(loggedErrors), ...(getSource !== undefined ? { getSource } : {}) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    loggedErrors,
    async post(path, body, init = {}) {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-elastic-internal-origin': 'hunt-eda-tests', ...init.headers },
        body: JSON.stringify(body),
        signal: init.signal,
      });
      const text = await response.text();
      return { status: response.status, body: text.length > 0 ? (JSON.parse(text) as unknown) : undefined };
    },
    close: () => app.close(),
  };
}
