/** Runs `bin/hunt-eda.js` as a real process (no TTY), as a user's shell would, and collects its output. */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const REAL_DATA = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'real');
export const BIN = path.join(REPO_ROOT, 'bin', 'hunt-eda.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where the CLI keeps loaded files during the tests, so they never land in the user's ~/.cache. */
export const TEST_CACHE_HOME = path.join(tmpdir(), 'hunt-eda-e2e-cache');

export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME, ...options.env };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function parseJson<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}); stderr: ${result.stderr}\nstdout: ${result.stdout.slice(0, 500)}`);
  }
}
