import Fastify from 'fastify';
import type { RequestHandlerContext } from '@kbn/core/server';
import { createKibanaRouterAdapter, toFastifyPath } from './kibana_router_adapter';

/** These handlers never touch core services; reaching for them fails the test loudly. */
const context: RequestHandlerContext = {
  get core(): RequestHandlerContext['core'] {
    throw new Error('no core services in this test');
  },
};

function appWithEcho() {
  const app = Fastify();
  const router = createKibanaRouterAdapter(app, { createContext: () => context });
  router.post(
    {
      path: '/internal/test/echo',
      security: { authz: { requiredPrivileges: ['huntEda'] } },
      validate: {
        body: (data, { ok, badRequest }) =>
          typeof data === 'object' && data !== null && 'n' in data && typeof data.n === 'number' ? ok({ n: data.n }) : badRequest('body.n: expected a number'),
      },
      options: { access: 'internal' },
    },
    async (_context, request, response) => (request.body.n < 0 ? response.notFound({ body: { message: 'no such n', attributes: { code: 'not_found' } } }) : response.ok({ body: { twice: request.body.n * 2 } })),
  );
  return app;
}

const headers = { 'content-type': 'application/json', 'x-elastic-internal-origin': 'test' };

/** Real HTTP (fastify's inject needs an ESM-only dependency Jest cannot load here). */
async function post(payload: unknown, requestHeaders: Record<string, string> = headers): Promise<{ statusCode: number; json: () => Record<string, unknown> }> {
  const app = appWithEcho();
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const response = await fetch(`${url}/internal/test/echo`, { method: 'POST', headers: requestHeaders, body: JSON.stringify(payload) });
    const body = (await response.json()) as Record<string, unknown>;
    return { statusCode: response.status, json: () => body };
  } finally {
    await app.close();
  }
}

describe('createKibanaRouterAdapter', () => {
  it('passes the validated body to the handler and sends its response', async () => {
    const response = await post({ n: 21 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ twice: 42 });
  });

  it('answers a failed validation as Kibana does', async () => {
    const response = await post({ n: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request body]: body.n: expected a number' });
  });

  it('formats error responses with status text and attributes', async () => {
    const response = await post({ n: -1 });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'no such n', attributes: { code: 'not_found' } });
  });

  it('refuses an internal route without the internal-origin header', async () => {
    const response = await post({ n: 1 }, { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('uri [/internal/test/echo] with method [post] exists but is not available with the current configuration');
  });

  it('rejects an empty privilege list at registration, as Kibana does', () => {
    const router = createKibanaRouterAdapter(Fastify(), { createContext: () => context });
    expect(() =>
      router.get({ path: '/internal/test/x', security: { authz: { requiredPrivileges: [] } }, validate: false }, async (_c, _r, response) => response.ok()),
    ).toThrow('route /internal/test/x: security.authz.requiredPrivileges must not be empty');
  });

  it('routes Kibana path parameters ({id}) and hands them to the handler decoded', async () => {
    expect(toFastifyPath('/internal/x/{id}/y/{name?}')).toBe('/internal/x/:id/y/:name?');
    const app = Fastify();
    createKibanaRouterAdapter(app, { createContext: () => context }).get(
      { path: '/internal/test/items/{id}', security: { authz: { requiredPrivileges: ['huntEda'] } }, validate: { params: (data, { ok }) => ok(data) } },
      async (_context, request, response) => response.ok({ body: { params: request.params } }),
    );
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(`${url}/internal/test/items/${encodeURIComponent('a b/c')}`, { headers });
      expect(await response.json()).toEqual({ params: { id: 'a b/c' } });
    } finally {
      await app.close();
    }
  });

  it('reads an empty body sent as JSON (Kibana\'s http.fetch on DELETE) as no body, as Kibana does', async () => {
    const app = Fastify();
    createKibanaRouterAdapter(app, { createContext: () => context }).delete(
      { path: '/internal/test/items/{id}', security: { authz: { requiredPrivileges: ['huntEda'] } }, validate: { params: (data, { ok }) => ok(data) } },
      async (_context, _request, response) => response.noContent(),
    );
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      expect((await fetch(`${url}/internal/test/items/x`, { method: 'DELETE', headers })).status).toBe(204);
    } finally {
      await app.close();
    }
  });
});
