import { readdir, readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PLUGIN_ID, PLUGIN_NAME } from '../../common/constants';
import { startEmulatedKibana, type EmulatedKibana } from './lib/emulated_kibana_server';
import { BUILD_DIR, pluginsDirFor, SHARED_DEPS_DIR, TESTED_KIBANA_VERSIONS } from './lib/paths';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

describe.each(TESTED_KIBANA_VERSIONS)('the browser bundle built for Kibana %s, in Chromium', (version) => {
  const publicDir = path.join(pluginsDirFor(version), PLUGIN_ID, 'target', 'public');
  let kibana: EmulatedKibana;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    kibana = await startEmulatedKibana({ pluginId: PLUGIN_ID, pluginVersion: '0.1.0', pluginPublicDir: publicDir, sharedDepsDir: SHARED_DEPS_DIR });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(kibana.url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await kibana?.close();
  });

  it('contains no eval or new Function, which Kibana\'s CSP blocks', async () => {
    for (const file of (await readdir(publicDir)).filter((f) => f.endsWith('.js'))) {
      const source = await readFile(path.join(publicDir, file), 'utf8');
      expect({ file, evalCalls: /\beval\s*\(|new\s+Function\s*\(/.test(source) }).toEqual({ file, evalCalls: false });
    }
  });

  it('finds every __kbnSharedDeps__ name it uses on the page', async () => {
    const used = new Set<string>();
    for (const file of (await readdir(publicDir)).filter((f) => f.endsWith('.js'))) {
      for (const match of (await readFile(path.join(publicDir, file), 'utf8')).matchAll(/__kbnSharedDeps__\.(\w+)/g)) used.add(match[1]);
    }
    expect([...used]).toEqual(expect.arrayContaining(['React', 'ReactDom', 'ElasticEui']));
    const missing = await page.evaluate((names) => names.filter((name) => !(name in (window as unknown as { __kbnSharedDeps__: object }).__kbnSharedDeps__)), [...used]);
    expect(missing).toEqual([]);
  });

  it('registers plugin/huntEda/public with a plugin() export, loading no chunk yet', async () => {
    const exported = await page.evaluate(() => {
      const bundles = (window as unknown as { __kbnBundles__: { has(k: string): boolean; get(k: string): Record<string, unknown> } }).__kbnBundles__;
      return bundles.has('plugin/huntEda/public') ? Object.entries(bundles.get('plugin/huntEda/public')).map(([k, v]) => `${k}:${typeof v}`) : [];
    });
    expect(exported).toEqual(['plugin:function']);
    expect(kibana.requests.filter((r) => r.includes('.chunk.'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('registers its app in setup, and mounting it loads a lazy chunk from the public path and renders', async () => {
    const registered = await page.evaluate(async () => {
      type Win = { __kbnBundles__: { get(k: string): { plugin: () => { setup(core: unknown): unknown; start(core: unknown): unknown } } }; __kbnSharedDeps__: { Rxjs: { BehaviorSubject: new (v: unknown) => unknown } }; __unmount?: () => void };
      const w = window as unknown as Win;
      const apps: Array<{ id: string; title: string; category?: { id: string }; mount(params: unknown): Promise<() => void> }> = [];
      const coreStart = {
        theme: { theme$: new w.__kbnSharedDeps__.Rxjs.BehaviorSubject({ darkMode: false }) },
        i18n: { Context: ({ children }: { children: unknown }) => children },
        analytics: {},
        executionContext: {},
        http: {},
        notifications: { toasts: {} },
        application: {},
        chrome: { setBreadcrumbs: () => undefined, docTitle: { change: () => undefined, reset: () => undefined } },
        uiSettings: { get: () => undefined },
      };
      const instance = w.__kbnBundles__.get('plugin/huntEda/public').plugin();
      instance.setup({ application: { register: (app: (typeof apps)[number]) => apps.push(app) }, getStartServices: async () => [coreStart, {}, {}], http: {}, notifications: { toasts: {} } });
      instance.start(coreStart);
      const element = document.getElementById('app') as HTMLElement;
      const history = { location: { pathname: '/', search: '', hash: '', state: undefined }, listen: () => () => undefined, push: () => undefined, replace: () => undefined, createHref: () => '/' };
      w.__unmount = await apps[0].mount({ element, history, appBasePath: '/app/huntEda', onAppLeave: () => undefined, setHeaderActionMenu: () => undefined, theme$: coreStart.theme.theme$ });
      return apps.map((app) => ({ id: app.id, title: app.title, category: app.category?.id }));
    });
    expect(registered).toEqual([{ id: PLUGIN_ID, title: PLUGIN_NAME, category: 'securitySolution' }]);

    await page.waitForSelector('[data-test-subj="huntEdaApp"] h1', { timeout: 15_000 });
    expect(await page.textContent('[data-test-subj="huntEdaApp"] h1')).toBe(PLUGIN_NAME);
    expect(kibana.requests.filter((r) => r.startsWith(`/bundles/plugin/${PLUGIN_ID}/0.1.0/${PLUGIN_ID}.chunk.`))).toHaveLength(1);
    await mkdir(path.join(BUILD_DIR, 'conformance'), { recursive: true });
    await page.screenshot({ path: path.join(BUILD_DIR, 'conformance', `app-${version}.png`) });
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 30_000);

  it('unmounts cleanly', async () => {
    const childrenAfterUnmount = await page.evaluate(() => {
      const w = window as unknown as { __unmount?: () => void };
      w.__unmount?.();
      return document.getElementById('app')?.childElementCount;
    });
    expect(childrenAfterUnmount).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
