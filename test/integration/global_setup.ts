/**
 * Jest global setup of the integration project: provides one Elasticsearch for the whole run and exports
 * its URL as ES_URL. Workers are forked after this runs and inherit the variable. Order of preference:
 * ES_URL from the caller (nothing started), the running `npm run es:start` node (reused, left running),
 * else a throwaway node owned by this Jest process, stopped by global_teardown.ts.
 */
import path from 'node:path';
import { getElasticsearchPaths } from '../../scripts/elasticsearch/elasticsearch_paths';
import { findRunningInstance } from '../../scripts/elasticsearch/find_running_instance';
import { reapOrphanedInstances } from '../../scripts/elasticsearch/reap_orphaned_instances';
import { startElasticsearch } from '../../scripts/elasticsearch/start_elasticsearch';
import { HARNESS_INSTANCE_VARIABLE, HARNESS_MODE_VARIABLE } from '../helpers/get_es_harness_info';
import { setHarnessHandle } from '../helpers/harness_handle';

const log = (message: string): void => console.error(`[integration] ${message}`);

export default async function globalSetup(): Promise<void> {
  if (process.env[HARNESS_MODE_VARIABLE] === 'started') return;
  if (process.env.ES_URL) {
    process.env[HARNESS_MODE_VARIABLE] = 'external';
    log(`using the cluster in ES_URL; nothing is started`);
    return;
  }
  const paths = getElasticsearchPaths();
  const running = await findRunningInstance(paths.defaultInstanceDir);
  if (running) {
    process.env.ES_URL = running.url;
    process.env[HARNESS_MODE_VARIABLE] = 'reused';
    log(`reusing the es:start node at ${running.url}`);
    return;
  }
  await reapOrphanedInstances(paths.runsDir, log);
  const instanceDir = path.join(paths.runsDir, `jest-${process.pid}-${Date.now().toString(36)}`);
  // A kernel-assigned port, not 9200: a stale ES_URL=http://127.0.0.1:9200 in some other shell must not
  // reach this throwaway node, and 9200 stays free for `npm run es:start`.
  const instance = await startElasticsearch({ instanceDir, preferredPort: null, ownerPid: process.pid, log });
  setHarnessHandle({ instanceDir });
  process.env.ES_URL = instance.url;
  process.env[HARNESS_MODE_VARIABLE] = 'started';
  process.env[HARNESS_INSTANCE_VARIABLE] = instanceDir;
  log(`Elasticsearch healthy at ${instance.url} after ${(instance.startupMs / 1000).toFixed(1)} s`);
}
