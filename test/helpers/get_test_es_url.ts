import { getEsHarnessInfo } from './get_es_harness_info';

/** URL of the cluster integration tests talk to; throws with instructions when there is none. */
export function getTestEsUrl(env: NodeJS.ProcessEnv = process.env): string {
  return getEsHarnessInfo(env).url;
}
