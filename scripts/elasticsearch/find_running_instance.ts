import { readInstanceState, type InstanceState } from './instance_state';
import { listProcessGroup } from './process_group';

/**
 * The node recorded in `instanceDir` when its processes are alive and it answers a health request within
 * `timeoutMs`; null otherwise (no state, dead process, or a node that does not answer).
 */
export async function findRunningInstance(instanceDir: string, timeoutMs = 5000): Promise<InstanceState | null> {
  const state = readInstanceState(instanceDir);
  if (!state || listProcessGroup(state.pid).length === 0) return null;
  try {
    const response = await fetch(`${state.url}/_cluster/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? state : null;
  } catch {
    return null;
  }
}
