import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PLUGIN_ID } from '../../common/constants';
import { validateKibanaManifest } from './lib/validate_kibana_manifest';
import { pluginsDirFor, REPO_ROOT, TESTED_KIBANA_VERSIONS } from './lib/paths';

const readManifest = async (file: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

describe('kibana.json against Kibana manifest rules', () => {
  it.each(TESTED_KIBANA_VERSIONS)('the manifest installed for %s passes and pins that exact version', async (version) => {
    const manifest = await readManifest(path.join(pluginsDirFor(version), PLUGIN_ID, 'kibana.json'));
    expect(validateKibanaManifest(manifest, version)).toEqual([]);
    expect(manifest.kibanaVersion).toBe(version);
    expect(manifest.id).toBe(PLUGIN_ID);
    expect(manifest).toMatchObject({ server: true, ui: true });
  });

  it.each(TESTED_KIBANA_VERSIONS)('the manifest built for %s is refused by a Kibana one patch later', async (version) => {
    const manifest = await readManifest(path.join(pluginsDirFor(version), PLUGIN_ID, 'kibana.json'));
    const [major, minor, patch] = version.split('.').map(Number);
    expect(validateKibanaManifest(manifest, `${major}.${minor}.${patch + 1}`)).toEqual([expect.stringMatching(/^kibanaVersion:/), expect.stringMatching(/^kibanaVersion:/)]);
  });

  it('the source manifest has no build-only keys and differs from the built one only in kibanaVersion', async () => {
    const source = await readManifest(path.join(REPO_ROOT, 'kibana.json'));
    const built = await readManifest(path.join(pluginsDirFor(TESTED_KIBANA_VERSIONS[0]), PLUGIN_ID, 'kibana.json'));
    expect({ ...built, kibanaVersion: source.kibanaVersion }).toEqual(source);
  });
});

describe('validateKibanaManifest catches what Kibana refuses', () => {
  const valid = { id: 'huntEda', version: '0.1.0', kibanaVersion: '9.2.3', owner: { name: 'Hunt EDA' }, server: true, ui: true };

  it('accepts a minimal valid manifest', () => {
    expect(validateKibanaManifest(valid, '9.2.3')).toEqual([]);
  });

  it.each([
    ['an unknown key', { ...valid, homepage: 'x' }, /unrecognized properties: homepage/],
    ['a snake_case id', { ...valid, id: 'hunt_eda' }, /id: must be camelCase/],
    ['a dotted id', { ...valid, id: 'hunt.eda' }, /must not include "\."/],
    ['an empty owner.name', { ...valid, owner: { name: '' } }, /owner\.name/],
    ['a missing owner', { ...valid, owner: undefined }, /owner\.name/],
    ['neither server nor ui', { ...valid, server: false, ui: false }, /server\/ui/],
    ['a non-string configPath', { ...valid, configPath: 3 }, /configPath/],
    ['an unknown type', { ...valid, type: 'plugin' }, /type:/],
    ['another minor version', { ...valid, kibanaVersion: '9.3.3' }, /kibanaVersion/],
  ])('refuses %s', (_name, manifest, problem) => {
    expect(validateKibanaManifest(manifest, '9.2.3').join('\n')).toMatch(problem);
  });

  it('lets the server accept "kibana" as kibanaVersion but reports that the install CLI refuses it', () => {
    expect(validateKibanaManifest({ ...valid, kibanaVersion: 'kibana' }, '9.2.3')).toEqual([expect.stringMatching(/bin\/kibana-plugin install/)]);
  });

  it('ignores prerelease suffixes, as semver.coerce does', () => {
    expect(validateKibanaManifest({ ...valid, kibanaVersion: '9.2.3-SNAPSHOT' }, '9.2.3')).toEqual([]);
  });
});
