import path from 'node:path';

export interface ElasticsearchCommandInput {
  readonly installDir: string;
  readonly instanceDir: string;
  readonly port: number;
  /** Unique per launch: how the harness tells its node from another one answering on the same port. */
  readonly nodeName: string;
  readonly javaHome: string;
  /** JVM heap, as -Xms/-Xmx take it: `1g`, `512m`. */
  readonly heap: string;
  /** PATH handed to the launcher scripts (they need `dirname`, `uname` and friends). */
  readonly pathEnv: string;
}

export interface ElasticsearchCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export interface InstanceLayout {
  readonly configDir: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly tmpDir: string;
  /** The launcher's stdout and stderr: startup failures that happen before logging is set up land here. */
  readonly consoleLog: string;
  /** The node's main log (`<path.logs>/<cluster.name>.log`). */
  readonly serverLog: string;
  /** Pid, port and URL of the running node: the pid file `es:stop` reads. */
  readonly stateFile: string;
}

export const CLUSTER_NAME = 'hunt-eda';

const HEAP_PATTERN = /^\d+[kmg]$/i;

/** Where an instance keeps its files; everything lives below its own directory. */
export function getInstanceLayout(instanceDir: string): InstanceLayout {
  const logsDir = path.join(instanceDir, 'logs');
  return {
    configDir: path.join(instanceDir, 'config'),
    dataDir: path.join(instanceDir, 'data'),
    logsDir,
    tmpDir: path.join(instanceDir, 'tmp'),
    consoleLog: path.join(logsDir, 'console.log'),
    serverLog: path.join(logsDir, `${CLUSTER_NAME}.log`),
    stateFile: path.join(instanceDir, 'instance.json'),
  };
}

/**
 * The launcher command, settings and environment for one single-node test cluster: loopback only, security
 * off (the integ-test zip has x-pack-security, so the setting exists and must be off for plain HTTP), disk
 * watermarks off (CI disks can be nearly full, which would leave shards unassigned), and a clean
 * environment so the caller's JAVA_TOOL_OPTIONS or ES_* variables cannot leak in. Pure.
 */
export function buildElasticsearchCommand(input: ElasticsearchCommandInput): ElasticsearchCommand {
  if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535) {
    throw new Error(`buildElasticsearchCommand: port must be an integer in 1..65535, got ${String(input.port)}`);
  }
  if (!HEAP_PATTERN.test(input.heap)) {
    throw new Error(`buildElasticsearchCommand: heap must look like 512m or 1g, got "${input.heap}"`);
  }
  const layout = getInstanceLayout(input.instanceDir);
  const settings: Record<string, string> = {
    'cluster.name': CLUSTER_NAME,
    'node.name': input.nodeName,
    'discovery.type': 'single-node',
    'network.host': '127.0.0.1',
    'http.port': String(input.port),
    'xpack.security.enabled': 'false',
    'path.data': layout.dataDir,
    'path.logs': layout.logsDir,
    'cluster.routing.allocation.disk.threshold_enabled': 'false',
  };
  return {
    command: path.join(input.installDir, 'bin', 'elasticsearch'),
    args: Object.entries(settings).map(([key, value]) => `-E${key}=${value}`),
    env: {
      PATH: input.pathEnv,
      HOME: input.instanceDir,
      LANG: 'C.UTF-8',
      ES_JAVA_HOME: input.javaHome,
      ES_PATH_CONF: layout.configDir,
      ES_TMPDIR: layout.tmpDir,
      // A heap dump on OOM would write a file as large as the heap into the logs directory.
      ES_JAVA_OPTS: `-Xms${input.heap} -Xmx${input.heap} -XX:-HeapDumpOnOutOfMemoryError`,
    },
  };
}
