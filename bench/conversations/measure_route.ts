/**
 * The conversations route as a client meets it: a POST over HTTP to route_server.ts (bundled, see
 * bundleRouteServer) in a child process,
 * timed until the last byte of the answer has arrived. The child's peak resident memory is read from
 * /proc/<pid>/status (VmHWM) after each request; before each request the peak is reset (writing 5 to
 * /proc/<pid>/clear_refs) so each figure belongs to that request alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { build } from 'esbuild';

import { CONVERSATIONS_API_PATH, decodeConversationsResponse } from '../../common/api/conversations';
import type { ConversationsRequestBody, ConversationsResponse, EncodedConversationsResponse } from '../../common/api/conversations';

export interface RouteRun {
  readonly seconds: number;
  readonly responseBytes: number;
  /** Peak RSS of the serving process during this request (since start if the peak could not be reset). */
  readonly peakRssMib: number;
  readonly peakIsPerRequest: boolean;
  readonly response: ConversationsResponse;
}

export interface RouteProcess {
  readonly pid: number;
  /** Resident memory of the idle server just after it started listening. */
  readonly idleRssMib: number;
  post(body: ConversationsRequestBody): Promise<RouteRun>;
  stop(): Promise<void>;
}

function statusMib(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${field}:`));
  if (line === undefined) throw new Error(`measureRoute: /proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** POST with node:http: no client-side timeout (fetch gives up on headers after 300 s). */
function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-elastic-internal-origin': 'hunt-eda-bench' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/**
 * route_server.ts and the production files it imports, bundled into one JavaScript file as a plugin's
 * server code ships (Kibana loads built JavaScript): run through tsx instead, the idle process holds
 * about 50 MiB of TypeScript loader and transform caches that are no part of the route's memory.
 */
async function bundleRouteServer(dir: string): Promise<string> {
  const outfile = join(dir, 'route_server.js');
  await build({ entryPoints: [join(__dirname, 'route_server.ts')], bundle: true, platform: 'node', target: 'node20', outfile, logLevel: 'warning' });
  return outfile;
}

export async function startRouteProcess(esUrl: string): Promise<RouteProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'conversations-route-'));
  const script = await bundleRouteServer(dir);
  const child: ChildProcess = spawn(process.execPath, [script, esUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const pid = child.pid;
  if (pid === undefined || child.stdout === null || child.stdin === null) throw new Error('startRouteProcess: the route server did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`startRouteProcess: the route server exited with code ${String(code)} before listening`)));
  });
  const stdin = child.stdin;
  return {
    pid,
    idleRssMib: statusMib(pid, 'VmRSS'),
    async post(body) {
      const peakIsPerRequest = resetPeak(pid);
      const started = performance.now();
      const { status, text } = await post(`${url}${CONVERSATIONS_API_PATH}`, JSON.stringify(body));
      const seconds = (performance.now() - started) / 1000;
      const peakRssMib = statusMib(pid, 'VmHWM');
      if (status !== 200) throw new Error(`conversations route answered ${status}: ${text.slice(0, 500)}`);
      return { seconds, responseBytes: Buffer.byteLength(text), peakRssMib, peakIsPerRequest, response: decodeConversationsResponse(JSON.parse(text) as EncodedConversationsResponse) };
    },
    async stop() {
      stdin.end();
      await exited;
    },
  };
}
