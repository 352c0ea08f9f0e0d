import path from 'node:path';
import { TESTED_KIBANA_VERSIONS } from '../../../scripts/build/kibana_target';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const BUILD_DIR = path.join(REPO_ROOT, 'build');
/** Where global_setup builds the shared-deps bundle for the test page. */
export const SHARED_DEPS_DIR = path.join(BUILD_DIR, 'conformance', 'shared_deps');
/** Stands in for `<kibana>/plugins`, one per tested version. */
export const pluginsDirFor = (kibanaVersion: string): string => path.join(BUILD_DIR, 'conformance', `kibana-${kibanaVersion}`, 'plugins');
export const zipPathFor = (kibanaVersion: string): string => path.join(BUILD_DIR, `huntEda-${kibanaVersion}.zip`);
export { TESTED_KIBANA_VERSIONS };
