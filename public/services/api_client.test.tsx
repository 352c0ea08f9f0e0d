import { EVENTS_API_PATH } from '../../common/api/events';
import { TIMELINE_API_PATH } from '../../common/api/timeline';
import { ApiError, createApiClient, createFetchPost, type HttpPost } from './api_client';

const body = {
  index: 'http-*',
  time_range: { from: '2024-03-01T00:00:00Z', to: '2024-03-08T00:00:00Z' },
  fields: { timestamp: '@timestamp', source: 'source.ip', destination: 'destination.ip' },
};

describe('createApiClient', () => {
  it('posts the JSON body to the route path with the caller\'s signal', async () => {
    const calls: { path: string; body: string; signal?: AbortSignal }[] = [];
    const http: HttpPost = async (path, options) => {
      calls.push({ path, ...options });
      return { ok: true };
    };
    const controller = new AbortController();
    await createApiClient(http).timeline(body, controller.signal);
    expect(calls).toEqual([{ path: TIMELINE_API_PATH, body: JSON.stringify(body), signal: controller.signal }]);
  });

  it('rejects a bad body by field without sending it', async () => {
    const http = jest.fn<Promise<unknown>, Parameters<HttpPost>>();
    const client = createApiClient(http);
    await expect(client.timeline({ ...body, interval_minutes: 0 })).rejects.toThrow('body.interval_minutes: expected at least 1');
    expect(http).not.toHaveBeenCalled();
  });

  it('turns Kibana\'s HttpFetchError into an ApiError with the route\'s message', async () => {
    const kibanaError = Object.assign(new Error('Bad Request'), {
      body: { statusCode: 400, message: 'body.index: no such index', attributes: { code: 'bad_query', field: 'index' } },
    });
    const client = createApiClient(async () => Promise.reject(kibanaError));
    const error = await client.timeline(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'body.index: no such index', statusCode: 400, code: 'bad_query', field: 'index' });
  });

  it('posts a drill-down to the events route, and refuses more events than it serves without sending', async () => {
    const http = jest.fn<Promise<unknown>, Parameters<HttpPost>>(async () => ({ total: { value: 0, relation: 'eq' }, events: [] }));
    const client = createApiClient(http);
    const drillDown = { index: 'http-*', time_range: body.time_range, timestamp_field: '@timestamp', filters: [{ kind: 'terms' as const, field: 'source.ip', values: ['10.0.0.1'] }] };
    await expect(client.events(drillDown)).resolves.toEqual({ total: { value: 0, relation: 'eq' }, events: [] });
    expect(http).toHaveBeenCalledWith(EVENTS_API_PATH, { body: JSON.stringify(drillDown), signal: undefined });
    await expect(client.events({ ...drillDown, size: 1000 })).rejects.toThrow('body.size: expected at most 500');
    expect(http).toHaveBeenCalledTimes(1);
  });

  it('passes an abort through untouched', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const client = createApiClient(async () => Promise.reject(abort));
    await expect(client.timeline(body)).rejects.toBe(abort);
  });
});

describe('createFetchPost', () => {
  const respond = (status: number, text: string) => async () => ({ ok: status < 300, status, statusText: 'x', text: async () => text });

  it('parses a JSON answer', async () => {
    await expect(createFetchPost(respond(200, '{"a":1}'))('/p', { body: '{}' })).resolves.toEqual({ a: 1 });
  });

  it('raises the route\'s message on an error status', async () => {
    const post = createFetchPost(respond(504, JSON.stringify({ statusCode: 504, message: 'Elasticsearch timed out' })));
    await expect(post('/p', { body: '{}' })).rejects.toMatchObject({ message: 'Elasticsearch timed out', statusCode: 504 });
  });

  it('says so when the answer is not JSON', async () => {
    await expect(createFetchPost(respond(502, '<html>'))('/p', { body: '{}' })).rejects.toThrow('/p answered 502 with a body that is not JSON');
  });

  it('sends method, JSON headers, kbn-xsrf and the base path', async () => {
    const fetchFn = jest.fn(respond(200, '{}'));
    await createFetchPost(fetchFn, '/base')('/p', { body: '{"x":1}' });
    expect(fetchFn).toHaveBeenCalledWith('/base/p', expect.objectContaining({ method: 'POST', body: '{"x":1}', headers: expect.objectContaining({ 'kbn-xsrf': 'hunt-eda' }) }));
  });
});
