import type { LocatorDefinition } from '@kbn/share-plugin/public';
import { PLUGIN_ID } from '../../common/constants';
import { encodeHuntEdaUrlState, type HuntEdaLocatorParams } from './hunt_eda_url_state';

/** Other apps find it with `share.url.locators.get(HUNT_EDA_LOCATOR_ID)`. */
export const HUNT_EDA_LOCATOR_ID = 'HUNT_EDA_APP_LOCATOR';

/** Params → `/app/huntEda/?…`: the app reads the same search string on mount. */
export const huntEdaLocatorDefinition: LocatorDefinition<HuntEdaLocatorParams> = {
  id: HUNT_EDA_LOCATOR_ID,
  getLocation: async (params) => ({ app: PLUGIN_ID, path: `/${encodeHuntEdaUrlState(params)}`, state: {} }),
};
