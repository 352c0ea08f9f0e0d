import fs from 'node:fs';
import { listProcessGroup, type ProcessInfo } from './process_group';
import { readInstanceState, removeInstanceState } from './instance_state';

export interface StopOptions {
  /** How long the node gets to shut down after SIGTERM before the group is killed. */
  readonly graceMs?: number;
  /** Delete the whole instance directory (data, logs) once the node is gone: for throwaway test nodes. */
  readonly removeInstanceDir?: boolean;
  readonly log?: (message: string) => void;
}

export interface StopResult {
  /** Whether a live node was found and stopped. */
  readonly wasRunning: boolean;
  /** Whether SIGKILL was needed. */
  readonly forced: boolean;
}

/**
 * Stops the node recorded in `instanceDir`'s state file: SIGTERM to its whole process group (the launcher
 * JVM and the server JVM it forks), wait, SIGKILL after `graceMs`, then check that no member of the group is
 * left. A pid that was reused by an unrelated program (no "elasticsearch" in its command line) is never
 * signalled. Safe to call when nothing runs. Cost: a /proc scan every 200 ms while waiting.
 */
export async function stopElasticsearch(instanceDir: string, options: StopOptions = {}): Promise<StopResult> {
  const log = options.log ?? (() => undefined);
  const state = readInstanceState(instanceDir);
  let result: StopResult = { wasRunning: false, forced: false };
  if (state) {
    const members = listProcessGroup(state.pid);
    if (members.some(isElasticsearchProcess)) {
      log(`stopping Elasticsearch at ${state.url} (process group ${state.pid})`);
      result = { wasRunning: true, forced: await terminateGroup(state.pid, options.graceMs ?? 30_000) };
    }
    removeInstanceState(instanceDir);
  }
  if (options.removeInstanceDir) fs.rmSync(instanceDir, { recursive: true, force: true });
  return result;
}

/** Signals the group and waits for it to empty; returns whether SIGKILL was needed. */
export async function terminateGroup(pgid: number, graceMs: number): Promise<boolean> {
  signalGroup(pgid, 'SIGTERM');
  if (await waitForEmptyGroup(pgid, graceMs)) return false;
  signalGroup(pgid, 'SIGKILL');
  if (await waitForEmptyGroup(pgid, 10_000)) return true;
  const left = listProcessGroup(pgid).map((info) => info.pid);
  throw new Error(`stopElasticsearch: processes ${left.join(', ')} of group ${pgid} survived SIGKILL`);
}

function isElasticsearchProcess(info: ProcessInfo): boolean {
  return info.commandLine.includes('elasticsearch');
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function waitForEmptyGroup(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (listProcessGroup(pgid).length === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
