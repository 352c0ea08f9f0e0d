import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractZip } from './extract_zip';
import { ELASTICSEARCH_ARTIFACT, ELASTICSEARCH_VERSION, getElasticsearchPaths, type ElasticsearchPaths } from './elasticsearch_paths';

export interface EnsureInstalledOptions {
  readonly paths?: ElasticsearchPaths;
  /** Progress lines (download, unzip); silent when absent. */
  readonly log?: (message: string) => void;
}

/**
 * Makes sure the pinned integ-test distribution is unpacked in the cache and returns its directory.
 * Warm: one `stat`. Cold: `mvn dependency:copy` from Maven Central through the local repository (~/.m2,
 * checksums enforced), then an unzip into a private temporary directory that is renamed into place, so two
 * processes installing at once cannot leave a half-written install behind.
 */
export async function ensureElasticsearchInstalled(options: EnsureInstalledOptions = {}): Promise<string> {
  const paths = options.paths ?? getElasticsearchPaths();
  const log = options.log ?? (() => undefined);
  const launcher = path.join(paths.installDir, 'bin', 'elasticsearch');
  if (fs.existsSync(launcher)) return paths.installDir;

  const zipPath = path.join(paths.downloadDir, `elasticsearch-${ELASTICSEARCH_VERSION}.zip`);
  if (!fs.existsSync(zipPath)) {
    fs.mkdirSync(paths.downloadDir, { recursive: true });
    log(`fetching ${ELASTICSEARCH_ARTIFACT} with Maven (first run only)`);
    downloadWithMaven(paths.downloadDir);
    if (!fs.existsSync(zipPath)) {
      throw new Error(`ensureElasticsearchInstalled: Maven finished but ${zipPath} is missing`);
    }
  }

  log(`unpacking ${zipPath}`);
  const staging = fs.mkdtempSync(path.join(paths.cacheDir, 'unpack-'));
  try {
    await extractZip(zipPath, staging);
    const unpacked = path.join(staging, `elasticsearch-${ELASTICSEARCH_VERSION}`);
    if (!fs.existsSync(path.join(unpacked, 'bin', 'elasticsearch'))) {
      throw new Error(`ensureElasticsearchInstalled: ${zipPath} has no elasticsearch-${ELASTICSEARCH_VERSION}/bin/elasticsearch`);
    }
    fs.chmodSync(paths.cacheDir, 0o755);
    try {
      fs.renameSync(unpacked, paths.installDir);
    } catch (error) {
      // Another process won the race; its install is complete because it was renamed whole.
      if (!fs.existsSync(launcher)) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  // Maven keeps its own copy in ~/.m2, so the second one is not worth 100 MB.
  fs.rmSync(zipPath, { force: true });
  return paths.installDir;
}

function downloadWithMaven(outputDirectory: string): void {
  const probe = spawnSync('mvn', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error('ensureElasticsearchInstalled: `mvn` is not on PATH; install Maven (apt-get install maven)');
  }
  // Run where no pom.xml can be picked up; -B and stdin closed because CI has no terminal.
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-C', '-Dstyle.color=never', 'dependency:copy', `-Dartifact=${ELASTICSEARCH_ARTIFACT}`, `-DoutputDirectory=${outputDirectory}`],
    { cwd: outputDirectory, stdio: ['ignore', 'inherit', 'inherit'], timeout: 20 * 60 * 1000 },
  );
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${String(result.status)}`;
    throw new Error(`ensureElasticsearchInstalled: mvn dependency:copy of ${ELASTICSEARCH_ARTIFACT} failed (${reason})`);
  }
}
