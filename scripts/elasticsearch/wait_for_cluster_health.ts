export type ClusterStatus = 'green' | 'yellow' | 'red';

export interface WaitForHealthOptions {
  readonly timeoutMs: number;
  /** When set, the node answering must carry this name (another node may hold the port). */
  readonly expectedNodeName?: string;
  /** Checked between polls: when it returns a reason, waiting stops at once with that reason. */
  readonly checkAborted?: () => string | null;
  readonly pollIntervalMs?: number;
}

export class HealthWaitError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'aborted',
  ) {
    super(message);
    this.name = 'HealthWaitError';
  }
}

/**
 * Polls `GET /_cluster/health?wait_for_status=yellow` until the cluster reports yellow or green. A single
 * node holds no replicas, so yellow is the best an index with replicas can reach. Connection refusals
 * while the node boots are expected and retried. Cost: one small request per poll interval.
 */
export async function waitForClusterHealth(url: string, options: WaitForHealthOptions): Promise<ClusterStatus> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.pollIntervalMs ?? 500;
  let lastProblem = 'no answer yet';
  for (;;) {
    const aborted = options.checkAborted?.() ?? null;
    if (aborted) throw new HealthWaitError(aborted, 'aborted');
    try {
      const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=1s`, {
        signal: AbortSignal.timeout(5000),
      });
      const body: unknown = await response.json();
      const status = isHealthBody(body) ? body.status : null;
      if (response.ok && (status === 'green' || status === 'yellow')) {
        const name = options.expectedNodeName ? await fetchLocalNodeName(url) : null;
        if (name === (options.expectedNodeName ?? null)) return status;
        lastProblem = `port answered by another node (${String(name)})`;
      } else {
        lastProblem = `HTTP ${response.status}, status ${String(status)}`;
      }
    } catch (error) {
      // undici reports every network failure as "fetch failed"; the useful code (ECONNREFUSED) is in cause.
      const cause = (error as { cause?: { code?: string } }).cause;
      lastProblem = cause?.code ?? (error as Error).message;
    }
    if (Date.now() >= deadline) {
      throw new HealthWaitError(
        `cluster at ${url} was not yellow or green within ${Math.round(options.timeoutMs / 1000)} s (last: ${lastProblem})`,
        'timeout',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Name of the node that serves requests on `url`. */
export async function fetchLocalNodeName(url: string): Promise<string | null> {
  const response = await fetch(`${url}/_nodes/_local?filter_path=nodes.*.name`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json()) as { nodes?: Record<string, { name?: unknown }> };
  const names = Object.values(body.nodes ?? {}).map((node) => node.name);
  return names.length === 1 && typeof names[0] === 'string' ? names[0] : null;
}

function isHealthBody(body: unknown): body is { status: string } {
  return typeof body === 'object' && body !== null && typeof (body as { status?: unknown }).status === 'string';
}
