/**
 * Saved views end to end: `hunt-eda serve --views-dir` as a real process, the app page (the Kibana zip's
 * bundle) in Chromium, two analysts in two tabs editing the same view. Save, reopen by link, a concurrent
 * edit stopped as a conflict and saved as a new view, delete with confirmation, open from the list, share.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BIN, REAL_DATA, REPO_ROOT } from './run_cli';

jest.setTimeout(300_000);

let child: ChildProcess;
let origin: string;
let viewsDir: string;
let browser: Browser;
let stderr = '';

beforeAll(async () => {
  viewsDir = path.join(await mkdtemp(path.join(tmpdir(), 'hunt-eda-e2e-views-')), 'views');
  child = spawn(process.execPath, [BIN, 'serve', path.join(REAL_DATA, 'zeek-http'), '--port', '0', '--views-dir', viewsDir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  origin = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL; stderr: ${stderr}`)), 240_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /running at (\S+)/.exec(stdout)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve(new URL(url).origin);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}; stderr: ${stderr}`)));
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(path.dirname(viewsDir), { recursive: true, force: true });
});

async function openApp(search = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  await page.goto(`${origin}/${search}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-test-subj="huntEdaSavedViewsBar"]', { timeout: 120_000 });
  return { page, errors };
}

async function save(page: Page, button: 'huntEdaSaveView' | 'huntEdaSaveViewAs' | 'huntEdaConflictSaveAs', fields: { title?: string; description?: string } = {}) {
  await page.click(`[data-test-subj="${button}"]`);
  const modal = page.locator('[data-test-subj="huntEdaSaveViewModal"]');
  if (fields.title !== undefined) await modal.locator('[data-test-subj="huntEdaSaveViewTitle"]').fill(fields.title);
  if (fields.description !== undefined) await modal.locator('[data-test-subj="huntEdaSaveViewDescription"]').fill(fields.description);
  await modal.locator('[data-test-subj="huntEdaSaveViewConfirm"]').click();
  await modal.waitFor({ state: 'detached' });
}

const stored = async () => {
  const names = (await readdir(viewsDir)).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(viewsDir, name), 'utf8')) as { id: string; version: string; attributes: { title: string; description?: string; index?: string } }));
};
const currentTitle = (page: Page) => page.textContent('[data-test-subj="huntEdaCurrentViewTitle"]');

describe('saved views in the standalone app', () => {
  it('saves, reopens by link, stops a concurrent edit as a conflict, saves it as new, deletes, opens from the list, shares', async () => {
    const analystA = await openApp();
    expect(await currentTitle(analystA.page)).toBe('Unsaved view');
    // The server's suggestion put the dataset in the URL; the link is what gets saved.
    const index = new URL(analystA.page.url()).searchParams.get('index');
    expect(index).toBe('zeek_http');

    await save(analystA.page, 'huntEdaSaveView', { title: 'Zeek POST bursts', description: 'first cut' });
    await analystA.page.waitForSelector('[data-test-subj="huntEdaSavedViewNotice"]');
    const [first] = await stored();
    expect(first).toMatchObject({ version: '1', attributes: { title: 'Zeek POST bursts', description: 'first cut', index: 'zeek_http' } });
    await analystA.page.waitForFunction((id) => new URL(window.location.href).searchParams.get('view') === id, first.id);

    const analystB = await openApp(`?view=${first.id}`);
    expect(await currentTitle(analystB.page)).toBe('Zeek POST bursts');
    await save(analystB.page, 'huntEdaSaveView', { description: 'second cut, by B' });
    expect((await stored())[0]).toMatchObject({ version: '2', attributes: { description: 'second cut, by B' } });

    // A still holds version 1: the save stops, B's view is untouched.
    await save(analystA.page, 'huntEdaSaveView', { description: 'A overwrites?' });
    const conflict = analystA.page.locator('[data-test-subj="huntEdaSavedViewConflict"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('"Zeek POST bursts" was changed by someone else');
    expect((await stored())[0]).toMatchObject({ version: '2', attributes: { description: 'second cut, by B' } });

    await save(analystA.page, 'huntEdaConflictSaveAs');
    await conflict.waitFor({ state: 'detached' });
    expect((await stored()).map((view) => view.attributes.title).sort()).toEqual(['Zeek POST bursts', 'Zeek POST bursts (copy)']);
    expect(await currentTitle(analystA.page)).toBe('Zeek POST bursts (copy)');

    await analystB.page.click('[data-test-subj="huntEdaDeleteView"]');
    await analystB.page.click('[data-test-subj="huntEdaDeleteViewConfirm"] [data-test-subj="confirmModalConfirmButton"]');
    await analystB.page.waitForFunction(() => document.querySelector('[data-test-subj="huntEdaCurrentViewTitle"]')?.textContent === 'Unsaved view');
    expect((await stored()).map((view) => view.attributes.title)).toEqual(['Zeek POST bursts (copy)']);
    expect(new URL(analystB.page.url()).searchParams.get('view')).toBeNull();

    await analystB.page.click('[data-test-subj="huntEdaOpenView"]');
    const flyout = analystB.page.locator('[data-test-subj="huntEdaOpenViewFlyout"]');
    await flyout.getByText('Zeek POST bursts (copy)').click();
    await analystB.page.waitForFunction(() => document.querySelector('[data-test-subj="huntEdaCurrentViewTitle"]')?.textContent === 'Zeek POST bursts (copy)');

    await analystB.page.click('[data-test-subj="huntEdaShareView"]');
    const shared = new URL(await analystB.page.inputValue('[data-test-subj="huntEdaShareUrl"]'));
    expect(shared.origin).toBe(origin);
    expect(shared.searchParams.get('view')).toBe((await stored())[0].id);
    expect(shared.searchParams.get('index')).toBe('zeek_http');
    await analystB.page.screenshot({ path: path.join(REPO_ROOT, 'build', 'e2e-saved-views-share.png') });

    expect(analystA.errors).toEqual([]);
    expect(analystB.errors).toEqual([]);
  });
});
