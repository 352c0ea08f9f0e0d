import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildElasticsearchCommand, CLUSTER_NAME, getInstanceLayout, type InstanceLayout } from './build_elasticsearch_command';
import { ELASTICSEARCH_VERSION, getElasticsearchPaths, type ElasticsearchPaths } from './elasticsearch_paths';
import { ensureElasticsearchInstalled } from './ensure_elasticsearch_installed';
import { DEFAULT_SERVICE_USER, ensureServiceUser, type ServiceUser } from './ensure_service_user';
import { findFreePort } from './find_free_port';
import { readInstanceState, removeInstanceState, writeInstanceState } from './instance_state';
import { listProcessGroup } from './process_group';
import { resolveJavaHome } from './resolve_java_home';
import { terminateGroup } from './stop_elasticsearch';
import { waitForClusterHealth } from './wait_for_cluster_health';

export interface StartOptions {
  /** Holds config, data, logs and the state file of this node. */
  readonly instanceDir: string;
  /** Port tried first; another free one is picked when it is taken. null: any free port. Default 9200. */
  readonly preferredPort?: number | null;
  /** JVM heap; default `HUNT_EDA_ES_HEAP` or `1g`. */
  readonly heap?: string;
  /** Process whose death makes the node an orphan to reap (see reapOrphanedInstances). */
  readonly ownerPid?: number | null;
  /** How long to wait for a yellow or green cluster. Default 180 s (a cold start takes about 20 s). */
  readonly timeoutMs?: number;
  readonly paths?: ElasticsearchPaths;
  readonly log?: (message: string) => void;
}

export interface ElasticsearchInstance {
  readonly url: string;
  readonly port: number;
  /** Launcher pid = process group id of the node. */
  readonly pid: number;
  readonly instanceDir: string;
  readonly layout: InstanceLayout;
  /** From spawn to a yellow or green cluster, in milliseconds. */
  readonly startupMs: number;
}

const MAX_PORT_ATTEMPTS = 3;
const BIND_FAILURE = /BindException|Address already in use|BindHttpException/;

/**
 * Starts a single-node cluster in the background and resolves once it is yellow or green. Fetches the
 * distribution on first use, runs the node as the unprivileged service user when called as root, and
 * detaches it into its own process group (so `npm run es:stop` from another shell, or stopElasticsearch,
 * can end the launcher and the server JVM together). A port lost to a concurrent start is retried on
 * another free port. On failure the node is killed and the error names the log files and quotes their end.
 */
