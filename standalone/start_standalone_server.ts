import { readFile } from 'node:fs/promises';
import path from 'node:path';

import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreRequestHandlerContext, Logger, RequestHandlerContext } from '@kbn/core/server';

import { INTERNAL_API_BASE, PLUGIN_ID } from '../common/constants';
import { DEFAULT_HOME_NETWORKS } from '../common/network/home_networks';
import { HOME_NETWORKS_SETTING, THRESHOLD_SETTING } from '../common/settings';
import { registerRoutes } from '../server/routes/register_routes';
import { TOKEN_COOKIE, readRequestToken, tokensMatch } from './check_request_token';
import type { AppAssets } from './ensure_app_assets';
import { createKibanaRouterAdapter } from './kibana_router_adapter';
import { registerStandaloneSavedViews } from './register_standalone_saved_views';
import type { OpenedSource } from './open_analysis_source';
import { pluginBundlePath, renderPageHtml } from './render_page_html';
import type { ListenPolicy } from './resolve_listen_policy';
import { isLoopbackHost } from './resolve_listen_policy';
import { describeStandaloneSource } from './describe_standalone_source';

/** Kibana's default CSP (csp_directives.ts), so the bundle meets the same rules here as in Kibana. */
export const KIBANA_CSP = "script-src 'report-sample' 'self'; worker-src 'report-sample' blob: 'self'; style-src 'report-sample' 'self' 'unsafe-inline'";

/** What the page and scripts can ask about the source: GET, no body. */
export const STANDALONE_INFO_PATH = `${INTERNAL_API_BASE}/standalone/info`;

export interface StandaloneServerOptions {
  readonly opened: OpenedSource;
  readonly policy: ListenPolicy;
  /** 0 picks a free port. */
  readonly port: number;
  /** The page's bundles; null serves the analysis routes only (the page then says how to build it). */
  readonly assets: AppAssets | null;
  readonly logger: Logger;
  readonly pluginVersion: string;
  readonly homeNetworks?: readonly string[];
  /** Saved views as JSON files in this directory (created on the first save); none without it. */
  readonly savedViewsDir?: string;
}

export interface StandaloneServer {
  /** The address to open; carries `?token=` when a token is required. */
  readonly url: string;
  readonly origin: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

const PAGE_SCRIPTS = ['bootstrap.js', 'start_app.js'] as const;

/**
 * Kibana's handler context where only Kibana has it: the standalone routes take their source from
 * `getSource`, so core services are never reached; if one ever is, the error names it.
 */
function createStandaloneContext(): RequestHandlerContext {
  return {
    get core(): Promise<CoreRequestHandlerContext> {
      return Promise.reject(new Error('Kibana core services (elasticsearch, savedObjects, uiSettings) are not available in the standalone server'));
    },
  };
}

function unauthorized(reply: FastifyReply): FastifyReply {
  return reply.code(401).send({
    statusCode: 401,
    error: 'Unauthorized',
    message: 'missing or wrong token: open the URL the server printed (with ?token=…) or send "Authorization: Bearer <token>"',
  });
}

/** Token on every request when the policy has one; on loopback without one, only loopback Host headers (no DNS rebinding). */
function guard(policy: ListenPolicy) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (policy.token === null) {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      if (!isLoopbackHost(host)) {
        await reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: `Host "${host}" is not this machine; open http://127.0.0.1 instead` });
      }
      return;
    }
    const query = request.query as Record<string, unknown> | undefined;
    const queryToken = typeof query?.token === 'string' ? query.token : undefined;
    const presented = readRequestToken({ authorization: request.headers.authorization, cookie: request.headers.cookie, queryToken });
    if (!tokensMatch(presented, policy.token)) {
      await unauthorized(reply);
      return;
    }
    if (queryToken !== undefined && presented === queryToken) {
      // The page's own scripts and API calls cannot carry a header: the link's token becomes a cookie.
      reply.header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(queryToken)}; HttpOnly; SameSite=Strict; Path=/`);
    }
  };
}

/**
 * The standalone server: the analysis routes through the same registerRoutes as in Kibana (on the fastify
 * router adapter, with the chosen source injected through `getSource`), and the app page loading the
 * Kibana zip's own bundle behind an emulated Kibana bootstrap, all under Kibana's CSP.
 */
export async function startStandaloneServer(options: StandaloneServerOptions): Promise<StandaloneServer> {
  const { opened, policy, assets, logger } = options;
  const app = Fastify({ bodyLimit: 10 * 1024 * 1024 });
  app.addHook('onRequest', guard(policy));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', KIBANA_CSP);
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  const router = createKibanaRouterAdapter(app, { createContext: createStandaloneContext });
  registerRoutes({ router, logger, getSource: async () => opened.source });
  if (options.savedViewsDir !== undefined) registerStandaloneSavedViews({ router, logger, dir: options.savedViewsDir });

  let info: Promise<unknown> | null = null;
  app.get(STANDALONE_INFO_PATH, async () => {
    info ??= describeStandaloneSource(opened, new AbortController().signal).catch((error: unknown) => {
      info = null;
      throw error;
    });
    return info;
  });

  if (assets) {
    await app.register(fastifyStatic, { root: assets.pluginPublicDir, prefix: pluginBundlePath(options.pluginVersion), decorateReply: false, index: false });
    await app.register(fastifyStatic, { root: assets.sharedDepsDir, prefix: '/shared/', decorateReply: false, index: false });
    for (const script of PAGE_SCRIPTS) {
      const file = path.join(__dirname, 'page', script);
      app.get(`/standalone/${script}`, async (_request, reply) => reply.type('application/javascript; charset=utf-8').send(await readFile(file)));
    }
    const html = renderPageHtml({
      pluginId: PLUGIN_ID,
      pluginVersion: options.pluginVersion,
      kibanaVersion: assets.kibanaVersion,
      basePath: '',
      infoPath: STANDALONE_INFO_PATH,
      uiSettings: { [HOME_NETWORKS_SETTING]: [...(options.homeNetworks ?? DEFAULT_HOME_NETWORKS)], [THRESHOLD_SETTING]: 3 },
      savedViews: options.savedViewsDir !== undefined,
    });
    const page = async (_request: FastifyRequest, reply: FastifyReply) => reply.type('text/html; charset=utf-8').send(html);
    app.get('/', page);
    app.get(`/app/${PLUGIN_ID}`, page);
    app.get(`/app/${PLUGIN_ID}/*`, page);
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('The app page is not built. Run "hunt-eda serve" without --no-app, or npm run build first.\n'),
    );
  }
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  const origin = await app.listen({ host: policy.host, port: options.port });
  const shown = new URL(origin);
  if (!policy.loopback && (policy.host === '0.0.0.0' || policy.host === '::')) shown.hostname = '127.0.0.1';
  if (policy.token !== null) shown.searchParams.set('token', policy.token);
  logger.debug(`listening on ${origin}`);
  return { url: shown.toString(), origin, app, close: () => app.close() };
}
