/** Hunt EDA exposes nothing to other plugins; these name the contracts Kibana's lifecycle expects. */
export type HuntEdaServerSetup = Record<string, never>;
export type HuntEdaServerStart = Record<string, never>;
/** No Kibana plugin dependencies (kibana.json `requiredPlugins` is empty). */
export type HuntEdaServerSetupDeps = Record<string, never>;
export type HuntEdaServerStartDeps = Record<string, never>;
