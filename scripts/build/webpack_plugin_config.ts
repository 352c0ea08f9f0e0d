import path from 'node:path';
import type { Configuration, ExternalItemFunctionData } from 'webpack';
import type { KibanaTarget } from './kibana_target';
import { PLUGIN_ID } from '../../common/constants';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface PluginWebpackOptions {
  target: KibanaTarget;
  /** Directory that receives `<id>.plugin.js` and its chunks (`<plugin>/target/public`). */
  outputDir: string;
  /** Shared filesystem cache directory; builds for several targets reuse parsed modules. */
  cacheDir?: string;
}

/**
 * The browser bundle in @kbn/optimizer's format: `<id>.plugin.js` sets its public path from
 * `__kbnPublicPath__`, defines `plugin/<id>/public` on `__kbnBundles__`, loads lazy chunks
 * `<id>.chunk.<n>.js` through its own JSONP global, maps Kibana's shared dependencies to
 * `__kbnSharedDeps__.*` (per target), injects CSS from JS, and contains no eval (Kibana's CSP).
 * Any other `@kbn/*` import fails the build: such packages do not exist in the browser at runtime.
 */
export function buildPluginWebpackConfig({ target, outputDir, cacheDir }: PluginWebpackOptions): Configuration {
  const sharedDeps = target.sharedDeps;
  return {
    mode: 'production',
    context: REPO_ROOT,
    target: ['web', 'es2020'],
    devtool: false,
    entry: {
      [PLUGIN_ID]: [path.join(__dirname, 'plugin_entry', 'public_path.js'), path.join(__dirname, 'plugin_entry', 'define_bundle.js')],
    },
    output: {
      path: outputDir,
      filename: `${PLUGIN_ID}.plugin.js`,
      chunkFilename: `${PLUGIN_ID}.chunk.[id].js`,
      chunkLoadingGlobal: `${PLUGIN_ID}_bundle_jsonpfunction`,
      uniqueName: PLUGIN_ID,
      // Replaced at runtime by plugin_entry/public_path.js; '' keeps webpack's auto-detection out.
      publicPath: '',
      clean: true,
    },
    externalsType: 'var',
    externals: [
      ({ request }: ExternalItemFunctionData, callback: (error?: Error, result?: string) => void) => {
        if (request === undefined) return callback();
        const global = sharedDeps[request];
        if (global !== undefined) return callback(undefined, global);
        if (request.startsWith('@kbn/')) {
          return callback(
            new Error(`${request} is not a shared dependency of Kibana ${target.version} (${target.line}); browser code may only import @kbn packages Kibana shares at runtime`),
          );
        }
        return callback();
      },
    ],
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
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      ],
    },
    performance: { hints: false },
    cache: cacheDir ? { type: 'filesystem', cacheDirectory: cacheDir, name: `plugin-${target.line}` } : false,
  };
}
