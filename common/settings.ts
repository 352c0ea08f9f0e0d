/** Advanced-settings keys (server registers them, the browser reads them through core.uiSettings). */
export const HOME_NETWORKS_SETTING = 'huntEda:homeNetworks';
export const THRESHOLD_SETTING = 'huntEda:defaultThreshold';
