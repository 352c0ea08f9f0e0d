/** Runs `hunt-eda serve` as a real process, as a user's shell would, and hands back the URL it prints. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

import { BIN, REPO_ROOT } from './run_cli';

export interface Served {
  readonly url: string;
  readonly origin: string;
  readonly stderr: () => string;
  /** SIGINT, as Ctrl-C; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `hunt-eda serve --port 0 ARGS` and waits for the URL it prints (a first run builds the bundles: minutes). */
export function startServe(args: readonly string[], timeoutMs = 120_000): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL in ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /running at (\S+)/.exec(stdout)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({
        url,
        origin: new URL(url).origin,
        stderr: () => stderr,
        stop: () => {
          child.kill('SIGINT');
          return exited;
        },
      });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}
