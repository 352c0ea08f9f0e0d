/** Jest global teardown of the integration project: stops and deletes the node global_setup.ts started. */
import { stopElasticsearch } from '../../scripts/elasticsearch/stop_elasticsearch';
import { HARNESS_MODE_VARIABLE } from '../helpers/get_es_harness_info';
import { clearHarnessHandle, getHarnessHandle } from '../helpers/harness_handle';

export default async function globalTeardown(): Promise<void> {
  const handle = getHarnessHandle();
  if (!handle) return;
  // HUNT_EDA_ES_KEEP=1 keeps data and logs for a post-mortem; the next run's reaper deletes them.
  const result = await stopElasticsearch(handle.instanceDir, { removeInstanceDir: process.env.HUNT_EDA_ES_KEEP !== '1' });
  clearHarnessHandle();
  delete process.env.ES_URL;
  delete process.env[HARNESS_MODE_VARIABLE];
  if (result.forced) console.error('[integration] Elasticsearch ignored SIGTERM and was killed');
}
