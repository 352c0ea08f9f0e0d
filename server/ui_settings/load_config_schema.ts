import type { schema as ConfigSchema } from '@kbn/config-schema';

export type ConfigSchemaBuilder = typeof ConfigSchema;

/**
 * Kibana's own `@kbn/config-schema`, required lazily. It is not on npm: inside Kibana the require resolves
 * from `plugins/huntEda/server` up to `<kibana>/node_modules/@kbn/config-schema` (the build keeps it
 * external, scripts/build/check_server_requires.ts). Lazy so that code sharing these modules outside
 * Kibana (the standalone server, unit tests) never needs it; the conformance test puts a minimal stand-in
 * on the same resolution path. Throws naming the package when Kibana does not provide it.
 */
export function loadConfigSchema(): ConfigSchemaBuilder {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at runtime from Kibana's node_modules, never bundled
    return (require('@kbn/config-schema') as { schema: ConfigSchemaBuilder }).schema;
  } catch (error) {
    throw new Error(`huntEda: @kbn/config-schema could not be loaded from Kibana (${error instanceof Error ? error.message : String(error)})`);
  }
}
