/**
 * The cluster the bench runs against, in this order: ES_URL (nothing started or stopped), the running
 * `npm run es:start` node (reused, left running), else a node of the bench's own in
 * .cache/elasticsearch/bench-conversations, started here and stopped by `stop()`. Its data directory is
 * kept (outside runs/, which test runs reap), so a second run finds the sample indexes already loaded.
 */
import path from 'node:path';

import { getElasticsearchPaths } from '../../scripts/elasticsearch/elasticsearch_paths';
import { findRunningInstance } from '../../scripts/elasticsearch/find_running_instance';
import { startElasticsearch } from '../../scripts/elasticsearch/start_elasticsearch';
import { stopElasticsearch } from '../../scripts/elasticsearch/stop_elasticsearch';

export interface BenchElasticsearch {
  readonly url: string;
  /** How it was obtained, for the printed report. */
  readonly origin: 'ES_URL' | 'es:start node' | 'bench node';
  /** Stops the node if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

export async function ensureElasticsearch(log: (message: string) => void): Promise<BenchElasticsearch> {
  const fromEnv = process.env.ES_URL;
  if (fromEnv !== undefined && fromEnv !== '') return { url: fromEnv, origin: 'ES_URL', stop: async () => undefined };
  const paths = getElasticsearchPaths();
  const running = await findRunningInstance(paths.defaultInstanceDir);
  if (running) return { url: running.url, origin: 'es:start node', stop: async () => undefined };
  const instanceDir = path.join(paths.cacheDir, 'bench-conversations');
  // Left over from a run that was killed before it could stop its node.
  await stopElasticsearch(instanceDir, { log });
  const instance = await startElasticsearch({ instanceDir, preferredPort: null, ownerPid: process.pid, log });
  log(`Elasticsearch healthy at ${instance.url} after ${(instance.startupMs / 1000).toFixed(1)} s`);
  return {
    url: instance.url,
    origin: 'bench node',
    stop: async () => {
      await stopElasticsearch(instanceDir, { log });
    },
  };
}