export async function startElasticsearch(options: StartOptions): Promise<ElasticsearchInstance> {
  const log = options.log ?? (() => undefined);
  const paths = options.paths ?? getElasticsearchPaths();
  const installDir = await ensureElasticsearchInstalled({ paths, log });
  const javaHome = resolveJavaHome();
  const user = ensureServiceUser(process.env.HUNT_EDA_ES_USER ?? DEFAULT_SERVICE_USER);
  const heap = options.heap ?? process.env.HUNT_EDA_ES_HEAP ?? '1g';
  const instanceDir = path.resolve(options.instanceDir);
  const layout = getInstanceLayout(instanceDir);

  const existing = readInstanceState(instanceDir);
  if (existing && listProcessGroup(existing.pid).some((member) => member.commandLine.includes('elasticsearch'))) {
    throw new Error(`startElasticsearch: a node already runs from ${instanceDir} at ${existing.url} (pid ${existing.pid})`);
  }
  prepareInstanceDir(paths, installDir, instanceDir, user);

  for (let attempt = 1; ; attempt += 1) {
    const port = await findFreePort(attempt === 1 ? (options.preferredPort ?? 9200) : null);
    const url = `http://127.0.0.1:${port}`;
    const nodeName = `${CLUSTER_NAME}-${randomBytes(4).toString('hex')}`;
    const command = buildElasticsearchCommand({
      installDir,
      instanceDir,
      port,
      nodeName,
      javaHome,
      heap,
      pathEnv: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    });
    const consoleFd = fs.openSync(layout.consoleLog, 'w');
    const started = Date.now();
    const child = spawn(command.command, command.args, {
      cwd: layout.logsDir,
      env: command.env,
      detached: true,
      stdio: ['ignore', consoleFd, consoleFd],
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    fs.closeSync(consoleFd);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) => reject(new Error(`startElasticsearch: cannot run ${command.command}: ${error.message}`)));
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`startElasticsearch: ${command.command} started without a pid`);
    let exited: string | null = null;
    child.once('exit', (code, signal) => {
      exited = signal ? `signal ${signal}` : `exit code ${String(code)}`;
    });
    writeInstanceState(instanceDir, {
      pid,
      port,
      url,
      nodeName,
      version: ELASTICSEARCH_VERSION,
      ownerPid: options.ownerPid ?? null,
      startedAt: new Date(started).toISOString(),
    });
    log(`starting Elasticsearch ${ELASTICSEARCH_VERSION} at ${url} (pid ${pid}, heap ${heap}${user ? `, user ${user.name}` : ''})`);

    try {
      await waitForClusterHealth(url, {
        timeoutMs: options.timeoutMs ?? 180_000,
        expectedNodeName: nodeName,
        checkAborted: () => (exited ? `Elasticsearch exited during startup (${exited})` : null),
      });
    } catch (error) {
      await terminateGroup(pid, 10_000).catch(() => undefined);
      removeInstanceState(instanceDir);
      const logs = `${readTail(layout.consoleLog)}\n${readTail(layout.serverLog)}`;
      if (exited && BIND_FAILURE.test(logs) && attempt < MAX_PORT_ATTEMPTS) {
        log(`port ${port} was taken meanwhile; retrying on another port`);
        continue;
      }
      throw new Error(
        `startElasticsearch: ${(error as Error).message}. See ${layout.serverLog} and ${layout.consoleLog}; last lines:\n${logs.trim()}`,
      );
    }
    if (exited) {
      throw new Error(`startElasticsearch: Elasticsearch exited right after becoming healthy (${String(exited)}); see ${layout.serverLog}`);
    }
    child.removeAllListeners();
    child.unref();
    return { url, port, pid, instanceDir, layout, startupMs: Date.now() - started };
  }
}

/**
 * Creates data, logs and tmp, copies a fresh config (the node writes its keystore there, so instances do
 * not share it), shortens the GC log rotation (32 x 64 MB by default), and hands the directory to the
 * service user, checking that it can actually reach the install and the instance.
 */
function prepareInstanceDir(paths: ElasticsearchPaths, installDir: string, instanceDir: string, user: ServiceUser | null): void {
  const layout = getInstanceLayout(instanceDir);
  for (const dir of [layout.dataDir, layout.logsDir, layout.tmpDir]) fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(layout.configDir, { recursive: true, force: true });
  fs.cpSync(path.join(installDir, 'config'), layout.configDir, { recursive: true });
  const jvmOptions = path.join(layout.configDir, 'jvm.options');
  fs.writeFileSync(jvmOptions, fs.readFileSync(jvmOptions, 'utf8').replace('filecount=32,filesize=64m', 'filecount=2,filesize=16m'));
  if (!user) return;

  for (const dir of [paths.cacheDir, path.dirname(instanceDir)]) fs.chmodSync(dir, 0o755);
  const chown = spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, instanceDir], { encoding: 'utf8' });
  if (chown.status !== 0) throw new Error(`startElasticsearch: chown of ${instanceDir} failed: ${chown.stderr.trim()}`);
  const launcher = path.join(installDir, 'bin', 'elasticsearch');
  const access = spawnSync('sh', ['-c', 'test -x "$1" && test -w "$2"', 'sh', launcher, instanceDir], {
    uid: user.uid,
    gid: user.gid,
  });
  if (access.status !== 0) {
    throw new Error(
      `startElasticsearch: user ${user.name} cannot run ${launcher} or write ${instanceDir}; a parent directory is ` +
        'probably closed to other users: set HUNT_EDA_ES_CACHE to a directory they can enter (e.g. /var/tmp/hunt-eda-es)',
    );
  }
}

function readTail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${path.basename(file)})`;
  }
}
