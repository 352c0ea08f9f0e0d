import { readInstanceState, type InstanceState } from './instance_state';
import { listProcessGroup } from './process_group';
import { fetchLocalNodeName } from './wait_for_cluster_health';

/**
 * The node recorded in `instanceDir` when its processes are alive, it answers a health request within
 * `timeoutMs`, and the node answering carries the recorded name; null otherwise (no state, dead process,
 * a node that does not answer, or another node that took the port).
 */
export async function findRunningInstance(instanceDir: string, timeoutMs = 5000): Promise<InstanceState | null> {
  const state = readInstanceState(instanceDir);
  if (!state || listProcessGroup(state.pid).length === 0) return null;
  try {
    const response = await fetch(`${state.url}/_cluster/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok && state.nodeName !== null && (await fetchLocalNodeName(state.url)) === state.nodeName ? state : null;
  } catch {
    return null;
  }
}
