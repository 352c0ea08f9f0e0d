/**
 * How the integration project's global setup provided Elasticsearch, read from the environment it exports
 * (Jest spawns its workers after global setup, so they inherit these variables):
 * - `started`: a throwaway node in .cache/elasticsearch/runs, stopped and deleted by global teardown;
 * - `reused`: the node of `npm run es:start`, left running;
 * - `external`: ES_URL was set by the caller; nothing was started.
 */
export type EsHarnessMode = 'started' | 'reused' | 'external';

export interface EsHarnessInfo {
  readonly url: string;
  readonly mode: EsHarnessMode;
  /** Instance directory of a `started` node, null otherwise. */
  readonly instanceDir: string | null;
}

export const HARNESS_MODE_VARIABLE = 'HUNT_EDA_ES_HARNESS';
export const HARNESS_INSTANCE_VARIABLE = 'HUNT_EDA_ES_INSTANCE_DIR';

const MODES: readonly EsHarnessMode[] = ['started', 'reused', 'external'];

export function getEsHarnessInfo(env: NodeJS.ProcessEnv = process.env): EsHarnessInfo {
  const url = env.ES_URL;
  if (!url) {
    throw new Error(
      'ES_URL is not set: run integration tests in the Jest "integration" project (its global setup starts ' +
        'Elasticsearch) or set ES_URL to an existing cluster',
    );
  }
  const rawMode = env[HARNESS_MODE_VARIABLE] ?? 'external';
  const mode = MODES.find((candidate) => candidate === rawMode);
  if (!mode) throw new Error(`${HARNESS_MODE_VARIABLE} must be one of ${MODES.join(', ')}, got "${rawMode}"`);
  return { url, mode, instanceDir: mode === 'started' ? (env[HARNESS_INSTANCE_VARIABLE] ?? null) : null };
}
