/**
 * Builds `kbn-ui-shared-deps.js`, the `__kbnSharedDeps__` global for pages that host the plugin without
 * Kibana (the conformance test page; the standalone server). Usage:
 *   npx tsx scripts/build/build_shared_deps.ts [--out-dir DIR] [--public-path /shared/] [--minimize]
 */
import path from 'node:path';
import { runWebpack } from './run_webpack';
import { buildSharedDepsWebpackConfig, type SharedDepsWebpackOptions } from './shared_deps/webpack_shared_deps_config';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The file that defines `__kbnSharedDeps__`; lazy EUI icon chunks sit beside it. */
export const SHARED_DEPS_FILENAME = 'kbn-ui-shared-deps.js';

export async function buildSharedDeps(options: Omit<SharedDepsWebpackOptions, 'cacheDir'>): Promise<string> {
  await runWebpack(buildSharedDepsWebpackConfig({ ...options, cacheDir: path.join(REPO_ROOT, '.cache', 'webpack') }));
  return path.join(options.outputDir, SHARED_DEPS_FILENAME);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valueOf = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const outputDir = path.resolve(valueOf('--out-dir') ?? path.join(REPO_ROOT, 'build', 'shared_deps'));
  const file = await buildSharedDeps({ outputDir, publicPath: valueOf('--public-path') ?? '/shared/', minimize: args.includes('--minimize') });
  console.log(path.relative(process.cwd(), file));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
