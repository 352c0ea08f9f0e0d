import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { INTERNAL_API_BASE, PLUGIN_ID } from '../../common/constants';
import { pluginsDirFor, REPO_ROOT, TESTED_KIBANA_VERSIONS } from './lib/paths';

interface RouteRecord {
  method: string;
  path: string;
  validate: { kind: string; parts?: Record<string, string> };
  security?: { authz?: { requiredPrivileges?: unknown[]; enabled?: boolean; reason?: string } };
  options?: { access?: string };
  handlerType: string;
}
interface SetupRecord {
  exports: string[];
  lifecycle: string[];
  routers: number;
  routes: RouteRecord[];
  savedObjectTypes: Array<{ name: string; hidden: unknown; namespaceType: string; mappings?: { properties?: object }; hasSwitchToModelVersionAt: boolean }>;
  uiSettings: Array<{ key: string; hasSchema: boolean }>;
  validatorResults: Array<{ key: string; outcome: string }>;
  setupResult: string;
  startResult: string;
}

/** Every `*_API_PATH` a route contract in common/api declares: the routes the plugin must serve. */
async function contractPaths(): Promise<string[]> {
  const dir = path.join(REPO_ROOT, 'common', 'api');
  const paths: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const contract = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(contract)) if (name.endsWith('_API_PATH') && typeof value === 'string') paths.push(value);
  }
  return paths.sort();
}

describe.each(TESTED_KIBANA_VERSIONS)('server/index.js installed for Kibana %s, in plain Node', (version) => {
  let record: SetupRecord;

  beforeAll(async () => {
    const probe = path.join(__dirname, 'lib', 'run_server_setup.js');
    // A clean Node: no Jest module registry, no TypeScript loader, cwd outside the repository's node_modules.
    const { stdout } = await promisify(execFile)(process.execPath, [probe, path.join(pluginsDirFor(version), PLUGIN_ID), version], { cwd: pluginsDirFor(version), env: { PATH: process.env.PATH ?? '' } });
    record = JSON.parse(stdout) as SetupRecord;
  }, 30_000);

  it('exports plugin() returning setup, start and stop, each of which runs', () => {
    expect(record.exports).toContain('plugin');
    expect(record.lifecycle).toEqual(['setup', 'start', 'stop']);
    expect(record.setupResult).toBe('object');
    expect(record.startResult).toBe('object');
  });

  it('registers saved-object types and UI settings only in the shape Kibana validates at start', () => {
    const problems = [
      ...record.savedObjectTypes.flatMap((type) => [
        typeof type.hidden === 'boolean' ? [] : [`${type.name}: hidden must be boolean`],
        ['single', 'multiple', 'multiple-isolated', 'agnostic'].includes(type.namespaceType) ? [] : [`${type.name}: bad namespaceType`],
        type.mappings?.properties ? [] : [`${type.name}: mappings.properties missing`],
        type.hasSwitchToModelVersionAt ? [`${type.name}: switchToModelVersionAt was removed from Kibana`] : [],
      ]),
      ...record.uiSettings.filter((s) => !s.hasSchema).map((s) => [`${s.key}: uiSettings need a schema`]),
    ].flat();
    expect(problems).toEqual([]);
  });

  it('creates a router', () => {
    expect(record.routers).toBeGreaterThanOrEqual(1);
  });

  it('registers a route for every route contract in common/api', async () => {
    const registered = record.routes.map((r) => r.path);
    expect((await contractPaths()).filter((p) => !registered.includes(p))).toEqual([]);
  });

  it('keeps every route under its API prefix, internal, with a handler and validation', () => {
    expect(record.routes.length).toBeGreaterThan(0);
    for (const route of record.routes) {
      expect(route.path.startsWith(`${INTERNAL_API_BASE}/`) || route.path.startsWith('/api/hunt_eda/')).toBe(true);
      if (route.path.startsWith(INTERNAL_API_BASE)) expect(route.options?.access ?? 'internal').toBe('internal');
      expect(route.handlerType).toBe('function');
      expect(['false', 'object', 'lazy']).toContain(route.validate.kind);
    }
  });

  it('gives every route a security config Kibana accepts (non-empty privileges, or disabled with a reason)', () => {
    expect(record.routes.length).toBeGreaterThan(0);
    for (const route of record.routes) {
      const authz = route.security?.authz;
      expect(authz).toBeDefined();
      if (authz?.enabled === false) expect(authz.reason).toEqual(expect.any(String));
      else expect(authz?.requiredPrivileges?.length).toBeGreaterThan(0);
    }
  });

  it('answers malformed input with badRequest rather than throwing', () => {
    expect(record.validatorResults.length).toBeGreaterThan(0);
    expect(record.validatorResults.filter((r) => r.outcome.startsWith('threw') || r.outcome === 'invalid-return')).toEqual([]);
  });
});
