/**
 * `hunt-eda serve` as a real process over real HTTP: the analysis routes (the Kibana route code on the
 * fastify adapter) over the real samples and the bundled outbreak, the token guard, and the app page that
 * loads the Kibana zip's own bundle in Chromium.
 */
import path from 'node:path';

import { chromium } from 'playwright-core';

import { OUTBREAK_FACTS } from '../../server/sample_data';
import { REAL_DATA } from './run_cli';
import { startServe as serve, type Served } from './start_serve';

async function post(origin: string, route: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${origin}/internal/hunt_eda/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-elastic-internal-origin': 'Kibana', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('hunt-eda serve on the real samples (routes only)', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve([path.join(REAL_DATA, 'suricata-eve'), path.join(REAL_DATA, 'zeek-http'), '--no-app']);
  }, 150_000);
  afterAll(async () => {
    expect(await served?.stop()).toBe(0);
  });

  it('answers the conversations route from the embedded engine', async () => {
    const response = await post(served.origin, 'conversations', {
      index: 'suricata',
      time_range: { from: '2015-01-01T00:00:00Z', to: '2020-01-01T00:00:00Z' },
      fields: { timestamp: 'timestamp', signature_id: 'alert.signature_id', signature_name: 'alert.signature', source: 'src_ip', destination: 'dest_ip' },
    });
    expect(response.status).toBe(200);
    expect((response.body.summary as { total_observations: number }).total_observations).toBe(548);
  }, 60_000);

  it('describes datasets through the fields route, and suggests a dataset per analysis', async () => {
    const fields = await post(served.origin, 'fields', { index: 'zeek_*' });
    expect(fields.status).toBe(200);
    const presets = fields.body.presets as Array<{ id: string; analyses: { http_timeline: { fits: boolean } } }>;
    expect(presets.find((preset) => preset.id === 'zeek')?.analyses.http_timeline.fits).toBe(true);
    const info = (await (await fetch(`${served.origin}/internal/hunt_eda/standalone/info`)).json()) as { suggestions: Record<string, { index?: string; time_range?: unknown }> };
    expect(info.suggestions.conversations).toMatchObject({ index: 'suricata', time_range: { from: '2015-03-09T00:00:00.000Z', to: '2019-01-03T00:00:00.000Z' } });
    expect(info.suggestions.http_timeline).toMatchObject({ index: 'zeek_http', time_range: { from: '2024-04-19T00:00:00.000Z', to: '2024-04-22T00:00:00.000Z' } });
  }, 60_000);

  it('maps bad requests and unknown datasets to 400 and 404 with the route messages', async () => {
    const bad = await post(served.origin, 'rare_values', { index: 'zeek_http', time_range: { from: 'yesterday', to: '2024-05-01T00:00:00Z' }, field: 'method', timestamp_field: 'ts' });
    expect(bad.status).toBe(400);
    expect(String(bad.body.message)).toContain('time_range.from');
    const missing = await post(served.origin, 'rare_values', { index: 'nope', time_range: { from: '2024-04-01T00:00:00Z', to: '2024-05-01T00:00:00Z' }, field: 'method', timestamp_field: 'ts' });
    expect(missing.status).toBe(404);
    expect(String(missing.body.message)).toContain('No dataset matches "nope"');
  }, 60_000);

  it('refuses requests naming another host (DNS rebinding) when no token is set', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${served.origin}/`, { headers: { host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('hunt-eda serve with a token', () => {
  it('requires the token on every request: bearer header, or the printed link which sets a cookie', async () => {
    const token = 'e2e-token-0123456789abcdef';
    const served = await serve([path.join(REAL_DATA, 'zeek-http'), '--no-app', '--token', token]);
    try {
      expect(served.url).toBe(`${served.origin}/?token=${token}`);
      const body = { index: 'zeek_http', time_range: { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' }, field: 'method', timestamp_field: 'ts' };
      expect((await post(served.origin, 'rare_values', body)).status).toBe(401);
      expect((await post(served.origin, 'rare_values', body, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
      expect((await post(served.origin, 'rare_values', body, { authorization: `Bearer ${token}` })).status).toBe(200);
      const page = await fetch(served.url);
      const cookie = page.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^hunt_eda_token=.*; HttpOnly; SameSite=Strict; Path=\//);
      expect((await post(served.origin, 'rare_values', body, { cookie: cookie.split(';')[0] ?? '' })).status).toBe(200);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  }, 150_000);

  it('listens on all interfaces only with --allow-remote, and then generates a token', async () => {
    const served = await serve([path.join(REAL_DATA, 'zeek-http'), '--no-app', '--host', '0.0.0.0', '--allow-remote']);
    try {
      const token = new URL(served.url).searchParams.get('token') ?? '';
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect((await fetch(`${served.origin}/internal/hunt_eda/standalone/info`)).status).toBe(401);
      expect((await fetch(`${served.origin}/internal/hunt_eda/standalone/info`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  }, 150_000);
});

describe('hunt-eda serve with no arguments: the bundled outbreak and HTTP month, and the app page', () => {
  let served: Served;
  beforeAll(async () => {
    // First run on a fresh clone generates the samples and builds the bundles: minutes, not seconds.
    served = await serve([], 900_000);
  }, 900_000);
  afterAll(async () => {
    expect(await served?.stop()).toBe(0);
  });

  it('reproduces the published outbreak facts through the conversations route', async () => {
    const response = await post(served.origin, 'conversations', {
      index: 'suricata',
      time_range: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
      fields: { timestamp: 'timestamp', signature_id: 'alert.signature_id', signature_name: 'alert.signature', source: 'src_ip', destination: 'dest_ip' },
    });
    expect(response.status).toBe(200);
    const summary = response.body.summary as { conversations: number; total_observations: number };
    expect({ conversations: summary.conversations, observations: summary.total_observations }).toEqual({
      conversations: OUTBREAK_FACTS.conversations,
      observations: OUTBREAK_FACTS.observations,
    });
  }, 300_000);

  it('serves the page that loads the Kibana zip bundle and mounts the app in Chromium, under Kibana\'s CSP', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      const failed: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Failed loads are judged below by path (the app may ask for an icon EUI does not know).
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      page.on('response', (answer) => answer.status() >= 400 && failed.push(`${answer.status()} ${new URL(answer.url()).pathname}`));
      const response = await page.goto(served.url, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toContain("script-src 'report-sample' 'self'");
      await page.waitForSelector('body[data-hunt-eda-mounted="true"]', { state: 'attached', timeout: 60_000 });
      await page.waitForSelector('[data-test-subj="huntEdaApp"]', { timeout: 30_000 });
      expect(requests).toEqual(expect.arrayContaining(['/standalone/bootstrap.js', '/shared/kbn-ui-shared-deps.js', '/bundles/plugin/huntEda/0.1.0/huntEda.plugin.js', '/standalone/start_app.js']));
      expect(requests.some((request) => /^\/bundles\/plugin\/huntEda\/0\.1\.0\/huntEda\.chunk\.\d+\.js$/.test(request))).toBe(true);
      // The bare address opened the suggested analysis, and the app's own requests (core.http.post) reached
      // the routes: the conversations view shows the outbreak's published count.
      expect(new URL(page.url()).searchParams.get('index')).toBe('suricata');
      await page.waitForFunction((count) => document.body.innerText.includes(count), OUTBREAK_FACTS.conversations.toLocaleString('en-US'), { timeout: 240_000 });
      expect(requests).toContain('/internal/hunt_eda/conversations');
      expect(failed.filter((entry) => /\/(standalone|shared|bundles|internal)\//.test(entry))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
