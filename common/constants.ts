/** The plugin's id, as Kibana knows it (kibana.json, bundle keys, saved-object and feature names). */
export const PLUGIN_ID = 'huntEda';
export const PLUGIN_NAME = 'Hunt EDA';

/** Prefix of the app's own HTTP routes; each route's full path lives in its contract under common/api/. */
export const INTERNAL_API_BASE = '/internal/hunt_eda';

/**
 * The feature's API privilege: every analysis route requires it (`security.authz.requiredPrivileges`), and
 * the Kibana feature must grant it in its privileges' `api` lists.
 */
export const API_PRIVILEGE = 'huntEda';
