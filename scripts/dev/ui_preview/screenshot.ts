/**
 * Opens the UI preview (serve.ts must be running) in Debian's Chromium and saves screenshots of both views,
 * a conversation flyout and an outlier-bucket flyout into .cache/ui_preview/shots/.
 *   npx tsx scripts/dev/ui_preview/screenshot.ts [--url http://localhost:5650]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const SHOTS = path.resolve(__dirname, '..', '..', '..', '.cache', 'ui_preview', 'shots');

async function waitForCharts(page: Page, minimum: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('.echChartStatus[data-ech-render-complete="true"]').length >= n,
    minimum,
    { timeout: 180_000 },
  );
  await page.waitForTimeout(500);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const base = args.includes('--url') ? args[args.indexOf('--url') + 1] : 'http://localhost:5650';
  await mkdir(SHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.log(`[browser ${message.type()}] ${message.text().slice(0, 300)}`);
    });
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));

    let started = Date.now();
    await page.goto(`${base}/?view=conversations`);
    await waitForCharts(page, 3);
    console.log(`conversations view: charts rendered ${Date.now() - started} ms after navigation`);
    await page.screenshot({ path: path.join(SHOTS, 'conversations.png'), fullPage: true });

    await page.locator('[data-test-subj="huntEdaOpenConversation"]').first().click();
    await page.locator('[data-test-subj="huntEdaConversationFlyout"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'conversation_flyout.png') });
    await page.locator('[data-test-subj="huntEdaOpenInDiscover"]').click();
    const calls = await page.evaluate(() => window.__huntEdaDiscoverCalls);
    console.log(`discover calls: ${JSON.stringify(calls)}`);
    await page.keyboard.press('Escape');

    started = Date.now();
    await page.goto(`${base}/?view=http`);
    await waitForCharts(page, 6);
    console.log(`http view: charts rendered ${Date.now() - started} ms after navigation`);
    await page.screenshot({ path: path.join(SHOTS, 'http.png'), fullPage: true });

    started = Date.now();
    await page.locator('[data-test-subj="huntEdaStl"]').click();
    await page.locator('[data-test-subj="huntEdaGapsMissing"]').click();
    await page.waitForFunction(() => document.querySelector('[data-test-subj="huntEdaTimelinePanel"]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 400_000 });
    await waitForCharts(page, 6);
    console.log(`http view with robust STL and gaps as missing: ${Date.now() - started} ms`);
    await page.locator('[data-test-subj="huntEdaTimelinePanel"]').screenshot({ path: path.join(SHOTS, 'http_stl_missing.png') });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
