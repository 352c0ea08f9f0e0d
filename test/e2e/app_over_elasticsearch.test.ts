/**
 * The app end to end: `hunt-eda serve --es` as a real process over the real Elasticsearch holding the sample
 * outbreak and HTTP month, the page in Debian's Chromium. What each chart drew is read from Elastic Charts'
 * debug state (`data-ech-debug-state`, switched on by `window._echDebugStateFlag` before the app loads) and
 * checked against the generators' facts and direct route answers. Marks are clicked on the canvas where the
 * chart itself says they are (its hover tooltip and highlighter), and the flyouts they open are read back.
 * Screenshots land in .cache/e2e-screenshots/ for a human to look at.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Client } from '@elastic/elasticsearch';
import type { DebugState, DebugStateAxis, DebugStateLine } from '@elastic/charts';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

import { decodeConversationsResponse } from '../../common/api/conversations';
import type { ConversationsResponse, EncodedConversationsResponse } from '../../common/api/conversations';
import type { TimelineRequestBody, TimelineResponse } from '../../common/api/timeline';
import { buildTimelineRequest } from '../../public/application/lib/build_api_requests';
import { DEFAULT_HTTP_CONTROLS, type HttpControls } from '../../public/application/lib/http_controls';
import type { QueryContext } from '../../public/application/lib/query_context';
import { BYTES_PER_MB } from '../../public/charts/compute_method_box_plot_model';
import { OTR_LOG_FLOOR_HOURS } from '../../public/charts/compute_otr_box_plot_model';
import { formatDuration } from '../../public/charts/format_duration';
import { snapToLogColumns } from '../../public/charts/snap_to_log_columns';
import { encodeHuntEdaUrlState } from '../../public/locator/hunt_eda_url_state';
import {
  ALERTS_INDEX_TEMPLATE,
  buildHttpMonthManifest,
  buildHttpMonthPlan,
  buildOutbreakConversations,
  CONVERSATIONS_PER_SIGNATURE,
  createSampleDocuments,
  HTTP_INDEX_TEMPLATE,
  loadDocuments,
  OUTBREAK_FACTS,
} from '../../server/sample_data';
import { HTTP_MONTH_BUCKETS, OUTLIER_TRANSFER } from '../../server/sample_data/http/http_spec';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { getTestEsUrl } from '../helpers/get_test_es_url';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { findMostIsolatedMark, getAxisScale, type Mark } from './chart_marks';
import { REPO_ROOT } from './run_cli';
import { startServe, type Served } from './start_serve';

// The index templates match `hunt-eda-sample-{alerts,http}*`; names of their own, since other tests load the same samples.
const indices = { outbreak: uniqueIndexName('hunt-eda-sample-alerts-app'), http: uniqueIndexName('hunt-eda-sample-http-app') };
const SCREENSHOTS = path.join(REPO_ROOT, '.cache', 'e2e-screenshots');
const HOME_NETWORKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
const MATCH_ALL = { match_all: {} };
const iso = (ms: number): string => new Date(ms).toISOString();
const RENDER_MS = 240_000;

const manifest = buildHttpMonthManifest(buildHttpMonthPlan());
const outbreakTable = buildOutbreakConversations();
const outbreakRange = { from: iso(OUTBREAK_FACTS.firstAlert), to: iso(OUTBREAK_FACTS.lastAlert + 1000) };
const httpRange = { from: manifest.start, to: manifest.end };

let client: Client;
let served: Served;
let browser: Browser;
let viewsDir: string;

/** A page with Elastic Charts' debug state on, Discover's locator standing in, and every page error collected. */
async function openApp(
  search: string,
): Promise<{ page: Page; errors: string[]; timelineBodies: unknown[]; conversationsAnswers: Promise<ConversationsResponse>[]; discover: () => Promise<unknown[]> }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  const timelineBodies: unknown[] = [];
  const conversationsAnswers: Promise<ConversationsResponse>[] = [];
  page.on('request', (request) => request.url().endsWith('/internal/hunt_eda/timeline') && timelineBodies.push(request.postDataJSON()));
  page.on('response', (response) => {
    if (response.url().endsWith('/internal/hunt_eda/conversations')) conversationsAnswers.push(response.json().then((body) => decodeConversationsResponse(body as EncodedConversationsResponse)));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  await page.addInitScript(() => {
    const recorded: unknown[] = [];
    Object.assign(window, {
      _echDebugStateFlag: true,
      __discoverNavigations: recorded,
      // What Discover registers in Kibana, reduced to the call the app makes; the standalone page has no Discover.
      __discoverLocator: { id: 'DISCOVER_APP_LOCATOR', navigate: (params: unknown) => Promise.resolve(void recorded.push(params)) },
    });
  });
  await page.route('**/standalone/start_app.js', async (route) => {
    const response = await route.fetch();
    const original = await response.text();
    const patched = original.replace('get: function () { return undefined; },', "get: function (id) { return id === 'DISCOVER_APP_LOCATOR' ? window.__discoverLocator : undefined; },");
    if (patched === original) throw new Error('start_app.js no longer has the locators.get stub this test replaces');
    await route.fulfill({ response, body: patched });
  });
  await page.goto(`${served.origin}/${search}`, { waitUntil: 'load' });
  // Charts draw on animation frames, which Chromium withholds from a page it considers in the background.
  await page.bringToFront();
  await page.waitForSelector('[data-test-subj="huntEdaApp"]', { timeout: 60_000 });
  const discover = () => page.evaluate(() => (window as unknown as { __discoverNavigations: unknown[] }).__discoverNavigations);
  return { page, errors, timelineBodies, conversationsAnswers, discover };
}

/**
 * The chart's debug state once `accept` holds: on a completed render, or when the same accepted state has held
 * for two polls. Elastic Charts' render-complete flag can stay false after a re-render whose geometry did not
 * change (seen on CI with every timeline chart fully drawn on screen), while the debug state is computed from
 * the same chart state the canvas draws.
 */
async function debugState(chart: Locator, accept: (state: DebugState) => boolean = () => true): Promise<DebugState> {
  const status = chart.locator('.echChartStatus');
  const deadline = Date.now() + RENDER_MS;
  let last = 'none';
  let previous: string | undefined;
  const page = chart.page();
  while (Date.now() < deadline) {
    if ((await status.count()) === 1) {
      const current = await status.getAttribute('data-ech-debug-state');
      if (current) {
        const state = JSON.parse(current) as DebugState;
        const complete = (await status.getAttribute('data-ech-render-complete')) === 'true';
        if (accept(state) && (complete || current === previous)) return state;
        last = current;
      }
      previous = current ?? undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const charts = await page.$$eval('.echChartStatus', (elements) =>
    elements.map((element) => `${element.closest('[data-test-subj]')?.getAttribute('data-test-subj')} complete=${element.getAttribute('data-ech-render-complete')} count=${element.getAttribute('data-ech-render-count')}`),
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, 'failed_wait.png'), fullPage: true });
  throw new Error(`the chart's debug state never became what the test waits for (charts: ${charts.join('; ')}); last: ${last.slice(0, 2000)}`);
}

function line(state: DebugState, name: string): DebugStateLine {
  const found = state.lines?.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no line "${name}" among ${state.lines?.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

/** Tick value → label of an ordinal-like axis (categories drawn at 0, 1, 2…). */
function labelOf(axis: DebugStateAxis | undefined, value: number): string {
  const index = axis?.values.indexOf(value) ?? -1;
  if (!axis || index < 0) throw new Error(`no tick at ${value}`);
  return axis.labels[index];
}

const translateOf = (transform: string | null): [number, number] => {
  const match = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(transform ?? '');
  if (!match) throw new Error(`not a translate: ${transform}`);
  return [Number(match[1]), Number(match[2])];
};

/** Page positions of the marks Elastic Charts highlights under the pointer (its SVG highlighter layer). */
async function highlightedMarks(chart: Locator): Promise<{ x: number; y: number }[]> {
  const svg = await chart.locator('.echHighlighter').boundingBox();
  if (!svg) return [];
  const groups = await chart.locator('.echHighlighter g[transform]').evaluateAll((elements) =>
    elements.flatMap((g) => [...g.querySelectorAll('path[transform]')].map((mark) => [g.getAttribute('transform'), mark.getAttribute('transform')] as const)),
  );
  return groups.map(([panel, mark]) => {
    const [px, py] = translateOf(panel);
    const [mx, my] = translateOf(mark);
    return { x: svg.x + px + mx, y: svg.y + py + my };
  });
}

/**
 * The translate of the panel Elastic Charts highlights a mark in, once the pointer, moved over the chart at
 * the given shares of its width and height, is over one (the first translate of its highlighter layer).
 */
async function findPanelTranslate(chart: Locator, shares: ReadonlyArray<readonly [number, number]>): Promise<[number, number]> {
  const page = chart.page();
  const box = await chart.locator('.echChartPointerContainer').boundingBox();
  if (!box) throw new Error('the chart has no box');
  const highlighter = chart.locator('.echHighlighter g[transform]');
  for (const [across, down] of shares) {
    await page.mouse.move(box.x + box.width * across, box.y + box.height * down, { steps: 3 });
    await page.waitForTimeout(150);
    if ((await highlighter.count()) > 0) return translateOf(await highlighter.first().getAttribute('transform'));
  }
  throw new Error(`nothing highlighted at ${JSON.stringify(shares)}`);
}

/** Moves the pointer onto a page position in small steps and waits for the chart to follow. */
async function pointAt(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x - 12, y - 12, { steps: 2 });
  await page.waitForTimeout(100);
  await page.mouse.move(x, y, { steps: 4 });
  await page.waitForTimeout(250);
}

/** The conversation flyout's title, facts and raw events, once its events have loaded. */
async function readConversationFlyout(page: Page): Promise<{ source: string; destination: string; text: string; eventsCount: string; sourceCells: string[] }> {
  const flyout = page.locator('[data-test-subj="huntEdaConversationFlyout"]');
  await flyout.waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('[data-test-subj="huntEdaConversationFlyout"] h2')?.textContent?.startsWith('Conversation '), undefined, { timeout: 30_000 });
  const [, source, destination] = /^Conversation (\S+) → (\S+)$/.exec((await flyout.locator('h2').innerText()).trim()) ?? [];
  const eventsCount = flyout.locator('[data-test-subj="huntEdaRawEventsCount"]');
  await eventsCount.waitFor({ timeout: 60_000 });
  return {
    source,
    destination,
    text: await flyout.innerText(),
    eventsCount: await eventsCount.innerText(),
    sourceCells: await flyout.locator('[data-test-subj="huntEdaRawEventCell-source.ip"]').allInnerTexts(),
  };
}

/** Whether the raw events' count line agrees with a conversation's observations (one event per observation). */
function countedEvents(line: string, observations: number): boolean {
  const atLeast = /more than ([\d,]+) events/.exec(line);
  if (atLeast) return Number(atLeast[1].replace(/,/g, '')) < observations;
  return line.includes(`${observations.toLocaleString('en-US')} events`);
}

/** The conversation a flyout must show: its key facts and, in its raw events, its own source. */
interface ExpectedConversation {
  readonly signatureId: string;
  readonly source: string;
  readonly destination: string;
  readonly observations: number;
}

/** The open flyout shows exactly this conversation, with raw events of its source. */
async function expectConversationFlyout(page: Page, expected: ExpectedConversation): Promise<void> {
  const flyout = await readConversationFlyout(page);
  expect({ source: flyout.source, destination: flyout.destination }).toEqual({ source: expected.source, destination: expected.destination });
  expect(flyout.text).toContain(expected.signatureId);
  expect(flyout.text).toMatch(new RegExp(`Observations\\s+${expected.observations}\\b`));
  expect(countedEvents(flyout.eventsCount, expected.observations)).toBe(true);
  expect(flyout.sourceCells.length).toBeGreaterThan(0);
  expect(flyout.sourceCells.every((cell) => cell.includes(expected.source))).toBe(true);
}

async function tooltipText(page: Page): Promise<string> {
  const tooltip = page.locator('.echTooltip');
  return (await tooltip.count()) > 0 ? tooltip.first().innerText() : '';
}

/** The whole page, or only the viewport when a flyout is open (a fixed flyout lands mid-page in a full-page shot). */
async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

async function postTimeline(body: TimelineRequestBody): Promise<TimelineResponse> {
  const response = await fetch(`${served.origin}/internal/hunt_eda/timeline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-elastic-internal-origin': 'Kibana' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`timeline answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TimelineResponse;
}

/** The outlier buckets the view should draw: the route's, less those on empty buckets (gaps = missing). */
function viewOutliers(response: TimelineResponse): number[] {
  const empty = new Set(response.bucket_starts.filter((_, i) => response.values[i] === 0));
  return response.outliers.map((outlier) => outlier.bucket_start).filter((start) => !empty.has(start)).sort((a, b) => a - b);
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  client = createTestEsClient();
  for (const [dataset, index, template] of [
    ['http', indices.http, HTTP_INDEX_TEMPLATE],
    ['outbreak', indices.outbreak, ALERTS_INDEX_TEMPLATE],
  ] as const) {
    const { total, documents } = createSampleDocuments(dataset);
    const loaded = await loadDocuments({ client, index, template, documents });
    expect(loaded.documents).toBe(total);
  }
  viewsDir = await mkdtemp(path.join(tmpdir(), 'hunt-eda-e2e-views-'));
  served = await startServe(['--es', getTestEsUrl(), '--views-dir', viewsDir], 900_000);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-background-timer-throttling'],
  });
}, 2_400_000);

