import camelCase from 'lodash/camelCase';

/**
 * Kibana's rules for a plugin's `kibana.json`, written from
 * src/core/packages/plugins/server-internal/src/discovery/plugin_manifest_parser.ts (a violation there is a
 * discovery error: Kibana refuses to start) and from the install CLI (src/cli/plugin/install/{pack,kibana}.ts).
 * Returns the problems found; empty means Kibana `kibanaVersion` would load the plugin.
 */
export const KNOWN_MANIFEST_FIELDS = new Set([
  'id',
  'kibanaVersion',
  'type',
  'version',
  'configPath',
  'requiredPlugins',
  'optionalPlugins',
  'runtimePluginDependencies',
  'ui',
  'server',
  'extraPublicDirs',
  'requiredBundles',
  'serviceFolders',
  'owner',
  'description',
  'enabledOnAnonymousPages',
]);

/** semver.coerce: the first `X[.Y[.Z]]` in the string, missing parts as 0; prerelease tags dropped. */
export function coerceVersion(version: string): string | undefined {
  const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version);
  if (!match) return undefined;
  return `${Number(match[1])}.${Number(match[2] ?? 0)}.${Number(match[3] ?? 0)}`;
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function validateKibanaManifest(manifest: unknown, kibanaVersion: string): string[] {
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return ['manifest: must be a JSON object'];
  const m = manifest as Record<string, unknown>;
  const problems: string[] = [];
  const id = m.id;
  if (typeof id !== 'string' || id === '') {
    problems.push('id: must be a non-empty string');
  } else {
    if (id.includes('.')) problems.push('id: must not include "." characters');
    if (camelCase(id) !== id) problems.push(`id: must be camelCase, found "${id}"`);
    // The install CLI is stricter than the server: letters and digits only, starting lower-case, 2+ chars.
    if (!/^[a-z][a-zA-Z0-9]+$/.test(id)) problems.push(`id: bin/kibana-plugin install requires /^[a-z][a-zA-Z0-9]+$/, found "${id}"`);
  }
  if (typeof m.version !== 'string' || m.version === '') problems.push('version: must be a non-empty string');
  const owner = m.owner as Record<string, unknown> | undefined;
  if (!owner || typeof owner !== 'object' || typeof owner.name !== 'string' || owner.name === '') {
    problems.push('owner.name: must be a non-empty string');
  }
  if (m.configPath !== undefined && typeof m.configPath !== 'string' && !isStringArray(m.configPath)) {
    problems.push('configPath: must be a string or an array of strings');
  }
  if (m.extraPublicDirs !== undefined && !isStringArray(m.extraPublicDirs)) problems.push('extraPublicDirs: must be an array of strings');
  for (const key of ['requiredPlugins', 'optionalPlugins', 'requiredBundles', 'runtimePluginDependencies']) {
    if (m[key] !== undefined && !isStringArray(m[key])) problems.push(`${key}: must be an array of strings`);
  }
  if (m.server !== true && m.ui !== true) problems.push('server/ui: at least one must be true');
  const unknown = Object.keys(m).filter((key) => !KNOWN_MANIFEST_FIELDS.has(key));
  if (unknown.length > 0) problems.push(`unrecognized properties: ${unknown.join(', ')}`);
  if (m.type !== undefined && m.type !== 'standard' && m.type !== 'preboot') problems.push('type: must be "standard" or "preboot"');

  // Server: kibanaVersion (or version) coerced must equal Kibana's version exactly, patch included.
  const expected = typeof m.kibanaVersion === 'string' && m.kibanaVersion !== '' ? m.kibanaVersion : m.version;
  if (typeof expected === 'string' && expected !== 'kibana') {
    const coercedExpected = coerceVersion(expected);
    if (coercedExpected === undefined || coercedExpected !== coerceVersion(kibanaVersion)) {
      problems.push(`kibanaVersion: plugin is built for "${expected}", Kibana is "${kibanaVersion}"`);
    }
  }
  // Install CLI: compares the X.Y.Z found in both strings, so the server's "kibana" wildcard is refused.
  const installVersion = typeof expected === 'string' ? /\d+\.\d+\.\d+/.exec(expected)?.[0] : undefined;
  if (installVersion !== /\d+\.\d+\.\d+/.exec(kibanaVersion)?.[0]) {
    problems.push(`kibanaVersion: bin/kibana-plugin install needs an X.Y.Z equal to "${kibanaVersion}", found "${String(expected)}"`);
  }
  return problems;
}
