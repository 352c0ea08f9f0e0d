import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';

import yauzl from 'yauzl';

import { PLUGIN_ID } from '../common/constants';
import { TESTED_KIBANA_VERSIONS } from '../scripts/build/kibana_target';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(__dirname, '..');

/** The newest tested Kibana line: its bundle is the one the standalone page loads. */
export const STANDALONE_KIBANA_VERSION: string = TESTED_KIBANA_VERSIONS[TESTED_KIBANA_VERSIONS.length - 1] ?? '9.2.3';

/** Where the browser bundle sits inside the Kibana zip. */
const PUBLIC_PREFIX = `kibana/${PLUGIN_ID}/target/public/`;
const SHARED_DEPS_FILE = 'kbn-ui-shared-deps.js';

export interface AppAssets {
  /** `target/public` as extracted from the Kibana zip: huntEda.plugin.js and its chunks. */
  readonly pluginPublicDir: string;
  /** kbn-ui-shared-deps.js (the `__kbnSharedDeps__` global, charts theme CSS) and its chunks. */
  readonly sharedDepsDir: string;
  readonly kibanaVersion: string;
  readonly zipPath: string;
}

export interface EnsureAppAssetsOptions {
  /** Build again even if the artifacts exist (after changing public/). */
  readonly rebuild?: boolean;
  /** Told before each slow step, for the user. */
  readonly onStatus?: (message: string) => void;
  readonly repoRoot?: string;
}

/**
 * The files the app page needs, built on first use: the Kibana zip by `npm run build` (the very bundle
 * that ships to Kibana, extracted from the zip rather than rebuilt), and the shared-deps bundle that plays
 * Kibana's part (scripts/build/build_shared_deps.ts). Each is built when missing, older than its sources
 * (a changed public/, common/ or lock file), or with `rebuild`.
 */
export async function ensureAppAssets(options: EnsureAppAssetsOptions = {}): Promise<AppAssets> {
  const root = options.repoRoot ?? REPO_ROOT;
  const status = options.onStatus ?? (() => undefined);
  const version = STANDALONE_KIBANA_VERSION;
  const zipPath = path.join(root, 'build', `${PLUGIN_ID}-${version}.zip`);
  const cacheDir = path.join(root, '.cache', 'standalone');
  const sharedDepsDir = path.join(cacheDir, 'shared_deps');

  const zipTime = await mtimeOf(zipPath);
  const pluginSources = await newestMtime(root, ['public', 'common', 'scripts/build', 'package-lock.json']);
  if (options.rebuild || zipTime === null || pluginSources > zipTime) {
    status(`building the app bundle for Kibana ${version} (npm run build; ${zipTime === null ? 'first run only' : 'the sources changed'}, a minute or two)…`);
    await runScript(root, 'scripts/build/build_plugin.ts', ['--kibana-version', version]);
  }
  const pluginPublicDir = path.join(cacheDir, `plugin-${version}`);
  await extractPublicDir(zipPath, pluginPublicDir);

  const sharedDepsTime = await mtimeOf(path.join(sharedDepsDir, SHARED_DEPS_FILE));
  const sharedDepsSources = await newestMtime(root, ['scripts/build/shared_deps', 'scripts/build/build_shared_deps.ts', 'package-lock.json']);
  if (options.rebuild || sharedDepsTime === null || sharedDepsSources > sharedDepsTime) {
    status(`building the shared-deps bundle that stands in for Kibana (${sharedDepsTime === null ? 'first run only' : 'its sources changed'})…`);
    await runScript(root, 'scripts/build/build_shared_deps.ts', ['--out-dir', sharedDepsDir, '--public-path', '/shared/']);
  }
  return { pluginPublicDir, sharedDepsDir, kibanaVersion: version, zipPath };
}

async function mtimeOf(file: string): Promise<number | null> {
  return stat(file).then(
    (info) => info.mtimeMs,
    () => null,
  );
}

/** The newest modification time of the files under the given paths (so a stale build is rebuilt). */
async function newestMtime(root: string, paths: readonly string[]): Promise<number> {
  let newest = 0;
  const visit = async (file: string): Promise<void> => {
    const info = await stat(file).catch(() => null);
    if (!info) return;
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      return;
    }
    for (const entry of await readdir(file)) if (entry !== 'node_modules') await visit(path.join(file, entry));
  };
  for (const relative of paths) await visit(path.join(root, relative));
  return newest;
}

async function runScript(root: string, script: string, args: readonly string[]): Promise<void> {
  try {
    await run(process.execPath, [require.resolve('tsx/cli'), script, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr).trim() : '';
    throw new Error(`building the app failed (${script}): ${stderr.split('\n').slice(-5).join(' ') || (error instanceof Error ? error.message : String(error))}`);
  }
}

/**
 * Extracts the zip's `target/public/` into `dir`, once per zip: a stamp (size and mtime of the zip) tells
 * whether the extracted copy is current.
 */
async function extractPublicDir(zipPath: string, dir: string): Promise<void> {
  const info = await stat(zipPath);
  const stamp = `${info.size}:${info.mtimeMs}`;
  const stampFile = path.join(dir, '.zip-stamp');
  if ((await readFile(stampFile, 'utf8').catch(() => '')) === stamp) return;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true });
  const root = path.resolve(dir);
  let count = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.startsWith(PUBLIC_PREFIX) || entry.fileName.endsWith('/')) continue;
      const destination = path.resolve(root, entry.fileName.slice(PUBLIC_PREFIX.length));
      if (!destination.startsWith(root + path.sep)) throw new Error(`${zipPath}: entry "${entry.fileName}" points outside ${dir}`);
      await mkdir(path.dirname(destination), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(destination));
      count += 1;
    }
  } finally {
    zip.close();
  }
  if (count === 0) throw new Error(`${zipPath} holds no ${PUBLIC_PREFIX}; rebuild it with npm run build -- --kibana-version ${STANDALONE_KIBANA_VERSION}`);
  await writeFile(stampFile, stamp);
}
