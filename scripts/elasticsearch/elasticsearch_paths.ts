import { createHash } from 'node:crypto';
import fs from 'node:fs';
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
 * Paths of the Elasticsearch cache. `HUNT_EDA_ES_CACHE` moves the cache elsewhere. By default the cache lives
 * in the checkout's `.cache/`, unless a parent directory of the checkout is closed to other users (a checkout
 * below `/root` or a `mktemp -d` directory): the unprivileged Elasticsearch user could not reach it there, so
 * the cache moves to a directory of its own under the system's temporary directory, one per checkout.
 */
export function getElasticsearchPaths(env: NodeJS.ProcessEnv = process.env): ElasticsearchPaths {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const cacheDir = env.HUNT_EDA_ES_CACHE ? path.resolve(env.HUNT_EDA_ES_CACHE) : chooseDefaultCacheDir(repoRoot);
  return {
    repoRoot,
    cacheDir,
    downloadDir: path.join(cacheDir, 'download'),
    installDir: path.join(cacheDir, `elasticsearch-${ELASTICSEARCH_VERSION}`),
    defaultInstanceDir: path.join(cacheDir, 'node'),
    runsDir: path.join(cacheDir, 'runs'),
  };
}

type ModeOf = (dir: string) => number | undefined;

const modeOnDisk: ModeOf = (dir) => {
  try {
    return fs.statSync(dir).mode;
  } catch {
    return undefined;
  }
};

/** Whether other users can enter `dir`: every existing directory from the root down to it grants o+x. */
export function isReachableByOtherUsers(dir: string, modeOf: ModeOf = modeOnDisk): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = modeOf(current);
    if (mode !== undefined && (mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

export function chooseDefaultCacheDir(repoRoot: string, modeOf: ModeOf = modeOnDisk, tmpDir = '/var/tmp'): string {
  const inCheckout = path.join(repoRoot, '.cache', 'elasticsearch');
  if (isReachableByOtherUsers(repoRoot, modeOf)) return inCheckout;
  const checkoutId = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  return path.join(tmpDir, `hunt-eda-es-${checkoutId}`);
}
