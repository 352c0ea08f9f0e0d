import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { API_PRIVILEGE, INTERNAL_API_BASE, PLUGIN_ID } from '../../common/constants';
import { HUNT_EDA_VIEW_TYPE } from '../../common/saved_views/hunt_eda_view';
import { pluginsDirFor, REPO_ROOT, TESTED_KIBANA_VERSIONS } from './lib/paths';

interface RouteRecord {
  method: string;
  path: string;
  validate: { kind: string; parts?: Record<string, string> };
  security?: { authz?: { requiredPrivileges?: unknown[]; enabled?: boolean; reason?: string } };
  options?: { access?: string };
  handlerType: string;
}
interface PrivilegeRecord {
  app?: string[];
  api?: string[];
  catalogue?: string[];
  savedObject: { all: string[]; read: string[] };
  ui: string[];
}
interface FeatureRecord {
  id: string;
  name: string;
  category: { id: string; label: string };
  app: string[];
  catalogue?: string[];
  privileges: { all: PrivilegeRecord; read: PrivilegeRecord } | null;
  [key: string]: unknown;
}
/** Top-level keys Kibana's strict feature schema accepts in both 8.19 and 9.x (feature_schema.ts); `scope` is not one. */
const FEATURE_KEYS = ['id', 'name', 'category', 'order', 'excludeFromBasePrivileges', 'minimumLicense', 'app', 'management', 'catalogue', 'alerting', 'cases', 'privileges', 'subFeatures', 'privilegesTooltip', 'reserved', 'hidden', 'description', 'deprecated'];
const PRIVILEGE_KEYS = ['excludeFromBasePrivileges', 'requireAllSpaces', 'disabled', 'management', 'catalogue', 'api', 'app', 'alerting', 'cases', 'savedObject', 'ui', 'composedOf', 'replacedBy'];

interface SetupRecord {
  exports: string[];
  lifecycle: string[];
  routers: number;
  routes: RouteRecord[];
  savedObjectTypes: Array<{
    name: string;
    hidden: unknown;
    namespaceType: string;
    mappings?: { dynamic?: unknown; properties?: Record<string, unknown> };
    modelVersions?: string[];
    management?: { importableAndExportable?: boolean; defaultSearchField?: string };
    hasSwitchToModelVersionAt: boolean;
    hasLegacySchemas: boolean;
    hasMigrations: boolean;
  }>;
  uiSettings: Array<{ key: string; hasSchema: boolean; defaultOutcome: string; junkOutcome: string }>;
  features: FeatureRecord[];
  schemaChecks: Array<{ version: string; name: string; label: string; outcome: string; value?: Record<string, unknown> }>;
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

  it('registers the hunt-eda-view saved-object type: space-aware, minimal mappings, model version 1 with create/forwardCompatibility schemas, exportable', () => {
    const type = record.savedObjectTypes.find((t) => t.name === HUNT_EDA_VIEW_TYPE);
    expect(type).toMatchObject({ hidden: false, namespaceType: 'multiple-isolated', modelVersions: ['1'], hasLegacySchemas: false, hasMigrations: false });
    expect(type?.mappings).toEqual({ dynamic: false, properties: { title: { type: 'text' }, description: { type: 'text' } } });
    expect(type?.management).toMatchObject({ importableAndExportable: true, defaultSearchField: 'title' });
    const outcome = (name: string, label: string) => record.schemaChecks.find((c) => c.name === name && c.label.startsWith(label));
    expect(outcome('create', 'built by')?.outcome).toBe('ok');
    expect(outcome('create', 'over an index pattern')?.outcome).toBe('ok');
    expect(outcome('create', 'without title')?.outcome).toBe('rejected');
    expect(outcome('create', 'with an attribute')?.outcome).toBe('rejected');
    expect(outcome('forwardCompatibility', 'with an attribute')?.outcome).toBe('ok');
    expect(outcome('forwardCompatibility', 'with an attribute')?.value).not.toHaveProperty('addedLater');
    // The data view id never sits in the attributes: it is a reference, which export/import remaps.
    expect(JSON.stringify(outcome('create', 'built by')?.value)).not.toContain('"dv"');
  });

  it('registers advanced settings whose schemas accept their defaults and reject junk', () => {
    expect(record.uiSettings.map((s) => s.key).sort()).toEqual(['huntEda:defaultThreshold', 'huntEda:homeNetworks']);
    for (const setting of record.uiSettings) {
      expect({ key: setting.key, outcome: setting.defaultOutcome }).toEqual({ key: setting.key, outcome: 'ok' });
      expect(setting.junkOutcome).toMatch(/^rejected: /);
    }
    expect(record.uiSettings.find((s) => s.key === 'huntEda:homeNetworks')?.junkOutcome).toMatch(/not-a-network/);
  });

  it('registers a Kibana feature with all and read, only keys the strict schema knows, and no scope', () => {
    expect(record.features).toHaveLength(1);
    const feature = record.features[0];
    expect(feature.id).toBe(PLUGIN_ID);
    expect(feature.id).toMatch(/^[a-zA-Z0-9_-]+$/);
    expect(Object.keys(feature).filter((k) => !FEATURE_KEYS.includes(k))).toEqual([]);
    expect(feature).not.toHaveProperty('scope');
    expect(feature.privileges).not.toBeNull();
    for (const privilege of [feature.privileges?.all, feature.privileges?.read]) {
      expect(privilege).toBeDefined();
      if (!privilege) continue;
      expect(Object.keys(privilege).filter((k) => !PRIVILEGE_KEYS.includes(k))).toEqual([]);
      expect((privilege.app ?? []).filter((app) => !feature.app.includes(app))).toEqual([]);
      expect((privilege.catalogue ?? []).filter((c) => !(feature.catalogue ?? []).includes(c))).toEqual([]);
      expect(privilege.api).toContain(API_PRIVILEGE);
    }
  });

  it('lets read-only users open saved views but not change them, and write routes need the all privilege', () => {
    const privileges = record.features[0]?.privileges;
    expect(privileges?.all.savedObject.all).toContain(HUNT_EDA_VIEW_TYPE);
    expect(privileges?.read.savedObject.all).not.toContain(HUNT_EDA_VIEW_TYPE);
    expect(privileges?.read.savedObject.read).toContain(HUNT_EDA_VIEW_TYPE);
    const readApi = new Set(privileges?.read.api ?? []);
    const allApi = new Set(privileges?.all.api ?? []);
    const required = (route: RouteRecord) => (route.security?.authz?.requiredPrivileges ?? []).filter((p): p is string => typeof p === 'string');
    for (const route of record.routes) {
      // Every privilege a route requires is granted by some feature privilege, or nobody could call it.
      expect({ route: `${route.method} ${route.path}`, ungranted: required(route).filter((p) => !allApi.has(p)) }).toEqual({ route: `${route.method} ${route.path}`, ungranted: [] });
    }
    const writeRoutes = record.routes.filter((r) => r.method !== 'get' && (r.path.includes('/saved_views') || r.path.includes('/sample_data')));
    expect(writeRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'delete /internal/hunt_eda/saved_views/{id}',
      'post /internal/hunt_eda/sample_data',
      'post /internal/hunt_eda/saved_views',
      'put /internal/hunt_eda/saved_views/{id}',
    ]);
    for (const route of writeRoutes) expect(required(route).every((p) => readApi.has(p))).toBe(false);
    const readRoutes = record.routes.filter((r) => r.method === 'get');
    for (const route of readRoutes) expect(required(route).every((p) => readApi.has(p))).toBe(true);
  });
});
