import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Command } from 'commander';

import { DEFAULT_HOME_NETWORKS } from '../../common/network/home_networks';
import { createStreamLogger } from '../../standalone/create_stream_logger';
import { getDefaultViewsDir } from '../../standalone/default_views_dir';
import { ensureAppAssets, REPO_ROOT } from '../../standalone/ensure_app_assets';
import { DEFAULT_SAMPLE_DIR, ensureSampleFiles } from '../../standalone/ensure_sample_files';
import { openAnalysisSource } from '../../standalone/open_analysis_source';
import { resolveListenPolicy } from '../../standalone/resolve_listen_policy';
import { startStandaloneServer } from '../../standalone/start_standalone_server';
import { UsageError } from '../cli_errors';
import { parseCidr, parsePositiveInt } from '../parse_option_values';
import { createLoadProgress, createProgress, status } from '../progress';
import { addSourceOptions, toSourceSpec } from '../source_options';
import type { SourceCliOptions } from '../source_options';

interface ServeOptions extends SourceCliOptions {
  readonly port: string;
  readonly host: string;
  readonly allowRemote?: boolean;
  readonly token?: string;
  readonly app: boolean;
  readonly rebuild?: boolean;
  readonly homeNet?: string[];
  readonly viewsDir?: string;
  readonly savedViews: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const DEFAULT_PORT = 5602;

/** The package version, which names the bundle path as Kibana's does. */
function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export function buildServeCommand(write: (text: string) => void): Command {
  return addSourceOptions(
    new Command('serve')
      .description('the Hunt EDA app and its routes without Kibana; with no source, the bundled sample data in the embedded engine')
      .argument('[files...]', 'files or directories to analyse (default: the bundled samples, generated once into .cache/sample/)')
      .option('--port <n>', 'port (0 picks a free one)', String(DEFAULT_PORT))
      .option('--host <host>', 'address to listen on', '127.0.0.1')
      .option('--allow-remote', 'allow an address other machines can reach (a token is then required on every request)')
      .option('--token <token>', 'the token to require (default with --allow-remote: a random one, printed)')
      .option('--no-app', 'serve the analysis routes only, without building or serving the app page')
      .option('--rebuild', 'rebuild the app bundle (after changing public/)')
      .option('--home-net <cidr>', 'a home network for the page (repeat; default: private ranges)', collect)
      .option('--views-dir <dir>', `where saved views are kept, one JSON file each (default: ${getDefaultViewsDir()})`)
      .option('--no-saved-views', 'no saved views: the app hides Save and Open'),
  ).action(async (files: string[], options: ServeOptions) => {
    const port = options.port === '0' ? 0 : parsePositiveInt(options.port, '--port');
    if (port > 65_535) throw new UsageError(`--port: expected at most 65535, got ${port}`);
    const policy = resolveListenPolicy({ host: options.host, allowRemote: options.allowRemote ?? false, ...(options.token !== undefined ? { token: options.token } : {}) });
    const homeNetworks = (options.homeNet ?? [...DEFAULT_HOME_NETWORKS]).map(parseCidr);
    let paths = files;
    if (options.es === undefined && files.length === 0) {
      const progress = createProgress();
      paths = await ensureSampleFiles({
        onStart: (total) => {
          status(`generating the sample data into ${path.relative(process.cwd(), DEFAULT_SAMPLE_DIR) || '.'} (first run only; ${total.toLocaleString('en-US')} events)…`);
          progress.start(total, 'sample events');
        },
        onProgress: ({ records }) => progress.update(records),
      });
      progress.stop();
    }
    const spec = toSourceSpec(paths, options, process.env, false);
    const assets = options.app ? await ensureAppAssets({ rebuild: options.rebuild ?? false, onStatus: status }) : null;
    const savedViewsDir = options.savedViews ? path.resolve(options.viewsDir ?? getDefaultViewsDir()) : undefined;
    const loading = createLoadProgress();
    const opened = await openAnalysisSource(spec, loading).finally(() => loading.stop());
    try {
      const server = await startStandaloneServer({
        opened,
        policy,
        port,
        assets,
        logger: createStreamLogger((line) => process.stderr.write(line)),
        pluginVersion: packageVersion(),
        homeNetworks,
        ...(savedViewsDir !== undefined ? { savedViewsDir } : {}),
      }).catch((error: unknown) => {
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE') {
          throw new UsageError(`port ${port} on ${options.host} is in use: pass another --port (or --port 0 for any free one)`);
        }
        throw error;
      });
      status(`serving ${opened.description}`);
      status(savedViewsDir !== undefined ? `saved views in ${savedViewsDir}` : 'saved views off (--no-saved-views)');
      if (policy.generatedToken) status('every request needs the token in this URL (or "Authorization: Bearer <token>")');
      write(`Hunt EDA is running at ${server.url}\n`);
      await untilStopped();
      status('stopping…');
      await server.close();
    } finally {
      await opened.close();
    }
  });
}
