/**
 * `npm run es:start` / `npm run es:stop`: a long-lived local node for development and benchmarks, kept in
 * .cache/elasticsearch/node. `start` prints the URL on stdout (progress goes to stderr), so
 * `export ES_URL=$(npm run -s es:start)` works; the test harness reuses this node while it runs.
 */
import { Command } from 'commander';
import { ELASTICSEARCH_VERSION, getElasticsearchPaths } from './elasticsearch_paths';
import { ensureElasticsearchInstalled } from './ensure_elasticsearch_installed';
import { findRunningInstance } from './find_running_instance';
import { startElasticsearch } from './start_elasticsearch';
import { stopElasticsearch } from './stop_elasticsearch';

const paths = getElasticsearchPaths();
const log = (message: string): void => console.error(`[elasticsearch] ${message}`);

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be an integer in 1..65535, got "${value}"`);
  }
  return port;
}

const program = new Command()
  .name('elasticsearch')
  .description(`Fetch, start and stop the local Elasticsearch ${ELASTICSEARCH_VERSION} used by tests and benchmarks`);

program
  .command('fetch')
  .description('download and unpack the distribution into .cache/elasticsearch (first run only)')
  .action(async () => {
    console.log(await ensureElasticsearchInstalled({ paths, log }));
  });

program
  .command('start')
  .description('start the node in the background and print its URL once it is healthy')
  .option('--port <port>', 'preferred HTTP port (another free one is used when taken)', parsePort, 9200)
  .option('--heap <size>', 'JVM heap, e.g. 512m or 2g (default: HUNT_EDA_ES_HEAP or 1g)')
  .action(async (options: { port: number; heap?: string }) => {
    const running = await findRunningInstance(paths.defaultInstanceDir);
    if (running) {
      log(`already running (pid ${running.pid})`);
      console.log(running.url);
      return;
    }
    const instance = await startElasticsearch({
      instanceDir: paths.defaultInstanceDir,
      preferredPort: options.port,
      heap: options.heap,
      paths,
      log,
    });
    log(`healthy after ${(instance.startupMs / 1000).toFixed(1)} s; logs in ${instance.layout.logsDir}`);
    console.log(instance.url);
  });

program
  .command('stop')
  .description('stop the node started by `start` and wait until none of its processes is left')
  .action(async () => {
    const result = await stopElasticsearch(paths.defaultInstanceDir, { log });
    log(result.wasRunning ? `stopped${result.forced ? ' (had to SIGKILL)' : ''}` : 'was not running');
  });

program
  .command('status')
  .description('print the URL of the running node, or exit 1 when none runs')
  .action(async () => {
    const running = await findRunningInstance(paths.defaultInstanceDir);
    if (!running) {
      log('not running');
      process.exitCode = 1;
      return;
    }
    console.log(running.url);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