afterAll(async () => {
  await browser?.close();
  if (served) expect(await served.stop()).toBe(0);
  await client?.indices.delete({ index: [indices.outbreak, indices.http], ignore_unavailable: true });
  await client?.close();
  if (viewsDir) await rm(viewsDir, { recursive: true, force: true });
}, 120_000);

describe('the conversations view over the outbreak', () => {
  it('draws the five signature columns, the scatter\'s direction facets and every conversation with OTR > 0', async () => {
    const { page, errors } = await openApp(
      encodeHuntEdaUrlState({ index: indices.outbreak, analysis: 'conversations', fieldMappingPreset: 'ecs', timeRange: outbreakRange, queryDsl: MATCH_ALL, homeNetworks: HOME_NETWORKS }),
    );
    try {
      const columns = await debugState(page.locator('[data-test-subj="huntEdaSignatureCounts"]'), (state) => (state.bars?.[0]?.bars.length ?? 0) > 0);
      const bars = columns.bars?.[0]?.bars ?? [];
      const perSignature = Object.fromEntries(bars.map((bar) => [labelOf(columns.axes?.x[0], Number(bar.x)), bar.y]));
      expect(bars).toHaveLength(OUTBREAK_FACTS.signatures);
      expect(perSignature[OUTBREAK_FACTS.doublepulsarSignatureId]).toBe(OUTBREAK_FACTS.doublepulsarConversations);
      expect(perSignature).toEqual(CONVERSATIONS_PER_SIGNATURE);

      // The generator's own table: a log axis has no 0, so conversations with OTR = 0 are left out (the default rule).
      const plotted = outbreakTable.filter((conversation) => conversation.otrSeconds > 0);
      const scatter = await debugState(page.locator('[data-test-subj="huntEdaOtrScatter"]'), (state) => (state.lines?.length ?? 0) > 0);
      const facetOf = (key: string) => /smH\{([^}]*)\}/.exec(key)?.[1];
      const lines = scatter.lines ?? [];
      const drawn = lines.reduce((sum, series) => sum + series.points.length, 0);
      expect(drawn).toBe(plotted.length);
      expect(OUTBREAK_FACTS.conversations - drawn).toBe(outbreakTable.length - plotted.length);
      expect([...new Set(lines.map((series) => facetOf(series.key)))].sort()).toEqual(['internal_to_external', 'internal_to_internal']);
      for (const series of lines) {
        const signatureId = series.name.split(' ')[0];
        const expected = plotted.filter((conversation) => conversation.direction === facetOf(series.key) && conversation.signatureId === signatureId);
        expect({ series: series.key, points: series.points.length }).toEqual({ series: series.key, points: expected.length });
      }
      // The outbound facet point by point: the 32 conversations of 2830018, at (OTR in hours on the chart's
      // hit-test columns, observations).
      const outbound = lines.filter((series) => facetOf(series.key) === 'internal_to_external').flatMap((series) => series.points.map((point) => [Number(point.x), point.y]));
      const drawnHours = snapToLogColumns(plotted.map((conversation) => conversation.otrSeconds / 3600));
      const expectedOutbound = plotted.flatMap((conversation, i) => (conversation.direction === 'internal_to_external' ? [[drawnHours[i], conversation.observations]] : []));
      const byX = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1];
      expect(outbound.sort(byX).map(([x, y]) => [Number(x.toPrecision(9)), y])).toEqual(expectedOutbound.sort(byX).map(([x, y]) => [Number(x.toPrecision(9)), y]));
      expect(outbound).toHaveLength(OUTBREAK_FACTS.internalToExternalConversations);
      await expect(page.locator('[data-test-subj="huntEdaScatterMode"]').innerText()).resolves.toContain(`All ${plotted.length.toLocaleString('en-US')} conversations drawn`);

      // One colour per signature: each box is drawn in its scatter series' colour, and no two signatures share one.
      const boxPlots = await debugState(page.locator('[data-test-subj="huntEdaOtrBoxPlots"]'), (state) => (state.annotations?.length ?? 0) > 0);
      const boxColors = Object.fromEntries(
        (boxPlots.annotations ?? []).filter((annotation) => annotation.id.startsWith('box-')).map((annotation) => [annotation.id.slice('box-'.length), (annotation.style as { fill?: string }).fill]),
      );
      expect(Object.keys(boxColors).sort()).toEqual(Object.keys(CONVERSATIONS_PER_SIGNATURE).sort());
      expect(new Set(Object.values(boxColors)).size).toBe(OUTBREAK_FACTS.signatures);
      for (const series of lines) expect({ series: series.name, color: series.color }).toEqual({ series: series.name, color: boxColors[series.name.split(' ')[0]] });
      await screenshot(page, 'conversations');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 600_000);

  it('opens a column\'s conversations on a canvas click, then one conversation with its raw events and its Discover link', async () => {
    const { page, errors, discover } = await openApp(
      encodeHuntEdaUrlState({ index: indices.outbreak, analysis: 'conversations', fieldMappingPreset: 'ecs', timeRange: outbreakRange, queryDsl: MATCH_ALL, homeNetworks: HOME_NETWORKS }),
    );
    try {
      const chart = page.locator('[data-test-subj="huntEdaSignatureCounts"]');
      await debugState(chart, (state) => (state.bars?.[0]?.bars.length ?? 0) > 0);
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.locator('.echChartPointerContainer').boundingBox();
      if (!box) throw new Error('the column chart has no box');
      const doublepulsar = outbreakTable.find((conversation) => conversation.signatureId === OUTBREAK_FACTS.doublepulsarSignatureId)?.signature ?? '';
      // Sweep the pointer across the chart: the tooltip names the column's signature over its whole band; the
      // middle of that band is on the column (the tallest, so mid-height is on it too).
      const named: number[] = [];
      for (let step = 1; step < 60; step++) {
        const x = box.x + (box.width * step) / 60;
        await page.mouse.move(x, box.y + box.height * 0.6);
        await page.waitForTimeout(50);
        if ((await tooltipText(page)).startsWith(doublepulsar)) named.push(x);
      }
      if (named.length === 0) throw new Error(`no tooltip named "${doublepulsar}" across the column chart`);
      const middle = (named[0] + named[named.length - 1]) / 2;
      await page.mouse.move(middle, box.y + box.height * 0.6);
      expect(await tooltipText(page)).toContain(OUTBREAK_FACTS.doublepulsarConversations.toLocaleString('en-US'));
      await page.mouse.click(middle, box.y + box.height * 0.6);
      const flyout = page.locator('[data-test-subj="huntEdaConversationFlyout"]');
      await flyout.waitFor({ timeout: 30_000 });
      const links = flyout.locator('[data-test-subj="huntEdaFlyoutConversationLink"]');
      await links.first().waitFor({ timeout: 30_000 });
      expect(await flyout.innerText()).toContain(OUTBREAK_FACTS.doublepulsarSignatureId);

      await links.first().click();
      await page.waitForFunction(() => document.querySelector('[data-test-subj="huntEdaConversationFlyout"] h2')?.textContent?.startsWith('Conversation '), undefined, { timeout: 30_000 });
      const title = (await flyout.locator('h2').innerText()).trim();
      const [, source, destination] = /^Conversation (\S+) → (\S+)$/.exec(title) ?? [];
      const conversation = outbreakTable.find((c) => c.signatureId === OUTBREAK_FACTS.doublepulsarSignatureId && c.sourceIp === source && c.destinationIp === destination);
      if (!conversation) throw new Error(`the flyout shows "${title}", which is no 2024216 conversation of the outbreak`);
      const text = await flyout.innerText();
      expect(text).toContain(String(conversation.observations));
      expect(text).toContain(iso(conversation.firstSeen));
      expect(text).toContain(iso(conversation.lastSeen));
      const events = flyout.locator('[data-test-subj="huntEdaRawEventsCount"]');
      await events.waitFor({ timeout: 60_000 });
      expect(await flyout.locator('[data-test-subj="huntEdaRawEventCell-source.ip"]').first().innerText()).toContain(source);
      await screenshot(page, 'conversation_flyout', false);

      await flyout.locator('[data-test-subj="huntEdaOpenInDiscover"]').click();
      const navigations = (await discover()) as Array<{ dataViewSpec?: { title?: string }; timeRange?: unknown; filters?: Array<{ meta: { key?: string; params?: unknown } }> }>;
      expect(navigations).toHaveLength(1);
      expect(navigations[0].dataViewSpec?.title).toBe(indices.outbreak);
      expect(navigations[0].timeRange).toEqual({ from: iso(conversation.firstSeen), to: iso(conversation.lastSeen + 1) });
      expect(navigations[0].filters?.map((filter) => [filter.meta.key, filter.meta.params])).toEqual([
        ['rule.id', { query: OUTBREAK_FACTS.doublepulsarSignatureId }],
        ['source.ip', { query: source }],
        ['destination.ip', { query: destination }],
      ]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 600_000);

  it('opens the conversation of a scatter point and of a box-plot outlier on a canvas click, with its raw events', async () => {
    const { page, errors, conversationsAnswers } = await openApp(
      encodeHuntEdaUrlState({ index: indices.outbreak, analysis: 'conversations', fieldMappingPreset: 'ecs', timeRange: outbreakRange, queryDsl: MATCH_ALL, homeNetworks: HOME_NETWORKS }),
    );
    try {
      const scatterChart = page.locator('[data-test-subj="huntEdaOtrScatter"]');
      const scatter = await debugState(scatterChart, (state) => (state.lines?.length ?? 0) > 0);
      expect(conversationsAnswers).toHaveLength(1);
      const { conversations: columns, otr_box_stats: boxStats } = await conversationsAnswers[0];
      const conversationOf = (row: number) => ({
        signatureId: columns.signature_id[row],
        source: columns.source_ip[row],
        destination: columns.destination_ip[row],
        observations: columns.observations[row],
      });

      // Every drawn point, at its pixel in its facet (from the axes' ticks), with the route's rows drawn there:
      // the model draws the rows with OTR > 0, each at its OTR in hours on the hit-test columns.
      type ScatterPoint = { facet: string; rows: number[] };
      const plottedRows = columns.otr_seconds.flatMap((otr, row) => (otr > 0 ? [row] : []));
      // Chromium's Math.exp may differ from Node's in the last bit.
      const sameDrawnValue = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.abs(b);
      const drawnHours = new Map(snapToLogColumns(plottedRows.map((row) => columns.otr_seconds[row] / 3600)).map((hours, k) => [plottedRows[k], hours]));
      const scatterX = getAxisScale(scatter.axes?.x[0] as DebugStateAxis, 'x', 'log');
      const scatterY = getAxisScale(scatter.axes?.y[0] as DebugStateAxis, 'y', 'log');
      const points: Mark<ScatterPoint>[] = (scatter.lines ?? []).flatMap((series) => {
        const facet = /smH\{([^}]*)\}/.exec(series.key)?.[1] ?? '';
        const signatureId = series.name.split(' ')[0];
        return series.points.map((point) => ({
          x: scatterX(Number(point.x)),
          y: scatterY(point.y),
          item: {
            facet,
            rows: plottedRows.filter((row) => columns.signature_id[row] === signatureId && columns.direction[row] === facet && columns.observations[row] === point.y && sameDrawnValue(drawnHours.get(row) ?? NaN, Number(point.x))),
          },
        }));
      });
      expect(points.every((point) => point.item.rows.length > 0)).toBe(true);
      // The outbound facet (the 32 WannaCry conversations to the internet) sits beside the dense internal one,
      // whose points used to capture the pointer: its most isolated point drawn for one conversation.
      const outbound = points.filter((point) => point.item.facet === 'internal_to_external');
      expect(outbound).toHaveLength(OUTBREAK_FACTS.internalToExternalConversations);
      const target = findMostIsolatedMark(outbound.filter((point) => point.item.rows.length === 1), points).mark;
      const expected = conversationOf(target.item.rows[0]);

      // Panel origins: the internal facet's from the highlighter over one of its points; the outbound facet is
      // the first panel of Elastic Charts' band scale (inner padding 0.1, no outer), one step = width / 1.9 before it.
      await scatterChart.scrollIntoViewIfNeeded();
      const [internalLeft, panelTop] = await findPanelTranslate(scatterChart, [0.72, 0.76, 0.8, 0.68, 0.64].flatMap((across) => [0.62, 0.3, 0.66, 0.7].map((down) => [across, down] as const)));
      const plotWidth = Number(await scatterChart.locator('.echHighlighter clipPath rect').getAttribute('width'));
      const outboundLeft = internalLeft - plotWidth / 1.9;
      const svg = await scatterChart.locator('.echHighlighter').boundingBox();
      if (!svg) throw new Error('the scatter has no highlighter layer');
      const pageOf = (point: Mark<unknown>) => ({ x: svg.x + outboundLeft + point.x, y: svg.y + panelTop + point.y });

      // Every outbound point answers the pointer: its tooltip names it, or a conversation drawn under the pointer with it (within 4.5 px: radius 2.5, the 1 px buffer, pixel rounding).
      const nameOf = (row: number) => `${columns.source_ip[row]} → ${columns.destination_ip[row]}`;
      const unanswered: string[] = [];
      for (const point of outbound) {
        const at = pageOf(point);
        await pointAt(page, at.x, at.y);
        const tooltip = await tooltipText(page);
        const near = outbound.filter((other) => Math.hypot(other.x - point.x, other.y - point.y) <= 4.5).flatMap((other) => other.item.rows);
        if (!near.some((row) => tooltip.includes(nameOf(row)))) unanswered.push(`${nameOf(point.item.rows[0])}: "${tooltip.slice(0, 80)}"`);
      }
      expect(unanswered).toEqual([]);
      // In the dense internal facet, every point with no other mark within 5 px answers with itself.
      const internal = points.filter((point) => point.item.facet === 'internal_to_internal');
      const alone = internal.filter((point) => point.item.rows.length === 1 && internal.every((other) => other === point || Math.hypot(other.x - point.x, other.y - point.y) >= 5));
      expect(alone.length).toBeGreaterThan(20);
      for (const point of alone) {
        await pointAt(page, svg.x + internalLeft + point.x, svg.y + panelTop + point.y);
        const tooltip = await tooltipText(page);
        if (!tooltip.includes(nameOf(point.item.rows[0]))) unanswered.push(`${nameOf(point.item.rows[0])}: "${tooltip.slice(0, 80)}"`);
      }
      expect(unanswered).toEqual([]);

      const at = pageOf(target);
      await pointAt(page, at.x, at.y);
      expect(await tooltipText(page)).toContain(`${expected.source} → ${expected.destination}`);
      const marks = await highlightedMarks(scatterChart);
      expect(marks.some((mark) => Math.hypot(mark.x - at.x, mark.y - at.y) < 1.5)).toBe(true);
      await screenshot(page, 'scatter_point_hover', false);
      await page.mouse.click(at.x, at.y);
      await expectConversationFlyout(page, expected);
      await screenshot(page, 'scatter_point_flyout', false);
      await page.locator('[data-test-subj="huntEdaConversationFlyout"] [data-test-subj="euiFlyoutCloseButton"]').click();
      await page.locator('[data-test-subj="huntEdaConversationFlyout"]').waitFor({ state: 'detached', timeout: 30_000 });

      // The box plots' outliers, each at its signature's column and its OTR in hours (raised to the log
      // floor), with the route's outlier rows of that signature drawn there. The stacks above the boxes are
      // marks overlapping within their radius, where the pointer cannot tell one from another; click the
      // outlier farthest from any other.
      const boxChart = page.locator('[data-test-subj="huntEdaOtrBoxPlots"]');
      const boxes = await debugState(boxChart, (state) => (state.lines ?? []).some((series) => series.key.includes('spec{otrOutliers}') && series.points.length > 0));
      const boxX = getAxisScale(boxes.axes?.x[0] as DebugStateAxis, 'x', 'linear');
      const boxY = getAxisScale(boxes.axes?.y[0] as DebugStateAxis, 'y', 'log');
      const outlierSeries = (boxes.lines ?? []).find((series) => series.key.includes('spec{otrOutliers}'));
      const outliers: Mark<{ rows: number[] }>[] = (outlierSeries?.points ?? []).map((point) => {
        const signatureId = labelOf(boxes.axes?.x[0], Number(point.x)).trim();
        const rows = boxStats.find((stats) => stats.signature_id === signatureId)?.outlier_rows ?? [];
        return { x: boxX(Number(point.x)), y: boxY(point.y), item: { rows: rows.filter((row) => Math.max(columns.otr_seconds[row] / 3600, OTR_LOG_FLOOR_HOURS) === point.y) } };
      });
      expect(outliers.length).toBe(boxStats.reduce((sum, stats) => sum + stats.outlier_rows.length, 0));
      expect(outliers.every((point) => point.item.rows.length > 0)).toBe(true);
      const { mark: outlier } = findMostIsolatedMark(outliers.filter((point) => point.item.rows.length === 1), outliers);
      const expectedOutlier = conversationOf(outlier.item.rows[0]);
      await boxChart.scrollIntoViewIfNeeded();
      const [plotLeft, plotTop] = await findPanelTranslate(boxChart, [0.5, 0.3, 0.7, 0.1, 0.9].map((across) => [across, 0.4] as const));
      const boxSvg = await boxChart.locator('.echHighlighter').boundingBox();
      if (!boxSvg) throw new Error('the box plots have no highlighter layer');
      const outlierAt = { x: boxSvg.x + plotLeft + outlier.x, y: boxSvg.y + plotTop + outlier.y };
      await pointAt(page, outlierAt.x, outlierAt.y);
      expect(await tooltipText(page)).toContain(formatDuration(columns.otr_seconds[outlier.item.rows[0]]));
      await screenshot(page, 'box_outlier_hover', false);
      await page.mouse.click(outlierAt.x, outlierAt.y);
      await expectConversationFlyout(page, expectedOutlier);
      await screenshot(page, 'box_outlier_flyout', false);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 600_000);
});

describe('the HTTP view over the HTTP month', () => {
  const controls: HttpControls = { ...DEFAULT_HTTP_CONTROLS, methods: ['POST', 'PUT'], externalDestinationsOnly: true, gaps: 'missing', threshold: 3 };
  const context: QueryContext = { index: indices.http, timeRange: httpRange, query: MATCH_ALL, fieldMappingPreset: 'ecs', homeNetworks: HOME_NETWORKS };
  const planted = manifest.anomalies.map((anomaly) => Date.parse(anomaly.bucketStart)).sort((a, b) => a - b);

  it('draws the buckets, the planted outliers at 3σ and 4σ, classical and STL as the route answers, and the >1 GB PUT', async () => {
    const { page, errors, timelineBodies: sent } = await openApp(
      encodeHuntEdaUrlState({ index: indices.http, analysis: 'http', fieldMappingPreset: 'ecs', timeRange: httpRange, queryDsl: MATCH_ALL, homeNetworks: HOME_NETWORKS, httpControls: controls }),
    );
    try {
      const observedChart = page.locator('[data-test-subj="huntEdaTimelineObserved"]');
      const residualChart = page.locator('[data-test-subj="huntEdaTimelineResidual"]');
      const residualOutliers = (state: DebugState) => line(state, 'Outlier buckets').points.map((point) => Number(point.x)).sort((a, b) => a - b);
      const same = (expected: number[]) => (state: DebugState) => JSON.stringify(residualOutliers(state)) === JSON.stringify(expected);

      // Classical, 3σ: the body the app sent is the one this test builds, and the route's answer is what it drew.
      const classical3 = await postTimeline(buildTimelineRequest(context, controls));
      expect(classical3.bucket_starts).toHaveLength(HTTP_MONTH_BUCKETS);
      const empty = classical3.bucket_starts.filter((_, i) => classical3.values[i] === 0).map(iso);
      expect(empty).toEqual(manifest.gaps);
      const observed = await debugState(observedChart, (state) => (state.lines?.length ?? 0) > 0);
      const requests = line(observed, 'requests').points;
      expect(requests).toHaveLength(HTTP_MONTH_BUCKETS - manifest.gaps.length);
      const valueAt = new Map(classical3.bucket_starts.map((start, i) => [start, classical3.values[i]]));
      expect(requests.every((point) => valueAt.get(Number(point.x)) === point.y)).toBe(true);
      const at3 = residualOutliers(await debugState(residualChart, same(viewOutliers(classical3))));
      expect(sent).toEqual([buildTimelineRequest(context, controls)]);
      expect(at3).toEqual(expect.arrayContaining(planted));
      for (const anomaly of manifest.anomalies) {
        expect(Math.sign(classical3.outliers.find((outlier) => outlier.bucket_start === Date.parse(anomaly.bucketStart))?.residual ?? 0)).toBe(anomaly.sign);
      }
      await screenshot(page, 'http_classical_3sigma');

      // n = 4: exactly the planted buckets.
      const classical4 = await postTimeline(buildTimelineRequest(context, { ...controls, threshold: 4 }));
      await page.fill('[data-test-subj="huntEdaThresholdInput"]', '4');
      const at4 = residualOutliers(await debugState(residualChart, same(viewOutliers(classical4))));
      expect(at4).toEqual(planted);
      expect(at4.length).toBeLessThan(at3.length);

      // Robust STL at 4σ: the route's own set, which differs from the classical one.
      const stl4 = await postTimeline(buildTimelineRequest(context, { ...controls, threshold: 4, decomposition: 'stl' }));
      await page.click('[data-test-subj="huntEdaStl"]');
      const stl = residualOutliers(await debugState(residualChart, same(viewOutliers(stl4))));
      expect(stl).toEqual(expect.arrayContaining(planted));
      expect(stl).not.toEqual(at4);
      expect(sent.at(-1)).toEqual(buildTimelineRequest(context, { ...controls, threshold: 4, decomposition: 'stl' }));
      await screenshot(page, 'http_stl_4sigma');

      // The bytes-out box plot: the one transfer above 1 GB is the PUT outlier at the top.
      const boxes = await debugState(page.locator('[data-test-subj="huntEdaMethodBoxPlot"]'), (state) => (state.lines?.length ?? 0) > 0);
      const transfers = line(boxes, 'Outlier transfers').points;
      const largest = transfers.reduce((top, point) => (point.y > top.y ? point : top));
      expect(largest.y).toBeCloseTo(OUTLIER_TRANSFER.bytes / BYTES_PER_MB, 6);
      expect(labelOf(boxes.axes?.x[0], Number(largest.x))).toBe(OUTLIER_TRANSFER.method);
      expect(transfers.filter((point) => point.y * BYTES_PER_MB > 1e9)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 900_000);

  it('opens an outlier bucket\'s hosts and domains on a canvas click', async () => {
    const { page, errors } = await openApp(
      encodeHuntEdaUrlState({ index: indices.http, analysis: 'http', fieldMappingPreset: 'ecs', timeRange: httpRange, queryDsl: MATCH_ALL, homeNetworks: HOME_NETWORKS, httpControls: controls }),
    );
    try {
      const answer = await postTimeline(buildTimelineRequest(context, controls));
      const chart = page.locator('[data-test-subj="huntEdaTimelineResidual"]');
      await debugState(chart, (state) => line(state, 'Outlier buckets').points.length > 0);
      const biggest = answer.outliers.reduce((top, outlier) => (outlier.score > top.score ? outlier : top));
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.locator('.echChartPointerContainer').boundingBox();
      if (!box) throw new Error('the residual chart has no box');
      // The time axis spans the first to the last bucket start; the plot's left edge and width come from the
      // highlighter Elastic Charts draws (its clip rectangle, and the plot's translate once a point is hovered).
      const highlighter = chart.locator('.echHighlighter g[transform]');
      for (const share of [0.3, 0.45, 0.6, 0.75]) {
        if ((await highlighter.count()) > 0) break;
        await page.mouse.move(box.x + box.width * share, box.y + box.height / 2, { steps: 3 });
        await page.waitForTimeout(200);
      }
      await highlighter.first().waitFor({ state: 'attached', timeout: 10_000 });
      const [plotLeft] = translateOf(await highlighter.first().getAttribute('transform'));
      const plotWidth = Number(await chart.locator('.echHighlighter clipPath rect').getAttribute('width'));
      const [first, last] = [answer.bucket_starts[0], answer.bucket_starts[answer.bucket_starts.length - 1]];
      const x = box.x + plotLeft + ((biggest.bucket_start - first) / (last - first)) * plotWidth;
      await page.mouse.move(x, box.y + box.height / 2);
      await page.waitForTimeout(200);
      expect(await tooltipText(page)).toContain(iso(biggest.bucket_start).slice(0, 16).replace('T', ' '));
      const marks = await highlightedMarks(chart);
      expect(marks.length).toBeGreaterThan(0);
      // The outlier is drawn where the residual line is at that bucket; click on it.
      await page.mouse.click(marks[0].x, marks[0].y);
      const flyout = page.locator('[data-test-subj="huntEdaHttpFlyout"]');
      await flyout.waitFor({ timeout: 30_000 });
      await flyout.locator('[data-test-subj="huntEdaRawEventsCount"]').waitFor({ timeout: 60_000 });
      const text = await flyout.innerText();
      expect(text).toContain(`Outlier bucket ${iso(biggest.bucket_start)}`);
      for (const term of [...(biggest.top_sources ?? []), ...(biggest.top_destinations ?? []), ...(biggest.top_domains ?? [])]) {
        expect(text).toContain(term.value);
      }
      expect((biggest.top_sources ?? []).length).toBeGreaterThan(0);
      await screenshot(page, 'http_bucket_flyout', false);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 600_000);
});
