/**
 * The CLI loads files into the embedded engine once and keeps them in its cache directory: a second command
 * on the same files takes them from there (the entry is not written again), a changed file gets a new entry
 * in place of the old, --no-cache keeps nothing.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { REAL_DATA, runCli } from './run_cli';

const ZEEK_DIR = path.join(REAL_DATA, 'zeek-http');

describe('hunt-eda keeps loaded files between runs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hunt-eda-cli-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file on the first command only, and again once it changed', async () => {
    const file = path.join(dir, 'http.log.gz');
    const cacheDir = path.join(dir, 'tables');
    copyFileSync(path.join(ZEEK_DIR, 'http.2024-04-19.13.log.gz'), file);
    const rare = () => runCli(['rare', 'method', file, '--format', 'json', '--cache-dir', cacheDir]);

    const entries = () =>
      readdirSync(cacheDir)
        .filter((name) => name.endsWith('.duckdb'))
        .map((name) => ({ name, written: statSync(path.join(cacheDir, name)).mtimeMs }));

    const first = await rare();
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const loaded = entries();
    expect(loaded).toHaveLength(1);
    const second = await rare();
    expect({ code: second.code, stdout: second.stdout }).toEqual({ code: 0, stdout: first.stdout });
    expect(entries()).toEqual(loaded);

    copyFileSync(path.join(ZEEK_DIR, 'http.2024-04-19.14.log.gz'), file);
    const changed = await rare();
    expect(changed.code).toBe(0);
    expect(changed.stdout).not.toBe(first.stdout);
    const reloaded = entries();
    expect(reloaded).toHaveLength(1);
    expect(reloaded[0]?.name).not.toBe(loaded[0]?.name);
  }, 120_000);

  it('keeps nothing with --no-cache, and refuses it beside --cache-dir', async () => {
    const file = path.join(dir, 'http.log.gz');
    copyFileSync(path.join(ZEEK_DIR, 'http.2024-04-19.13.log.gz'), file);
    const cacheHome = path.join(dir, 'cache-home');
    const result = await runCli(['rare', 'method', file, '--format', 'json', '--no-cache'], { env: { XDG_CACHE_HOME: cacheHome } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(existsSync(cacheHome)).toBe(false);
    const both = await runCli(['rare', 'method', file, '--no-cache', '--cache-dir', cacheHome]);
    expect({ code: both.code, stderr: both.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('give either --cache-dir or --no-cache, not both') });
  }, 120_000);
});
