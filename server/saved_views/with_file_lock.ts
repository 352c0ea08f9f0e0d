import { open, rm, stat } from 'node:fs/promises';

export interface FileLockOptions {
  /** How long to wait for another holder before giving up. */
  readonly waitMs?: number;
  /**
   * A lock file older than this is taken to be left by a process that died while holding it. A holder
   * keeps it for one small read and write, milliseconds, so this can be generous.
   */
  readonly staleMs?: number;
}

export class FileLockTimeoutError extends Error {
  constructor(readonly lockPath: string, waitMs: number) {
    super(`${lockPath} is held by another writer and was not released within ${waitMs} ms; if no other hunt-eda server uses this directory, delete the file`);
    this.name = 'FileLockTimeoutError';
  }
}

const isCode = (error: unknown, code: string) => (error as { code?: unknown } | null)?.code === code;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function isStale(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > staleMs;
  } catch (error) {
    // Released between our attempt and this look: not stale, just try again.
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}

/**
 * Runs `task` while holding `lockPath`, a file created exclusively (O_EXCL), so that processes sharing a
 * directory (two servers on one --views-dir) take turns. No library: O_EXCL creation is atomic on local
 * file systems, and the only other concern, a lock left by a crash, is handled by its age.
 */
export async function withFileLock<T>(lockPath: string, task: () => Promise<T>, { waitMs = 10_000, staleMs = 30_000 }: FileLockOptions = {}): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      if (await isStale(lockPath, staleMs)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() >= deadline) throw new FileLockTimeoutError(lockPath, waitMs);
      // Jittered, so two waiters do not retry in lockstep.
      await pause(2 + Math.random() * 8);
    }
  }
  try {
    return await task();
  } finally {
    await rm(lockPath, { force: true });
  }
}
