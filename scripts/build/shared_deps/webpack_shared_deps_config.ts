import path from 'node:path';
import type { Configuration } from 'webpack';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface SharedDepsWebpackOptions {
  outputDir: string;
  /** URL path the page serves `outputDir` at; EUI's lazily loaded icon chunks are fetched from it. */
  publicPath: string;
  /** Minify (standalone page) or not (tests: several times faster to build). */
  minimize: boolean;
  cacheDir?: string;
}

/**
 * `kbn-ui-shared-deps.js`: a script that defines the global `__kbnSharedDeps__` (webpack `library`, as
 * Kibana's kbn-ui-shared-deps-src webpack.config.js), for pages that host the plugin without Kibana.
 */
export function buildSharedDepsWebpackConfig({ outputDir, publicPath, minimize, cacheDir }: SharedDepsWebpackOptions): Configuration {
  return {
    mode: 'production',
    context: REPO_ROOT,
    target: ['web', 'es2020'],
    devtool: false,
    entry: { 'kbn-ui-shared-deps': path.join(__dirname, 'shared_deps_entry.js') },
    output: {
      path: outputDir,
      filename: '[name].js',
      chunkFilename: 'kbn-ui-shared-deps.chunk.[id].js',
      chunkLoadingGlobal: 'kbnSharedDeps_jsonpfunction',
      uniqueName: 'kbnSharedDeps',
      publicPath,
      library: { name: '__kbnSharedDeps__', type: 'var' },
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      mainFields: ['browser', 'module', 'main'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' },
            },
          },
        },
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      ],
    },
    optimization: { minimize },
    performance: { hints: false },
    cache: cacheDir ? { type: 'filesystem', cacheDirectory: cacheDir, name: `shared-deps-${minimize ? 'min' : 'dev'}` } : false,
  };
}
