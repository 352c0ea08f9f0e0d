/*
 * Plain-Node probe (no TypeScript, no Jest module system): loads an installed plugin's server/index.js the
 * way Kibana does, runs plugin(initializerContext).setup(core) then start/stop with a minimal core that
 * records what the plugin registers, and prints the record as JSON on stdout.
 * Usage: node run_server_setup.js <plugins/huntEda>
 */
'use strict';
const path = require('node:path');

async function main() {
  const pluginDir = process.argv[2];
  const record = { routers: 0, routes: [], savedObjectTypes: [], uiSettings: [], logs: [], validatorResults: [], features: [], schemaChecks: [] };
  const logger = {
    get: () => logger,
    isLevelEnabled: () => true,
  };
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
    logger[level] = (message) => record.logs.push({ level, message: String(message) });
  }
  const initializerContext = {
    opaqueId: Symbol('huntEda'),
    env: { mode: { name: 'production', dev: false, prod: true }, packageInfo: { version: process.argv[3] || '0.0.0', branch: 'main', buildNum: 1, buildSha: 'x', dist: true }, instanceUuid: 'test' },
    logger: { get: () => logger },
    config: { get: () => ({}), create: () => { throw new Error('config.create is not emulated'); } },
  };
  const validationFactory = {
    ok: (value) => ({ value }),
    badRequest: (error, p) => ({ error: Object.assign(new Error(String(error instanceof Error ? error.message : error)), { path: p || [] }) }),
  };
  const describeValidate = (validate) => {
    if (validate === false) return { kind: 'false' };
    const v = typeof validate === 'function' ? validate() : validate;
    const parts = {};
    for (const key of ['params', 'query', 'body']) {
      if (v[key] === undefined) continue;
      parts[key] = typeof v[key];
      if (typeof v[key] === 'function') {
        // A validator must answer bad input with badRequest, never throw (Kibana would return a 500).
        let outcome;
        try {
          const result = v[key]('not an object', validationFactory);
          outcome = result && result.error ? 'error' : result && 'value' in result ? 'value' : 'invalid-return';
        } catch (error) {
          outcome = `threw: ${error && error.message}`;
        }
        record.validatorResults.push({ key, outcome });
      }
    }
    return { kind: typeof validate === 'function' ? 'lazy' : 'object', parts };
  };
  const router = { routerPath: '' };
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    router[method] = (config, handler) => {
      record.routes.push({ method, path: config.path, validate: describeValidate(config.validate), security: config.security, options: config.options, handlerType: typeof handler });
    };
  }
  const core = {
    http: { createRouter: () => { record.routers += 1; return router; }, basePath: { get: () => '', serverBasePath: '' } },
    savedObjects: {
      registerType: (type) => {
        record.savedObjectTypes.push({ ...type, modelVersions: type.modelVersions ? Object.keys(type.modelVersions) : undefined, hasSwitchToModelVersionAt: 'switchToModelVersionAt' in type, hasLegacySchemas: 'schemas' in type, hasMigrations: 'migrations' in type });
        // Run each model version's schemas on a view built by the plugin's own shipped common code.
        const common = path.join(pluginDir, 'common', 'saved_views', 'hunt_eda_view.js');
        if (type.name !== 'hunt-eda-view') return;
        const { toHuntEdaViewSavedObject } = require(common);
        const { attributes } = toHuntEdaViewSavedObject({ title: 'v', data_view_id: 'dv', analysis: 'http', field_mapping_preset: 'ecs', query: { query: 'a:1', language: 'kuery' }, filters: [], options: { threshold: 3 } });
        const indexView = toHuntEdaViewSavedObject({ title: 'v', index: 'logs-*', analysis: 'http', field_mapping_preset: 'ecs', query: { query: '', language: 'kuery' }, filters: [], options: {} }).attributes;
        for (const [version, model] of Object.entries(type.modelVersions || {})) {
          for (const [name, schema] of Object.entries((model && model.schemas) || {})) {
            const attempt = (label, value) => {
              try {
                record.schemaChecks.push({ version, name, label, outcome: 'ok', value: schema.validate(value) });
              } catch (error) {
                record.schemaChecks.push({ version, name, label, outcome: 'rejected', message: error.message });
              }
            };
            attempt('built by toHuntEdaViewSavedObject', attributes);
            attempt('over an index pattern, built by toHuntEdaViewSavedObject', indexView);
            attempt('without title', { ...attributes, title: undefined });
            attempt('with an attribute from a newer version', { ...attributes, addedLater: true });
          }
        }
      },
    },
    uiSettings: {
      register: (settings) => {
        for (const [key, params] of Object.entries(settings)) {
          const hasSchema = Boolean(params.schema && typeof params.schema.validate === 'function');
          const outcome = (value) => {
            try {
              params.schema.validate(value);
              return 'ok';
            } catch (error) {
              return `rejected: ${error.message}`;
            }
          };
          // Kibana validates each default at start; a junk value shows the schema is not a pass-through.
          record.uiSettings.push({ key, hasSchema, type: params.type, defaultValue: params.value, defaultOutcome: hasSchema ? outcome(params.value) : 'no schema', junkOutcome: hasSchema ? outcome(Array.isArray(params.value) ? ['not-a-network'] : 'junk') : 'no schema' });
        }
      },
    },
    getStartServices: () => new Promise(() => {}),
  };

  const mod = require(path.join(pluginDir, 'server'));
  record.exports = Object.keys(mod).sort();
  if (typeof mod.plugin !== 'function') throw new Error('server/index.js does not export a plugin function');
  const instance = await mod.plugin(initializerContext);
  record.lifecycle = ['setup', 'start', 'stop'].filter((name) => typeof instance[name] === 'function');
  const plugins = { features: { registerKibanaFeature: (feature) => record.features.push(JSON.parse(JSON.stringify(feature))) } };
  record.setupResult = typeof (await instance.setup(core, plugins));
  record.startResult = typeof (await instance.start({ elasticsearch: {}, savedObjects: {}, uiSettings: {} }, {}));
  if (typeof instance.stop === 'function') await instance.stop();
  process.stdout.write(JSON.stringify(record));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
