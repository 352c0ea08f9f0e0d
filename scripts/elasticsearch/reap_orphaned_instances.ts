import fs from 'node:fs';
import path from 'node:path';
import { readInstanceState } from './instance_state';
import { isProcessAlive } from './process_group';
import { stopElasticsearch } from './stop_elasticsearch';

const STALE_DIRECTORY_MS = 60 * 60 * 1000;

/**
 * Stops and deletes test nodes whose owner (a Jest run) died without its teardown, e.g. killed by a
 * timeout, and deletes state-less directories older than an hour (failed starts). Directories of live
 * owners, including concurrent Jest runs, are left alone. Returns the directories removed.
 */
export async function reapOrphanedInstances(runsDir: string, log: (message: string) => void = () => undefined): Promise<string[]> {
  if (!fs.existsSync(runsDir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(runsDir)) {
    const instanceDir = path.join(runsDir, name);
    let orphaned: boolean;
    try {
      const state = readInstanceState(instanceDir);
      orphaned = state
        ? state.ownerPid !== null && !isProcessAlive(state.ownerPid)
        : Date.now() - fs.statSync(instanceDir).mtimeMs > STALE_DIRECTORY_MS;
    } catch (error) {
      log(`ignoring ${instanceDir}: ${(error as Error).message}`);
      continue;
    }
    if (!orphaned) continue;
    log(`reaping orphaned Elasticsearch instance ${instanceDir}`);
    await stopElasticsearch(instanceDir, { removeInstanceDir: true, graceMs: 10_000 });
    removed.push(instanceDir);
  }
  return removed;
}
