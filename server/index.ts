import type { PluginInitializerContext } from '@kbn/core/server';
import { HuntEdaServerPlugin } from './plugin';

/** Kibana loads `server/index.js` (CommonJS) and calls `plugin(initializerContext)`. */
export function plugin(initializerContext: PluginInitializerContext): HuntEdaServerPlugin {
  return new HuntEdaServerPlugin(initializerContext);
}

export type { HuntEdaServerSetup, HuntEdaServerStart } from './types';
