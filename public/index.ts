import './configure_zod';
import { HuntEdaPublicPlugin } from './plugin';

/** Kibana's core reads `plugin` from `__kbnBundles__.get('plugin/huntEda/public')` and calls it. */
export function plugin(): HuntEdaPublicPlugin {
  return new HuntEdaPublicPlugin();
}

export type { HuntEdaPublicSetup, HuntEdaPublicStart } from './types';
