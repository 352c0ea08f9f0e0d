import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PLUGIN_ID } from '../../common/constants';
import { installPluginZip, readZip } from './lib/install_plugin_zip';
import { REPO_ROOT, TESTED_KIBANA_VERSIONS, zipPathFor } from './lib/paths';

interface RootPackage {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** `kibana/huntEda/node_modules/@scope/name/…` and nested `…/node_modules/x/…` → every package name inside. */
function packagesIn(names: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    for (const match of name.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)) found.add(match[1]);
  }
  return found;
}

describe.each(TESTED_KIBANA_VERSIONS)('build/huntEda-%s.zip', (version) => {
  const prefix = `kibana/${PLUGIN_ID}/`;
  let names: string[];
  let root: RootPackage;

  beforeAll(async () => {
    names = (await readZip(zipPathFor(version))).names;
    root = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as RootPackage;
  });

  it('holds exactly one plugin folder, kibana/huntEda/', () => {
    expect(names.filter((n) => !n.startsWith(prefix))).toEqual([]);
  });

  it('has the files Kibana loads: manifest, package.json, CommonJS server entry, browser bundle and a lazy chunk', () => {
    expect(names).toEqual(
      expect.arrayContaining([`${prefix}kibana.json`, `${prefix}package.json`, `${prefix}server/index.js`, `${prefix}server/plugin.js`, `${prefix}target/public/${PLUGIN_ID}.plugin.js`]),
    );
    expect(names.filter((n) => new RegExp(`^${prefix}target/public/${PLUGIN_ID}\\.chunk\\.\\d+\\.js$`).test(n)).length).toBeGreaterThanOrEqual(1);
  });

  it('ships compiled JavaScript only: no TypeScript, declarations, tests, source maps or browser sources', () => {
    const own = names.filter((n) => !n.includes('/node_modules/'));
    expect(own.filter((n) => /\.(tsx?|map)$|\.test\.js$|\.d\.ts$/.test(n))).toEqual([]);
    expect(own.filter((n) => n.startsWith(`${prefix}public/`))).toEqual([]);
  });

  it('ships the runtime dependencies and no devDependency', () => {
    const shipped = packagesIn(names);
    for (const dependency of Object.keys(root.dependencies)) expect(shipped).toContain(dependency);
    expect(Object.keys(root.devDependencies).filter((dev) => shipped.has(dev))).toEqual([]);
  });

  it('declares the runtime dependencies, and only those, in its package.json', async () => {
    const zip = await readZip(zipPathFor(version));
    const pkg = JSON.parse((await zip.read(`${prefix}package.json`)).toString('utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toEqual(root.dependencies);
    expect(pkg).not.toHaveProperty('devDependencies');
  });

  it('installs as bin/kibana-plugin install does, into plugins/huntEda', async () => {
    const { pluginDir, manifest, pluginCount } = await installPluginZip(zipPathFor(version), path.join(REPO_ROOT, 'build', 'conformance', 'install-check', version));
    expect(pluginCount).toBe(1);
    expect(path.basename(pluginDir)).toBe(PLUGIN_ID);
    expect(manifest.kibanaVersion).toBe(version);
  });
});
