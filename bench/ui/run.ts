/**
 * The conversations scatter in real Chromium, from data in the page to the chart rendered (Elastic Charts'
 * `data-ech-render-complete`), for the outbreak's 4,818 conversations and 100,000 from the scaled sample,
 * against baselines measured in the same run: a one-conversation scatter (the fixed cost of mounting EUI and
 * a chart; an empty chart never reports render complete) and the same 100,000 drawn undecimated. Also times
 * two interactions (jitter switch, legend toggle) to the next completed render, checks a click on a merged mark opens a real conversation, saves a screenshot of the
 * 100,000 render, and reports the gzipped size of the Kibana bundle (huntEda.plugin.js and its lazy chunks)
 * from `npm run build -- --kibana-version 8.19.21`. Writes bench/results/ui.json (git-ignored).
 *
 *   npm run bench:ui -- [--repeats N] [--skip-build]
 *
 * --skip-build measures the last build's files instead of building (fails if there are none).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { runWebpack } from '../../scripts/build/run_webpack';
import { previewWebpackConfig } from '../../scripts/dev/ui_preview/build_preview_bundle';
import type { BenchRender } from './bench_page';
import type { ConversationColumns } from '../../common/api/conversations';
import { DEFAULT_MAX_SCATTER_POINTS } from '../../public/charts/compute_otr_scatter_model';
import { BENCH_DATASETS, buildBenchColumns, type BenchDatasetId } from './build_bench_columns';

const ROOT = resolve(__dirname, '..', '..');
const CACHE = join(ROOT, '.cache', 'bench_ui');
const BUNDLE = join(CACHE, 'bundle');
const DATA = join(CACHE, 'data');
const SHOT = join(CACHE, 'scatter_scaled_100k.png');
const KIBANA_VERSION = '8.19.21';
const PUBLIC_DIR = join(ROOT, 'build', '.work', `zip-${KIBANA_VERSION}`, 'huntEda', 'target', 'public');
const PLUGIN_JS_GOAL_BYTES = 10 * 1024;
/** No single wait in the page may take longer (the undecimated 100,000 took ~6 s when first probed). */
const PAGE_TIMEOUT_MS = 180_000;
const log = (message: string): void => console.error(`[bench:ui] ${message}`);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function buildBenchBundle(): Promise<void> {
  const base = previewWebpackConfig();
  await runWebpack({
    ...base,
    entry: { bench: join(__dirname, 'bench_page.tsx') },
    output: { ...base.output, path: BUNDLE, publicPath: '/bundle/' },
    cache: { type: 'filesystem', cacheDirectory: join(ROOT, '.cache', 'webpack'), name: 'bench-ui' },
  });
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Hunt EDA UI bench</title></head>
<body><div id="root"></div><script src="/bundle/bench.js"></script></body></html>`;

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, folder, file] = url.pathname.split('/');
    const dir = folder === 'bundle' ? BUNDLE : folder === 'data' ? DATA : undefined;
    if (dir !== undefined && file && !file.includes('..') && existsSync(join(dir, file))) {
      res.writeHead(200, { 'content-type': file.endsWith('.json') ? 'application/json' : 'text/javascript' }).end(readFileSync(join(dir, file)));
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** page.evaluate with a deadline: a render that never completes fails the bench instead of hanging it. */
async function inPage<T>(page: Page, what: string, run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no completed render within ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rows of spread-100k whose plottable conversations (OTR > 0) stay just under DEFAULT_MAX_SCATTER_POINTS. */
const UNDER_THRESHOLD_ROWS = 10_000;

function sliceColumns(columns: ConversationColumns, start: number, end: number): ConversationColumns {
  return {
    signature_id: columns.signature_id.slice(start, end),
    signature_name: columns.signature_name.slice(start, end),
    source_ip: columns.source_ip.slice(start, end),
    destination_ip: columns.destination_ip.slice(start, end),
    first_seen: columns.first_seen.slice(start, end),
    last_seen: columns.last_seen.slice(start, end),
    otr_seconds: columns.otr_seconds.slice(start, end),
    observations: columns.observations.slice(start, end),
    direction: columns.direction.slice(start, end),
  };
}

interface CaseResult {
  readonly label: string;
  readonly conversations: number;
  readonly runs_ms: number[];
  readonly median_ms: number;
  readonly mode: string;
  readonly marks: number;
  readonly merged: number;
}

async function timeRenders(page: Page, label: string, dataset: BenchDatasetId | 'single' | 'spread-10k', conversations: number, repeats: number, maxPoints?: number): Promise<CaseResult> {
  const runs: BenchRender[] = [];
  for (let r = 0; r < repeats; r += 1) {
    runs.push(await inPage(page, label, () => page.evaluate(([name, max]) => window.__benchUi.render(name, max ?? undefined), [dataset, maxPoints ?? null] as const)));
  }
  const last = runs[runs.length - 1];
  const result = { label, conversations, runs_ms: runs.map((r) => Math.round(r.ms)), median_ms: median(runs.map((r) => r.ms)), mode: last.mode, marks: last.marks, merged: last.merged };
  log(`${label}: ${result.runs_ms.join(', ')} ms (${result.mode}, ${fmt(result.marks)} marks)`);
  return result;
}

const JITTER_SWITCH = '[data-test-subj="huntEdaOtrScatter"] button[role="switch"]';
const FIRST_LEGEND_ITEM = '.echLegendItem__label';

async function timeClick(page: Page, label: string, selector: string, repeats: number): Promise<number> {
  const legend = selector === FIRST_LEGEND_ITEM;
  const runs: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    runs.push(await inPage(page, label, () => page.evaluate(([s, frames]) => (frames ? window.__benchUi.framesAfterClick(s) : window.__benchUi.rerenderAfterClick(s)), [selector, legend] as const)));
  }
  log(`${label}: ${runs.map((ms) => Math.round(ms)).join(', ')} ms`);
  return median(runs);
}


/**
 * Hovers the plot on an 8 px grid, bottom row first (where this sample's merged bands are), until the pointer is
 * on a merged mark; clicks there and reads what the chart selected.
 */
async function clickMergedMark(page: Page): Promise<{ row: number; tooltip: string } | null> {
  const box = await page.locator('.echChart canvas').first().boundingBox();
  if (box === null) return null;
  for (let y = box.y + box.height - 8; y > box.y; y -= 8) {
    for (let x = box.x + 8; x < box.x + box.width; x += 8) {
      await page.mouse.move(x, y);
      // The tooltip renders on a later frame than the pointer event.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      // A pointer cursor means a mark is under the pointer (what a click selects); the tooltip also shows near misses.
      const cursor = await page.locator('.echChartPointerContainer').first().evaluate((element) => getComputedStyle(element).cursor);
      if (cursor !== 'pointer' || (await page.locator('[data-test-subj="huntEdaScatterMergedTooltip"]').count()) === 0) continue;
      const tooltip = (await page.locator('[data-test-subj="huntEdaScatterTooltip"]').first().innerText()).replace(/\s+/g, ' ');
      await page.mouse.click(x, y);
      const selections = await page.evaluate(() => window.__benchUi.selections);
      const last = selections[selections.length - 1];
      return last?.kind === 'conversation' ? { row: last.row, tooltip } : null;
    }
  }
  return null;
}

/** Points Elastic Charts says it drew (debug state), to check the marks reported are the marks drawn. */
async function drawnPoints(page: Page, dataset: BenchDatasetId): Promise<number> {
  await page.evaluate(() => {
    window._echDebugStateFlag = true;
  });
  await inPage(page, 'debug render', () => page.evaluate((name) => window.__benchUi.render(name), dataset));
  const state = await page.locator('.echChartStatus').first().getAttribute('data-ech-debug-state');
  await page.evaluate(() => {
    window._echDebugStateFlag = false;
  });
  const parsed = JSON.parse(state ?? '{}') as { lines?: { points: unknown[] }[] };
  return (parsed.lines ?? []).reduce((sum, line) => sum + line.points.length, 0);
}

interface BundleSizes {
  readonly plugin: { readonly bytes: number; readonly gzip_bytes: number };
  readonly chunks: { readonly file: string; readonly bytes: number; readonly gzip_bytes: number }[];
  readonly chunks_gzip_bytes: number;
}

function measureBundle(skipBuild: boolean): BundleSizes {
  if (!skipBuild) {
    log(`building the plugin for Kibana ${KIBANA_VERSION} (npm run build)`);
    execFileSync('npm', ['run', '-s', 'build', '--', '--kibana-version', KIBANA_VERSION], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(PUBLIC_DIR)) throw new Error(`${PUBLIC_DIR} does not exist: run without --skip-build`);
  const size = (file: string) => {
    const content = readFileSync(join(PUBLIC_DIR, file));
    return { file, bytes: content.length, gzip_bytes: gzipSync(content, { level: 9 }).length };
  };
  const plugin = size('huntEda.plugin.js');
  const chunks = readdirSync(PUBLIC_DIR)
    .filter((file) => /^huntEda\.chunk\..+\.js$/.test(file))
    .sort()
    .map(size);
  return { plugin: { bytes: plugin.bytes, gzip_bytes: plugin.gzip_bytes }, chunks, chunks_gzip_bytes: chunks.reduce((sum, c) => sum + c.gzip_bytes, 0) };
}

async function main(): Promise<void> {
  const repeats = Number(option('--repeats') ?? '3');
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--repeats must be a positive integer, got ${option('--repeats')}`);
  const skipBuild = process.argv.includes('--skip-build');

  const columns = buildBenchColumns(CACHE, log);
  mkdirSync(DATA, { recursive: true });
  for (const name of BENCH_DATASETS) writeFileSync(join(DATA, `${name}.json`), JSON.stringify(columns[name]));
  // The baseline's one conversation: the outbreak's first with OTR > 0 (OTR = 0 is left off a log axis).
  const first = columns.outbreak.otr_seconds.findIndex((otr) => otr > 0);
  writeFileSync(join(DATA, 'single.json'), JSON.stringify(sliceColumns(columns.outbreak, first, first + 1)));
  // Just under the default threshold, all drawn: what the largest undecimated chart costs.
  writeFileSync(join(DATA, 'spread-10k.json'), JSON.stringify(sliceColumns(columns['spread-100k'], 0, UNDER_THRESHOLD_ROWS)));
  const count = (name: BenchDatasetId): number => columns[name].otr_seconds.length;
  log('bundling the bench page');
  await buildBenchBundle();

  const server = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  let renders: CaseResult[];
  let interactions: Record<string, number>;
  let click: { row: number; tooltip: string } | null;
  let drawn: number;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => window.__benchUi !== undefined);
    for (const name of [...BENCH_DATASETS, 'single', 'spread-10k']) await page.evaluate((n) => window.__benchUi.load(n), name);

    // Warm-up (JIT, fonts, styles), not recorded.
    await timeRenders(page, 'warm-up', 'outbreak', count('outbreak'), 1);
    await timeRenders(page, 'warm-up', 'scaled-100k', count('scaled-100k'), 1);

    renders = [
      await timeRenders(page, 'one conversation (baseline)', 'single', 1, repeats),
      await timeRenders(page, 'outbreak', 'outbreak', count('outbreak'), repeats),
      await timeRenders(page, 'spread-10k (all, under threshold)', 'spread-10k', UNDER_THRESHOLD_ROWS, repeats),
      await timeRenders(page, 'scaled-100k', 'scaled-100k', count('scaled-100k'), repeats),
      await timeRenders(page, 'spread-100k', 'spread-100k', count('spread-100k'), repeats),
      await timeRenders(page, 'scaled-100k undecimated (baseline)', 'scaled-100k', count('scaled-100k'), 1, 1_000_000_000),
    ];
    interactions = {};
    await timeRenders(page, 'outbreak (for interactions)', 'outbreak', count('outbreak'), 1);
    interactions.outbreak_jitter_ms = await timeClick(page, 'outbreak: jitter switch', JITTER_SWITCH, repeats);
    interactions.outbreak_legend_ms = await timeClick(page, 'outbreak: legend toggle', FIRST_LEGEND_ITEM, repeats);
    await timeRenders(page, 'scaled-100k (for interactions)', 'scaled-100k', count('scaled-100k'), 1);
    interactions.scaled_100k_jitter_ms = await timeClick(page, 'scaled-100k: jitter switch', JITTER_SWITCH, repeats);
    interactions.scaled_100k_legend_ms = await timeClick(page, 'scaled-100k: legend toggle', FIRST_LEGEND_ITEM, repeats);
    await timeRenders(page, 'scaled-100k undecimated (for interactions)', 'scaled-100k', count('scaled-100k'), 1, 1_000_000_000);
    interactions.scaled_100k_undecimated_jitter_ms = await timeClick(page, 'scaled-100k undecimated: jitter switch', JITTER_SWITCH, 1);

    drawn = await drawnPoints(page, 'scaled-100k');
    await page.locator('[data-test-subj="huntEdaOtrScatter"]').screenshot({ path: SHOT });
    click = await clickMergedMark(page);
  } finally {
    await browser.close();
    server.close();
  }

  const bundle = measureBundle(skipBuild);
  const [single, outbreak, underThreshold, scaled, spread, undecimated] = renders;
  if (underThreshold.mode !== 'all' || underThreshold.marks > DEFAULT_MAX_SCATTER_POINTS) throw new Error(`spread-10k should be drawn whole under the threshold, got ${underThreshold.mode}`);
  const ratios = {
    outbreak_over_single: outbreak.median_ms / single.median_ms,
    scaled_100k_over_single: scaled.median_ms / single.median_ms,
    spread_10k_over_outbreak: underThreshold.median_ms / outbreak.median_ms,
    scaled_100k_over_outbreak: scaled.median_ms / outbreak.median_ms,
    spread_100k_over_outbreak: spread.median_ms / outbreak.median_ms,
    undecimated_100k_over_decimated: undecimated.median_ms / scaled.median_ms,
  };

  console.log(`\nScatter: data in the page → data-ech-render-complete, median of ${repeats} (Chromium, headless, no GPU)`);
  console.log('case                                  conversations   mode        marks    merged        ms');
  for (const r of renders) {
    console.log(`${r.label.padEnd(36)}  ${fmt(r.conversations).padStart(13)}   ${r.mode.padEnd(9)} ${fmt(r.marks).padStart(7)} ${fmt(r.merged).padStart(9)} ${fmt(r.median_ms).padStart(9)}`);
  }
  console.log('\nratios');
  console.log(`  outbreak (4,818) / one conversation           ${ratios.outbreak_over_single.toFixed(2)}`);
  console.log(`  scaled-100k (decimated) / one conversation    ${ratios.scaled_100k_over_single.toFixed(2)}`);
  console.log(`  spread-10k (all points) / outbreak          ${ratios.spread_10k_over_outbreak.toFixed(2)}`);
  console.log(`  scaled-100k (decimated) / outbreak          ${ratios.scaled_100k_over_outbreak.toFixed(2)}`);
  console.log(`  spread-100k (decimated) / outbreak          ${ratios.spread_100k_over_outbreak.toFixed(2)}`);
  console.log(`  scaled-100k undecimated / decimated         ${ratios.undecimated_100k_over_decimated.toFixed(2)}`);
  console.log('\ninteractions, median: jitter = click → next render complete; legend = click → second frame after it');
  for (const [name, ms] of Object.entries(interactions)) console.log(`  ${name.padEnd(40)} ${fmt(ms).padStart(7)} ms`);
  console.log(`\npoints Elastic Charts drew for scaled-100k: ${fmt(drawn)} (marks reported: ${fmt(scaled.marks)})`);
  if (click === null) {
    console.log('click on a merged mark: none found under the pointer grid, or the click selected nothing');
  } else {
    const scaledColumns = columns['scaled-100k'];
    const shown = click.tooltip.includes(`${scaledColumns.source_ip[click.row]} → ${scaledColumns.destination_ip[click.row]}`);
    console.log(`click on a merged mark opened conversation row ${click.row}, ${shown ? 'the one its tooltip showed' : 'NOT the one its tooltip showed'}: "${click.tooltip.slice(0, 160)}…"`);
  }
  console.log(`screenshot: ${SHOT}`);
  console.log(`\nKibana ${KIBANA_VERSION} bundle (gzip -9); shared deps (React, EUI, Elastic Charts, …) are Kibana's, not in these files`);
  console.log(`  huntEda.plugin.js     ${kib(bundle.plugin.bytes)} → ${kib(bundle.plugin.gzip_bytes)} gzip (goal ≤ ${kib(PLUGIN_JS_GOAL_BYTES)}: ${bundle.plugin.gzip_bytes <= PLUGIN_JS_GOAL_BYTES ? 'met' : 'NOT met'})`);
  for (const c of bundle.chunks) console.log(`  ${c.file.padEnd(22)}${kib(c.bytes)} → ${kib(c.gzip_bytes)} gzip`);
  console.log(`  lazy chunks, total    ${kib(bundle.chunks_gzip_bytes)} gzip`);

  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'results', 'ui.json'),
    `${JSON.stringify({ measured_at: new Date().toISOString(), repeats, renders, ratios, interactions, drawn_points_scaled_100k: drawn, merged_mark_click: click, bundle }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
