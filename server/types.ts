import type { FeaturesPluginSetup } from './features/hunt_eda_feature';

/** Hunt EDA exposes nothing to other plugins; these name the contracts Kibana's lifecycle expects. */
export type HuntEdaServerSetup = Record<string, never>;
export type HuntEdaServerStart = Record<string, never>;
/** kibana.json `optionalPlugins`: `features` (absent when the features plugin is disabled). */
export interface HuntEdaServerSetupDeps {
  features?: FeaturesPluginSetup;
}
export type HuntEdaServerStartDeps = Record<string, never>;
