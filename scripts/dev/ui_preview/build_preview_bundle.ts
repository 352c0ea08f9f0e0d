/**
 * Bundles the preview page (React, EUI, Elastic Charts and the app in one script; @kbn/i18n as the
 * English stand-in) into .cache/ui_preview/bundle. Run alone to refresh a running preview server:
 *   npx tsx scripts/dev/ui_preview/build_preview_bundle.ts
 */
import path from 'node:path';
import { type Configuration } from 'webpack';
import { runWebpack } from '../../build/run_webpack';

const REPO = path.resolve(__dirname, '..', '..', '..');
export const PREVIEW_BUNDLE_DIR = path.join(REPO, '.cache', 'ui_preview', 'bundle');
const OUT = PREVIEW_BUNDLE_DIR;

export function previewWebpackConfig(): Configuration {
  return {
    mode: 'production',
    context: REPO,
    target: ['web', 'es2020'],
    devtool: false,
    entry: { preview: path.join(__dirname, 'preview_entry.tsx') },
    output: { path: OUT, filename: '[name].js', chunkFilename: 'chunk.[id].js', publicPath: '/bundle/', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      mainFields: ['browser', 'module', 'main'],
      alias: { '@kbn/i18n$': path.join(REPO, 'scripts/build/shared_deps/emulated/kbn_i18n.ts') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } } },
        },
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    cache: { type: 'filesystem', cacheDirectory: path.join(REPO, '.cache', 'webpack'), name: 'ui-preview' },
  };
}

export async function buildPreviewBundle(): Promise<void> {
  await runWebpack(previewWebpackConfig());
}



if (require.main === module) {
  buildPreviewBundle().then(
    () => console.log(PREVIEW_BUNDLE_DIR),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
