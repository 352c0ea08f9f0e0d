/**
 * `npm run build -- --kibana-version X.Y.Z [--kibana-version …]`: builds `build/huntEda-X.Y.Z.zip` for each
 * version, in the layout `bin/kibana-plugin install` accepts (kibana-plugin-contract §2):
 *   kibana/huntEda/kibana.json            kibanaVersion set to the target
 *   kibana/huntEda/package.json           name, version, runtime dependencies
 *   kibana/huntEda/server/, common/       CommonJS from tsc (only what server/index.ts imports)
 *   kibana/huntEda/node_modules/          production dependencies only
 *   kibana/huntEda/target/public/         huntEda.plugin.js + huntEda.chunk.<n>.js (webpack, per target)
 * Server code and node_modules are built once and shared by all requested versions.
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PLUGIN_ID } from '../../common/constants';
import { checkServerRequires } from './check_server_requires';
import { collectRuntimeNodeModules } from './collect_runtime_node_modules';
import { compileServer } from './compile_server';
import { getKibanaTarget, type KibanaTarget } from './kibana_target';
import { runWebpack } from './run_webpack';
import { buildPluginWebpackConfig } from './webpack_plugin_config';
import { writeZip } from './write_zip';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}
export interface PluginBuildResult {
  kibanaVersion: string;
  zipPath: string;
  zipBytes: number;
  /** The staged plugin folder, as it is extracted under `<kibana>/plugins/huntEda`. */
  pluginDir: string;
  browserFiles: FileSize[];
}
export interface BuildOptions {
  kibanaVersions: readonly string[];
  /** Defaults to `<repo>/build`. */
  outDir?: string;
}

interface RootPackageJson {
  name: string;
  version: string;
  description?: string;
  license?: string;
  dependencies?: Record<string, string>;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

async function measureBrowserFiles(dir: string): Promise<FileSize[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
  return Promise.all(
    names.map(async (file) => {
      const content = await readFile(path.join(dir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
}

async function buildOne(target: KibanaTarget, shared: { serverJs: string; nodeModulesDir: string; rootPackage: RootPackageJson }, outDir: string): Promise<PluginBuildResult> {
  const stagingRoot = path.join(outDir, '.work', `zip-${target.version}`);
  const pluginDir = path.join(stagingRoot, PLUGIN_ID);
  await rm(stagingRoot, { recursive: true, force: true });
  await mkdir(pluginDir, { recursive: true });

  const manifest = await readJson<Record<string, unknown>>(path.join(REPO_ROOT, 'kibana.json'));
  await writeFile(path.join(pluginDir, 'kibana.json'), `${JSON.stringify({ ...manifest, kibanaVersion: target.version }, null, 2)}\n`);
  const { name, version, description, license, dependencies } = shared.rootPackage;
  await writeFile(path.join(pluginDir, 'package.json'), `${JSON.stringify({ name, version, description, license, private: true, dependencies }, null, 2)}\n`);
  // server/ and whatever of common/ it imports (tsc mirrors the source tree).
  for (const dir of await readdir(shared.serverJs)) {
    await cp(path.join(shared.serverJs, dir), path.join(pluginDir, dir), { recursive: true });
  }
  await cp(shared.nodeModulesDir, path.join(pluginDir, 'node_modules'), { recursive: true });

  const publicDir = path.join(pluginDir, 'target', 'public');
  await runWebpack(buildPluginWebpackConfig({ target, outputDir: publicDir, cacheDir: path.join(REPO_ROOT, '.cache', 'webpack') }));

  const zipPath = path.join(outDir, `${PLUGIN_ID}-${target.version}.zip`);
  await writeZip(pluginDir, `kibana/${PLUGIN_ID}`, zipPath);
  return { kibanaVersion: target.version, zipPath, zipBytes: (await stat(zipPath)).size, pluginDir, browserFiles: await measureBrowserFiles(publicDir) };
}

/** Builds one zip per requested Kibana version; see the file comment for the layout. */
export async function buildPluginZips({ kibanaVersions, outDir = path.join(REPO_ROOT, 'build') }: BuildOptions): Promise<PluginBuildResult[]> {
  if (kibanaVersions.length === 0) throw new Error('--kibana-version is required (e.g. --kibana-version 8.19.21)');
  const targets = kibanaVersions.map(getKibanaTarget);
  await mkdir(outDir, { recursive: true });

  const rootPackage = await readJson<RootPackageJson>(path.join(REPO_ROOT, 'package.json'));
  const serverJs = await compileServer(path.join(outDir, '.work', 'server_js'));
  await checkServerRequires(serverJs, Object.keys(rootPackage.dependencies ?? {}));
  const nodeModulesRoot = path.join(outDir, '.work', 'runtime_modules');
  await rm(nodeModulesRoot, { recursive: true, force: true });
  await collectRuntimeNodeModules(REPO_ROOT, nodeModulesRoot);
  const shared = { serverJs, nodeModulesDir: path.join(nodeModulesRoot, 'node_modules'), rootPackage };

  const results: PluginBuildResult[] = [];
  for (const target of targets) results.push(await buildOne(target, shared, outDir));
  return results;
}

function parseVersions(argv: readonly string[]): string[] {
  const versions: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--kibana-version') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--kibana-version needs a value, e.g. --kibana-version 8.19.21');
      versions.push(...value.split(','));
    } else if (arg.startsWith('--kibana-version=')) {
      versions.push(...arg.slice('--kibana-version='.length).split(','));
    } else {
      throw new Error(`unknown argument "${arg}"; usage: npm run build -- --kibana-version X.Y.Z [--kibana-version X.Y.Z]`);
    }
  }
  return versions;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const results = await buildPluginZips({ kibanaVersions: parseVersions(process.argv.slice(2)) });
  for (const result of results) {
    console.log(`${path.relative(process.cwd(), result.zipPath)}  ${kib(result.zipBytes)}`);
    for (const f of result.browserFiles) console.log(`  target/public/${f.file}  ${kib(f.bytes)} (gzip ${kib(f.gzipBytes)})`);
  }
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
