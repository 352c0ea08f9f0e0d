/**
 * Builds what the conformance tests inspect, once per run, with the same commands a user runs:
 * `npm run build -- --kibana-version …` for every tested version (one invocation, so the server code and
 * node_modules are built once), and the shared-deps bundle for the emulated Kibana page. Then installs each
 * zip as `bin/kibana-plugin install` would, with a stand-in for Kibana's @kbn/config-schema beside it.
 */
import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { installPluginZip } from './lib/install_plugin_zip';
import { pluginsDirFor, REPO_ROOT, SHARED_DEPS_DIR, TESTED_KIBANA_VERSIONS, zipPathFor } from './lib/paths';

const run = promisify(execFile);

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const tsx = require.resolve('tsx/cli');
  const versionArgs = TESTED_KIBANA_VERSIONS.flatMap((version) => ['--kibana-version', version]);
  try {
    await run(process.execPath, [tsx, 'scripts/build/build_plugin.ts', ...versionArgs], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
    await run(process.execPath, [tsx, 'scripts/build/build_shared_deps.ts', '--out-dir', SHARED_DEPS_DIR, '--public-path', '/shared/'], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const details = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`conformance build failed: ${error instanceof Error ? error.message : String(error)}\n${details}`);
  }
  for (const version of TESTED_KIBANA_VERSIONS) {
    await installPluginZip(zipPathFor(version), pluginsDirFor(version));
    // Where Kibana's own @kbn/config-schema sits relative to plugins/ (<kibana>/node_modules): a stand-in,
    // since the real package is not published (lib/kbn_config_schema_stand_in/index.js says what it covers).
    await cp(path.join(__dirname, 'lib', 'kbn_config_schema_stand_in'), path.join(pluginsDirFor(version), '..', 'node_modules', '@kbn', 'config-schema'), { recursive: true });
  }
  console.log(`\nconformance: built ${TESTED_KIBANA_VERSIONS.join(', ')} and shared deps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
