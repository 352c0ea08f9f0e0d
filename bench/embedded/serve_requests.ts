/**
 * What a user of `hunt-eda serve` waits for on the bundled sample (930 MB eve.json + 61 MB Zeek http.log):
 * the server's start, then the requests the page makes on opening (the suggestion, the HTTP timeline, the
 * conversations, rare methods), asked three times over real HTTP; then a restart on the warm cache. The
 * first round is the baseline the later rounds are measured against (ratio first / later), in the same run.
 *
 *   npx tsx bench/embedded/serve_requests.ts [--baseline-bin OTHER/bin/hunt-eda.js] [FILE…]
 *
 * `--baseline-bin` also runs the same requests against another checkout's CLI (e.g. a worktree of the
 * commit before the engine loaded files once), printed beside. Results go to bench/results/serve_requests.json.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ensureSampleFiles } from '../../standalone/ensure_sample_files';

const ROOT = resolve(__dirname, '..', '..');
const API = '/internal/hunt_eda';
const ROUNDS = 3;

interface Served {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly startSeconds: number;
}

interface Suggestion {
  readonly index: string;
  readonly mapping: Readonly<Record<string, string | undefined>>;
  readonly time_range: { readonly from: string; readonly to: string };
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function serve(bin: string, files: readonly string[], extra: readonly string[]): Promise<Served> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'serve', '--no-app', '--port', '0', ...extra, ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/[^\s/]+)/.exec(out)?.[1];
      if (url) done(url);
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code} before listening`)));
  });
  return { child, origin, startSeconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function stop(served: Served): Promise<void> {
  const exited = new Promise((done) => served.child.on('exit', done));
  served.child.kill('SIGTERM');
  await exited;
}

async function call(origin: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${origin}${API}/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-elastic-internal-origin': 'Kibana', 'kbn-xsrf': 'bench' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const parsed: unknown = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(parsed).slice(0, 300)}`);
  return parsed;
}

/** The page's opening requests, each timed, in the order it makes them. */
async function openPage(origin: string): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = process.hrtime.bigint();
    const result = await work();
    timings[name] = Number(process.hrtime.bigint() - start) / 1e9;
    return result;
  };
  const info = (await timed('info', () => call(origin, 'standalone/info'))) as { suggestions: Record<string, Suggestion | { error: string }> };
  const http = info.suggestions.http_timeline;
  const alerts = info.suggestions.conversations;
  if (!http || !('index' in http) || !alerts || !('index' in alerts)) throw new Error(`no suggestion: ${JSON.stringify(info.suggestions)}`);
  const m = http.mapping;
  await timed('timeline', () =>
    call(origin, 'timeline', {
      index: http.index,
      time_range: http.time_range,
      fields: { timestamp: m.timestamp, source: m.source, destination: m.destination, http_method: m.http_method, bytes_out: m.bytes_out, domain: m.domain },
      filters: { methods: ['POST', 'PUT'], external_destinations_only: true },
      home_networks: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
    }),
  );
  const a = alerts.mapping;
  await timed('conversations', () =>
    call(origin, 'conversations', {
      index: alerts.index,
      time_range: alerts.time_range,
      fields: { timestamp: a.timestamp, signature_id: a.signature_id, signature_name: a.signature_name, source: a.source, destination: a.destination },
    }),
  );
  await timed('rare_values', () => call(origin, 'rare_values', { index: http.index, time_range: http.time_range, field: m.http_method, timestamp_field: m.timestamp }));
  return timings;
}

async function measure(bin: string, files: readonly string[], extra: readonly string[]): Promise<{ start: number; rounds: Array<Record<string, number>> }> {
  const served = await serve(bin, files, extra);
  try {
    const rounds: Array<Record<string, number>> = [];
    for (let round = 0; round < ROUNDS; round += 1) rounds.push(await openPage(served.origin));
    return { start: served.startSeconds, rounds };
  } finally {
    await stop(served);
  }
}

function summarise(label: string, run: { start: number; rounds: Array<Record<string, number>> }): Record<string, unknown> {
  const total = (timings: Record<string, number> | undefined) => Object.values(timings ?? {}).reduce((sum, seconds) => sum + seconds, 0);
  const first = run.rounds[0] ?? {};
  const later = run.rounds.slice(1);
  console.log(`${label}: server up in ${run.start.toFixed(1)} s`);
  for (const name of Object.keys(first)) {
    const best = Math.min(...later.map((timings) => timings[name] ?? Infinity));
    console.log(`  ${name.padEnd(14)} first ${(first[name] ?? 0).toFixed(2).padStart(7)} s   later ${best.toFixed(2).padStart(6)} s   ×${((first[name] ?? 0) / best).toFixed(1)}`);
  }
  const laterTotal = Math.min(...later.map(total));
  console.log(`  whole page     first ${total(first).toFixed(2).padStart(7)} s   later ${laterTotal.toFixed(2).padStart(6)} s   ×${(total(first) / laterTotal).toFixed(1)}`);
  return { start_seconds: run.start, rounds: run.rounds };
}

async function main(): Promise<void> {
  const given = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith('--') && all[index - 1] !== '--baseline-bin');
  const files = given.length > 0 ? given : await ensureSampleFiles();
  const bin = join(ROOT, 'bin', 'hunt-eda.js');
  const cacheDir = mkdtempSync(join(tmpdir(), 'hunt-eda-bench-cache-'));
  const results: Record<string, unknown> = { files };
  try {
    const baselineBin = option('--baseline-bin');
    if (baselineBin !== undefined) results.baseline = summarise(`baseline (${baselineBin})`, await measure(baselineBin, files, []));
    results.cold_cache = summarise('this checkout, empty cache', await measure(bin, files, ['--cache-dir', cacheDir]));
    results.warm_cache = summarise('this checkout, restarted on the warm cache', await measure(bin, files, ['--cache-dir', cacheDir]));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'serve_requests.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
