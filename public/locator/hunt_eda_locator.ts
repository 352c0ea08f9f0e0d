import type { LocatorDefinition } from '@kbn/share-plugin/public';
import { PLUGIN_ID } from '../../common/constants';
import type { HuntEdaLocatorParams } from './hunt_eda_url_state';

/** Other apps find it with `share.url.locators.get(HUNT_EDA_LOCATOR_ID)`. */
export const HUNT_EDA_LOCATOR_ID = 'HUNT_EDA_APP_LOCATOR';

/**
 * Params → `/app/huntEda/?…`: the app reads the same search string on mount. The encoder (zod, ipaddr.js)
 * loads on the first call, so the plugin's entry bundle, loaded on every Kibana page, stays small.
 */
export const huntEdaLocatorDefinition: LocatorDefinition<HuntEdaLocatorParams> = {
  id: HUNT_EDA_LOCATOR_ID,
  getLocation: async (params) => {
    const { encodeHuntEdaUrlState } = await import('./hunt_eda_url_state');
    return { app: PLUGIN_ID, path: `/${encodeHuntEdaUrlState(params)}`, state: {} };
  },
};
