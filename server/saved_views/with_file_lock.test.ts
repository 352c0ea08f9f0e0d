import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileLockTimeoutError, withFileLock } from './with_file_lock';

describe('withFileLock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hunt-eda-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives up naming the lock file when a live holder keeps it, and leaves that holder’s lock alone', async () => {
    const lock = path.join(dir, '.view.lock');
    await writeFile(lock, '1\n');
    await expect(withFileLock(lock, async () => 'ran', { waitMs: 50 })).rejects.toThrow(FileLockTimeoutError);
    await expect(withFileLock(lock, async () => 'ran', { waitMs: 50 })).rejects.toThrow(`${lock} is held by another writer`);
    expect(await readdir(dir)).toEqual(['.view.lock']);
  });

  it('takes over a lock left by a crashed holder (older than staleMs) and releases it afterwards', async () => {
    const lock = path.join(dir, '.view.lock');
    await writeFile(lock, '1\n');
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    expect(await withFileLock(lock, async () => 'ran', { waitMs: 50, staleMs: 30_000 })).toBe('ran');
    expect(await readdir(dir)).toEqual([]);
  });

  it('runs holders one at a time and releases the lock when the task throws', async () => {
    const lock = path.join(dir, '.view.lock');
    let inside = 0;
    let most = 0;
    const task = async () => {
      most = Math.max(most, ++inside);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inside--;
    };
    await Promise.all(Array.from({ length: 6 }, () => withFileLock(lock, task)));
    expect(most).toBe(1);
    await expect(withFileLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await readdir(dir)).toEqual([]);
  });
});
