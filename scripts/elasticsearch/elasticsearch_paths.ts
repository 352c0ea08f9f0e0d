import path from 'node:path';

/** The pinned distribution: the newest 8.x integ-test-zip on Maven Central, matching `@elastic/elasticsearch` 8.19. */
export const ELASTICSEARCH_VERSION = '8.19.21';
export const ELASTICSEARCH_ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ELASTICSEARCH_VERSION}:zip`;

export interface ElasticsearchPaths {
  /** Root of the checkout. */
  readonly repoRoot: string;
  /** `.cache/elasticsearch`, git-ignored; everything below is created on demand. */
  readonly cacheDir: string;
  /** Where the Maven download lands before it is unzipped. */
  readonly downloadDir: string;
  /** The unzipped distribution (`bin/`, `lib/`, `modules/`, `config/`); read-only to the node. */
  readonly installDir: string;
  /** Instance started by `npm run es:start` (and reused by the test harness when it is up). */
  readonly defaultInstanceDir: string;
  /** One directory per Jest run or test-owned node, removed when that node stops. */
  readonly runsDir: string;
}

/**
 * Paths of the Elasticsearch cache. `HUNT_EDA_ES_CACHE` moves the cache elsewhere (needed when the checkout
 * sits below a directory the unprivileged Elasticsearch user cannot enter, e.g. `/root`).
 */
export function getElasticsearchPaths(env: NodeJS.ProcessEnv = process.env): ElasticsearchPaths {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const cacheDir = env.HUNT_EDA_ES_CACHE ? path.resolve(env.HUNT_EDA_ES_CACHE) : path.join(repoRoot, '.cache', 'elasticsearch');
  return {
    repoRoot,
    cacheDir,
    downloadDir: path.join(cacheDir, 'download'),
    installDir: path.join(cacheDir, `elasticsearch-${ELASTICSEARCH_VERSION}`),
    defaultInstanceDir: path.join(cacheDir, 'node'),
    runsDir: path.join(cacheDir, 'runs'),
  };
}
