import { readdir, readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PLUGIN_ID, PLUGIN_NAME } from '../../common/constants';
import { PANEL_TYPES } from '../../common/panels/panel_types';
import { startEmulatedKibana, type EmulatedKibana } from './lib/emulated_kibana_server';
import { BUILD_DIR, pluginsDirFor, SHARED_DEPS_DIR, TESTED_KIBANA_VERSIONS } from './lib/paths';

import { emulationOptions, lineOf, type EmulatedWindow } from './lib/emulated_kibana_contracts';
import { TIMELINE } from '../../public/charts/test_fixtures';
import { encodeHuntEdaUrlState } from '../../public/locator/hunt_eda_url_state';
import { buildPanelDrillDownParams } from '../../public/panels/build_panel_drill_down_params';

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
      // zod 4's guarded eval probe (`try{return new Function(""),!0}catch…`) never runs: public/configure_zod.ts
      // sets jitless before any parse, and the Chromium tests below fail on any CSP violation.
      const source = (await readFile(path.join(publicDir, file), 'utf8')).replace(/try\{return new Function\(""\),!0\}catch\(\w+\)\{return!1\}/g, '');
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
    const registered = await page.evaluate(
      async ({ line, options }) => {
        const w = window as unknown as EmulatedWindow;
        const kibana = w.__emulateKibana(line, options);
        w.__kibana = kibana;
        const instance = w.__kbnBundles__.get('plugin/huntEda/public').plugin();
        instance.setup(kibana.coreSetup, kibana.setupPlugins);
        instance.start(kibana.coreStart, kibana.plugins);
        const element = document.getElementById('app') as HTMLElement;
        const history = { location: { pathname: '/', search: '?dataView=dv-alerts&analysis=http', hash: '', state: undefined }, listen: () => () => undefined, push: () => undefined, replace: () => undefined, createHref: () => '/' };
        w.__unmount = await kibana.records.apps[0].mount({ element, history, appBasePath: '/app/huntEda', onAppLeave: () => undefined, setHeaderActionMenu: () => undefined, theme$: kibana.coreStart.theme.theme$ });
        return kibana.records.apps.map((app) => ({ id: app.id, title: app.title, category: app.category?.id }));
      },
      { line: lineOf(version), options: emulationOptions },
    );
    expect(registered).toEqual([{ id: PLUGIN_ID, title: PLUGIN_NAME, category: 'securitySolution' }]);

    await page.waitForSelector('[data-test-subj="huntEdaApp"] h1', { timeout: 15_000 });
    expect(await page.textContent('[data-test-subj="huntEdaApp"] h1')).toBe(PLUGIN_NAME);
    // The app's chunk plus the chunks webpack splits out to share with the lazily loaded panels.
    const chunkRequests = kibana.requests.filter((r) => r.includes(`${PLUGIN_ID}.chunk.`));
    expect(chunkRequests.length).toBeGreaterThanOrEqual(1);
    expect(chunkRequests.filter((r) => !r.startsWith(`/bundles/plugin/${PLUGIN_ID}/0.1.0/${PLUGIN_ID}.chunk.`))).toEqual([]);
    await mkdir(path.join(BUILD_DIR, 'conformance'), { recursive: true });
    await page.screenshot({ path: path.join(BUILD_DIR, 'conformance', `app-${version}.png`) });
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 30_000);

  it('registers the Hunt EDA locator, the Discover field action, four add-panel actions and four panel factories', async () => {
    const records = await page.evaluate(() => {
      const { records } = (window as unknown as EmulatedWindow).__kibana;
      return { locators: records.locators, factories: Object.keys(records.factories).sort(), attachments: records.attachments };
    });
    expect(records.locators).toEqual(['HUNT_EDA_APP_LOCATOR']);
    expect(records.factories).toEqual(Object.values(PANEL_TYPES).sort());
    expect(records.attachments).toEqual([
      'VISUALIZE_FIELD_TRIGGER → HUNT_EDA_OPEN_FIELD',
      ...Object.values(PANEL_TYPES).map((type) => `ADD_PANEL_TRIGGER → huntEda_add_${type}`),
    ]);
  });

  it(`opens Hunt EDA from Discover's field trigger (${version} context shape) with Discover's time, query and filters`, async () => {
    const result = await page.evaluate(async () => {
      const kibana = (window as unknown as EmulatedWindow).__kibana;
      const action = kibana.records.actions.HUNT_EDA_OPEN_FIELD;
      const context = kibana.triggerContext('alert.signature_id');
      const compatible = await action.isCompatible(context);
      await action.execute(context);
      await action.execute(kibana.triggerContext('user.name'));
      return { compatible, name: action.getDisplayName(context), navigations: kibana.records.navigations.splice(0) };
    });
    expect(result.compatible).toBe(true);
    expect(result.name).toBe('Explore in Hunt EDA');
    const common = { dataViewId: 'dv-alerts', timeRange: emulationOptions.time, query: emulationOptions.query, filters: emulationOptions.filters };
    expect(result.navigations).toEqual([
      { locator: 'HUNT_EDA_APP_LOCATOR', params: { ...common, analysis: 'conversations', field: 'alert.signature_id', fieldRole: 'signature' } },
      { locator: 'HUNT_EDA_APP_LOCATOR', params: common },
    ]);
  });

  it('adds a panel to a dashboard with its state under both the 8.19 and 9.1+ panel-package names', async () => {
    const added = await page.evaluate(async () => {
      const kibana = (window as unknown as EmulatedWindow).__kibana;
      const packages: unknown[] = [];
      const dashboard = { addNewPanel: async (panel: unknown) => packages.push(panel) };
      const action = Object.values(kibana.records.actions).find((a) => a.id.endsWith('_otr_scatter'));
      if (!action) throw new Error('no add-panel action for the scatter');
      const compatible = [await action.isCompatible({ embeddable: dashboard }), await action.isCompatible({ embeddable: {} })];
      await action.execute({ embeddable: dashboard });
      return { compatible, packages };
    });
    expect(added.compatible).toEqual([true, false]);
    expect(added.packages).toEqual([
      {
        panelType: PANEL_TYPES.otrScatter,
        initialState: { fieldMappingPreset: 'ecs', dataViewId: 'dv-alerts' },
        serializedState: { rawState: { fieldMappingPreset: 'ecs', dataViewRefName: 'dataView' }, references: [{ name: 'dataView', type: 'index-pattern', id: 'dv-alerts' }] },
      },
    ]);
  });

  it('builds the HTTP residual panel from serialized state through this version\'s factory shape, follows the dashboard and draws its chart', async () => {
    const serialized = { rawState: { title: 'Egress', fieldMappingPreset: 'ecs', threshold: 2.5, dataViewRefName: 'dataView' }, references: [{ name: 'dataView', type: 'index-pattern', id: 'dv-alerts' }] };
    const built = await page.evaluate(
      async ({ serialized, options }) => {
        const w = window as unknown as EmulatedWindow;
        const kibana = w.__kibana;
        const { BehaviorSubject } = w.__kbnSharedDeps__.Rxjs as unknown as { BehaviorSubject: new (v: unknown) => unknown };
        const parentApi = { timeRange$: new BehaviorSubject(options.time), query$: new BehaviorSubject(options.query), filters$: new BehaviorSubject(options.filters) };
        const result = await kibana.buildPanel('huntEda_http_residual_timeline', serialized, parentApi);
        const element = document.createElement('div');
        element.style.cssText = 'position:fixed;inset:0;background:#fff;height:700px;z-index:10';
        document.body.appendChild(element);
        const React = w.__kbnSharedDeps__.React as unknown as { createElement(c: unknown, p: unknown, ...children: unknown[]): unknown };
        const ReactDom = w.__kbnSharedDeps__.ReactDom as unknown as { render(node: unknown, el: HTMLElement): void };
        const { KibanaRenderContextProvider } = w.__kbnSharedDeps__.KbnReactKibanaContextRender as unknown as { KibanaRenderContextProvider: unknown };
        ReactDom.render(React.createElement(KibanaRenderContextProvider, kibana.coreStart, React.createElement(result.built.Component, null)), element);
        const api = result.built.api as { serializeState(): unknown; hasUnsavedChanges$?: unknown; dataLoading$?: unknown; dataLoading?: unknown };
        return { serializedAgain: api.serializeState(), runtimeState: result.runtimeState, comparatorKeys: result.comparatorKeys, publishes: ['hasUnsavedChanges$', 'dataLoading$', 'dataLoading', 'blockingError$', 'defaultTitle$', 'defaultPanelTitle'].filter((k) => k in api) };
      },
      { serialized, options: emulationOptions },
    );
    expect(built.serializedAgain).toEqual(serialized);
    if (lineOf(version) === '8.19') {
      expect(built.runtimeState).toEqual({ title: 'Egress', dataViewId: 'dv-alerts', fieldMappingPreset: 'ecs', threshold: 2.5 });
      expect(built.comparatorKeys).toEqual(['title', 'dataViewId', 'fieldMappingPreset', 'timeRange', 'threshold']);
    } else {
      expect(built.publishes).toContain('hasUnsavedChanges$');
    }
    await page.waitForSelector(`[data-test-subj="huntEdaPanel-${PANEL_TYPES.httpResidualTimeline}"] canvas`, { timeout: 15_000 });
    await page.waitForTimeout(500);
    const timelineCalls = await page.evaluate(() => (window as unknown as EmulatedWindow).__kibana.records.httpCalls.filter((c) => c.path.endsWith('/timeline')));
    expect(timelineCalls.length).toBeGreaterThanOrEqual(1);
    const body = timelineCalls[timelineCalls.length - 1].body ?? {};
    expect(body).toMatchObject({ index: 'logs-suricata-*', time_range: emulationOptions.time });
    // The dashboard's query and filter reach the request, compiled by Kibana's buildEsQuery (negated filter → must_not).
    expect(JSON.stringify(body.query)).toContain('event.module');
    expect(JSON.stringify(body.query)).toContain('must_not');
    const canvases = await page.$$eval(`[data-test-subj="huntEdaPanel-${PANEL_TYPES.httpResidualTimeline}"] canvas`, (list) => list.map((c) => (c as HTMLCanvasElement).width * (c as HTMLCanvasElement).height));
    expect(canvases.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...canvases)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(BUILD_DIR, 'conformance', `panel-http-residual-${version}.png`) });
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

  it('opens at a dashboard panel\'s drill-down link on the clicked bucket, with Open but not Save for a read-only user', async () => {
    // What the HTTP residual panel hands Hunt EDA's locator when its outlier at 03:00 is clicked.
    const outlier = TIMELINE.outliers[0];
    const params = buildPanelDrillDownParams({
      settings: { dataViewId: 'dv-alerts', fieldMappingPreset: 'ecs' },
      analysis: 'http',
      context: { index: 'logs-suricata-*', timeRange: emulationOptions.time, fieldMappingPreset: 'ecs', homeNetworks: [] },
      query: emulationOptions.query,
      filters: emulationOptions.filters,
      selection: { kind: 'bucket', bucketStart: outlier.bucket_start },
    });
    const location = await page.evaluate(async (locatorParams) => {
      const w = window as unknown as EmulatedWindow;
      const locator = (w.__kibana.setupPlugins as { share: { url: { locators: { get(id: string): { getLocation(p: unknown): Promise<{ app: string; path: string }> } | undefined } } } }).share.url.locators.get('HUNT_EDA_APP_LOCATOR');
      return locator?.getLocation(locatorParams);
    }, params as unknown as Record<string, unknown>);
    expect(location).toEqual({ app: PLUGIN_ID, path: `/${encodeHuntEdaUrlState(params)}`, state: {} });

    await page.evaluate(async (search) => {
      const w = window as unknown as EmulatedWindow;
      const element = document.getElementById('app') as HTMLElement;
      const history = { location: { pathname: '/', search, hash: '', state: undefined }, listen: () => () => undefined, push: () => undefined, replace: () => undefined, createHref: () => '/' };
      w.__unmount = await w.__kibana.records.apps[0].mount({ element, history, appBasePath: '/app/huntEda', onAppLeave: () => undefined, setHeaderActionMenu: () => undefined, theme$: w.__kibana.coreStart.theme.theme$ });
    }, location?.path.slice(1) ?? '');
    await page.waitForSelector('[data-test-subj="huntEdaHttpFlyout"]', { timeout: 15_000 });
    expect(await page.textContent('[data-test-subj="huntEdaHttpFlyout"]')).toContain(`Outlier bucket ${new Date(outlier.bucket_start).toISOString()}`);
    expect(await page.$('[data-test-subj="huntEdaOpenView"]')).not.toBeNull();
    expect(await page.$('[data-test-subj="huntEdaSaveView"]')).toBeNull();
    expect(await page.$('[data-test-subj="huntEdaDeleteView"]')).toBeNull();
    const timelineBody = (await page.evaluate(() => (window as unknown as EmulatedWindow).__kibana.records.httpCalls.filter((c) => c.path.endsWith('/timeline')).at(-1)?.body)) ?? {};
    // The app queried what the panel drew: same time range and n·σ.
    expect(timelineBody).toMatchObject({ time_range: emulationOptions.time, outliers: { threshold: 3 } });
    await page.screenshot({ path: path.join(BUILD_DIR, 'conformance', `drill-down-${version}.png`) });
    await page.evaluate(() => (window as unknown as { __unmount?: () => void }).__unmount?.());
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 30_000);
});
