/** The plugin's id, as Kibana knows it (kibana.json, bundle keys, saved-object and feature names). */
export const PLUGIN_ID = 'huntEda';
export const PLUGIN_NAME = 'Hunt EDA';

/** Prefix of the app's own HTTP routes; each route's full path lives in its contract under common/api/. */
export const INTERNAL_API_BASE = '/internal/hunt_eda';
